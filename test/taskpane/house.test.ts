/**
 * The task pane's layout rules, checked on the sources: no import cycle among its modules,
 * and Office.js (the `Office` and `Word` globals) called from src/word only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const SRC = join(__dirname, "..", "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Relative imports (static, re-exports and `import()`), resolved to files. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from\s+|import\(\s*(?:\/\*[^*]*\*\/\s*)?)"(\.[^"]+)"/g)].map((match) => match[1]);
  return specs.flatMap((spec) => {
    const base = resolve(dirname(file), spec);
    const found = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find((path) => existsSync(path));
    return found ? [found] : [];
  });
}

/** Every cycle a depth-first walk of the import graph meets. */
function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === "open") found.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => files.includes(target))]));
  return cyclesIn(graph).map((cycle) => cycle.map((path) => relative(SRC, path)));
}

/** Code without its comments and strings, where a global call would be. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
}

describe("the task pane's house", () => {
  it("has no import cycle", () => {
    const files = sources(join(SRC, "taskpane"));
    expect(files.length).toBeGreaterThan(10);
    expect(cycles(files)).toEqual([]);
  });

  it("would see a cycle: the shell and a panel importing each other", () => {
    const graph = new Map([
      ["App.tsx", ["CheckPanel.tsx", "types.ts"]],
      ["CheckPanel.tsx", ["App.tsx"]],
      ["types.ts", []],
    ]);
    expect(cyclesIn(graph)).toEqual([["App.tsx", "CheckPanel.tsx", "App.tsx"]]);
    // And it reads the real imports: the shell imports its panels' loader, which imports each
    // panel with `import()`.
    expect(importsOf(join(SRC, "taskpane", "App.tsx"))).toContain(join(SRC, "taskpane", "panels.tsx"));
    expect(importsOf(join(SRC, "taskpane", "panels.tsx"))).toContain(join(SRC, "taskpane", "components", "check", "CheckPanel.tsx"));
  });

  it("calls Office.js only from src/word", () => {
    const outside = sources(SRC)
      .filter((file) => !relative(SRC, file).startsWith("word/"))
      .filter((file) => /\b(?:Office|Word)\.[A-Za-z]/.test(code(readFileSync(file, "utf8"))))
      .map((file) => relative(SRC, file));
    expect(outside).toEqual([]);
  });
});
