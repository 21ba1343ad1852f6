/**
 * The simulator and the adapter must run in a browser page (the preview uses them). This
 * bundles both for the web with every Node built-in stubbed out — any use of one fails the
 * build — and runs the bundle in a bare JavaScript realm that has no require, process or
 * Buffer, only what a browser also offers.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { builtinModules } from "module";
import { createContext, runInContext } from "vm";
import webpack from "webpack";
import { flatOpc, seedModel, wp } from "./fixtures";

jest.setTimeout(60000);

const root = resolve(__dirname, "..", "..");

function bundle(outputPath: string): Promise<string> {
  const fallback = Object.fromEntries(builtinModules.map((name) => [name, false as const]));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    context: root,
    entry: { word: "./src/word/browser-entry.ts" },
    output: { path: outputPath, filename: "[name].js", library: { name: "VanbanWord", type: "var" } },
    resolve: { extensions: [".ts", ".js"], fallback },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "ESNext", sourceMap: false } },
        },
      ],
    },
  });
  return new Promise((resolvePromise, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString("errors-only") ?? "no stats"));
      const nodeUses = stats.toJson({ modules: true }).modules?.filter((module) =>
        builtinModules.some((name) => module.name === `${name} (ignored)`),
      );
      if (nodeUses && nodeUses.length > 0) return reject(new Error(`Node modules used: ${nodeUses.map((m) => m.name).join(", ")}`));
      resolvePromise(readFileSync(join(outputPath, "word.js"), "utf8"));
    });
  });
}

test("the simulator and the adapter run without any Node API", async () => {
  const out = mkdtempSync(join(tmpdir(), "vanban-word-"));
  try {
    const code = await bundle(out);
    const realm = createContext({ queueMicrotask, console: { log: () => undefined } });
    runInContext("var window = globalThis, self = globalThis;", realm);
    expect(runInContext("typeof require + typeof process + typeof Buffer", realm)).toBe("undefinedundefinedundefined");
    runInContext(code, realm);
    realm.model = seedModel("000");
    realm.ooxml = flatOpc(wp("BÁO CÁO", { style: "Heading1", align: "center" }));
    const result = await runInContext(
      `(async () => {
        const sim = VanbanWord.createSimulatedWord(model);
        const adapter = VanbanWord.createWordAdapter(sim.Word, { settings: sim.settings });
        await adapter.insertOoxml(ooxml, "start");
        const read = await adapter.readDocument();
        await adapter.selectSpan({ paragraph: 3, start: 10, end: 23 }, "Văn bản số 47".slice(0, 13));
        return JSON.stringify({ first: read.paragraphs[0], count: read.paragraphs.length, selection: sim.document.selection(), syncs: sim.syncCount() });
      })()`,
      realm,
    );
    const parsed = JSON.parse(result as string);
    expect(parsed.first).toMatchObject({ text: "BÁO CÁO", format: { headingLevel: 1, alignment: "center" } });
    // The part, then its own empty paragraph; inserting takes two syncs (reading the place, inserting).
    expect(parsed.count).toBe(seedModel("000").paragraphs.length + 2);
    expect(parsed.selection).toEqual({ paragraph: 3, start: 10, end: 23 });
    // insert 2, read 1, select 1 (the excerpt is the body's first match of it, known from the read).
    expect(parsed.syncs).toBe(4);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
