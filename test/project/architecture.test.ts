/**
 * The layering the README and ARCHITECTURE.md describe, checked on the source: the engine is
 * pure, understanding never reaches into the rules, only src/word calls Office.js, no import
 * cycle, and no source file grows past 500 lines unless it is data.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import * as ts from "typescript";

const root = join(__dirname, "..", "..");
const src = join(root, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const files = sourceFiles(src);
const rel = (path: string) => relative(root, path).split("\\").join("/");

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every import of a file, type-only ones included (they still tie the modules' designs together). */
const imports = new Map<string, { specifier: string; target: string | null }[]>(
  files.map((file) => {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    return [file, info.importedFiles.map(({ fileName }) => ({ specifier: fileName, target: resolveImport(file, fileName) }))];
  }),
);

describe("the source's layering", () => {
  it("keeps the engine free of Office.js, the DOM, React and the file system", () => {
    const forbidden = /^(?:react|react-dom|@fluentui\/.*|office-.*|@microsoft\/.*|fs|path|os|child_process|worker_threads)$/;
    const problems: string[] = [];
    for (const file of files.filter((f) => rel(f).startsWith("src/engine/"))) {
      for (const { specifier, target } of imports.get(file)!) {
        if (forbidden.test(specifier)) problems.push(`${rel(file)} imports ${specifier}`);
        if (target && !rel(target).startsWith("src/engine/")) problems.push(`${rel(file)} imports ${rel(target)}`);
      }
      const text = readFileSync(file, "utf8");
      if (/\b(?:Office|Word)\.(?:context|run|onReady)\b|\bdocument\.(?:body|createElement|getElementById|querySelector)|\bwindow\./.test(text)) problems.push(`${rel(file)} touches Office.js or the DOM`);
    }
    expect(problems).toEqual([]);
  });

  it("lets reading and understanding stand below the rules", () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => /^src\/engine\/(?:read|understand)\//.test(rel(f)))) {
      for (const { target } of imports.get(file)!) {
        if (target && rel(target).startsWith("src/engine/rules/")) problems.push(`${rel(file)} imports ${rel(target)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has no import cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, "visiting");
      stack.push(file);
      for (const { target } of imports.get(file) ?? []) {
        if (!target || !imports.has(target)) continue;
        if (state.get(target) === "visiting") cycles.push([...stack.slice(stack.indexOf(target)), target].map(rel).join(" → "));
        else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(file, "done");
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it("keeps source files under 500 lines, data tables apart", () => {
    // Tables of facts (abbreviations, strings in two languages), not logic.
    const data = new Set(["src/taskpane/i18n.ts"]);
    const long = files
      .filter((file) => !data.has(rel(file)))
      .map((file) => [rel(file), readFileSync(file, "utf8").split("\n").length] as const)
      .filter(([, lines]) => lines > 500);
    expect(long).toEqual([]);
  });
});
