/**
 * The requirement-set gate. The manifest asks for WordApi 1.3, so every Word API member the
 * add-in's Word code touches must be in WordApi 1.3 or below, or be used only after a named
 * capability check that asks `isSetSupported` for the set it needs.
 * Requirement sets: https://learn.microsoft.com/javascript/api/requirement-sets/word/word-api-requirement-sets
 */
import * as ts from "typescript";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { setMinor, wordApiInventory, type MemberUse } from "./api-inventory";

const WORD_DIR = join(__dirname, "..", "..", "src", "word");
/** What the manifest requires: anything above needs a guard. */
const BASELINE_MINOR = 3;

/** Each member above the baseline, with the capability check that must run before it. */
const GUARDS: Readonly<Record<string, string>> = {
  "Word.Range.insertComment": "canAddComments",
  "Word.Body.getTrackedChanges": "canReadTrackedChanges",
  "Word.Paragraph.getReviewedText": "canReadTrackedChanges",
  "Word.TrackedChange.type": "canReadTrackedChanges",
  "Word.Range.highlight": "canHighlightTemporarily",
  "Word.Range.removeHighlight": "canHighlightTemporarily",
};

/** The add-in's own Word code: src/word without the simulator (which only stands in for Word). */
const sourceFiles = readdirSync(WORD_DIR)
  .filter((name) => name.endsWith(".ts"))
  .map((name) => join(WORD_DIR, name));

/** The function or method a use sits in, by name: the unit a guard must protect. */
function enclosingUnit(node: ts.Node): { name: string; node: ts.Node } | null {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if ((ts.isPropertyAssignment(at) || ts.isVariableDeclaration(at) || ts.isFunctionDeclaration(at)) && at.name) {
      if (ts.isIdentifier(at.name)) return { name: at.name.text, node: at };
    }
  }
  return null;
}

/** Calls of `name()` in `unit` that come before `position`. */
function callsBefore(unit: ts.Node, name: string, position: number): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === name &&
      node.getStart() < position
    ) {
      found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(unit);
  return found;
}

/** The WordApi version the named guard asks `isSetSupported` for, or null when it asks none. */
function guardAsks(source: ts.SourceFile, guard: string): string | null {
  let asked: string | null = null;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === guard && node.initializer) {
      const inner = (call: ts.Node): void => {
        if (ts.isCallExpression(call)) {
          const callee = call.expression;
          const calleeName = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
          const [set, version] = call.arguments;
          if (
            calleeName === "isSetSupported" &&
            set && ts.isStringLiteral(set) && set.text === "WordApi" &&
            version && ts.isStringLiteral(version)
          ) {
            asked = version.text;
          }
        }
        ts.forEachChild(call, inner);
      };
      inner(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return asked;
}

/** What is wrong with each use above the baseline; empty when every one is guarded. */
function violations(uses: readonly MemberUse[]): string[] {
  const problems: string[] = [];
  for (const use of uses) {
    if (use.apiSet === null || setMinor(use.apiSet) <= BASELINE_MINOR) continue;
    const where = `${use.member} (WordApi ${use.apiSet}) in ${use.file}`;
    const guard = GUARDS[use.member];
    if (!guard) {
      problems.push(`${where}: no capability check is named for it`);
      continue;
    }
    const asked = guardAsks(use.node.getSourceFile(), guard);
    if (asked === null || setMinor(asked) < setMinor(use.apiSet)) {
      problems.push(`${where}: ${guard} does not ask isSetSupported("WordApi", "${use.apiSet}")`);
      continue;
    }
    const unit = enclosingUnit(use.node);
    if (!unit || !callsBefore(unit.node, guard, use.node.getStart())) {
      problems.push(`${where}: ${unit?.name ?? "its code"} does not call ${guard}() first`);
    }
  }
  return problems;
}

describe("Word API requirement sets", () => {
  const inventory = wordApiInventory(sourceFiles);

  test("the walk sees the members the adapter is known to use, with their sets from the typings", () => {
    const sets = new Map(inventory.uses.map((use) => [use.member, use.apiSet]));
    expect(sets.get("Word.Paragraph.text")).toBe("1.1");
    expect(sets.get("Word.Paragraph.styleBuiltIn")).toBe("1.3");
    expect(sets.get("Word.Range.expandTo")).toBe("1.3");
    expect(sets.get("Word.Range.insertComment")).toBe("1.4");
    expect(sets.has("Word.run")).toBe(true);
    // Every structural member stands for a real member of the Word class it is named after.
    expect(inventory.unknown).toEqual([]);
  });

  test("nothing above WordApi 1.3 is used without its isSetSupported check", () => {
    expect(violations(inventory.uses)).toEqual([]);
  });

  test("src/word/README.md lists exactly the members used, with their sets", () => {
    const used = [...new Set(inventory.uses.map((use) => `${use.member} ${use.apiSet ?? "—"}`))].sort();
    const readme = readFileSync(join(WORD_DIR, "README.md"), "utf8");
    const listed = [...readme.matchAll(/^\| `(Word\.[A-Za-z.]+)` \| (1\.\d+|—)/gm)].map((row) => `${row[1]} ${row[2]}`).sort();
    expect(listed).toEqual(used);
  });

  describe("the gate catches", () => {
    const typesImport = JSON.stringify(join(WORD_DIR, "types").replace(/\\/g, "/"));
    const header = `import type { RangeLike, IsSetSupported } from ${typesImport};\n`;
    const cases: Record<string, string> = {
      unchecked: `export const x = (range: RangeLike) => range.insertComment("a");`,
      realType: `export const x = (range: Word.Range) => range.getReviewedText("Current");`,
      notCalled: `
        export function make(isSetSupported: IsSetSupported) {
          const canAddComments = () => isSetSupported("WordApi", "1.4");
          const comment = (range: RangeLike) => range.insertComment("a");
          return { canAddComments, comment };
        }`,
      lowSet: `
        export function make(isSetSupported: IsSetSupported) {
          const canAddComments = () => isSetSupported("WordApi", "1.3");
          return (range: RangeLike) => { if (canAddComments()) range.insertComment("a"); };
        }`,
      guarded: `
        export function make(isSetSupported: IsSetSupported) {
          const canAddComments = () => isSetSupported("WordApi", "1.4");
          const comment = (range: RangeLike) => { if (!canAddComments()) return; range.insertComment("a"); };
          return comment;
        }`,
    };
    const dir = mkdtempSync(join(tmpdir(), "vanban-api-sets-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const files = Object.fromEntries(Object.keys(cases).map((name) => [name, join(dir, `${name}.ts`)]));
    for (const [name, code] of Object.entries(cases)) writeFileSync(files[name], header + code);
    // One program for every case: building it is the slow part.
    const uses = wordApiInventory(Object.values(files)).uses;
    const check = (name: string): string[] => violations(uses.filter((use) => use.file === files[name]));

    test("a WordApi 1.4 member used through the adapter's types with no check at all", () => {
      expect(check("unchecked")).toEqual([expect.stringContaining("canAddComments does not ask isSetSupported")]);
    });

    test("a member above 1.3 of the real Word types that no check is named for", () => {
      expect(check("realType")).toEqual([expect.stringContaining("Word.Range.getReviewedText (WordApi 1.4)")]);
    });

    test("a guarded member whose function does not call the check", () => {
      expect(check("notCalled")).toEqual([expect.stringContaining("comment does not call canAddComments() first")]);
    });

    test("a check that asks for a lower set than the member needs", () => {
      expect(check("lowSet")).toEqual([expect.stringContaining("does not ask isSetSupported")]);
    });

    test("and accepts the member once the named check runs first", () => {
      expect(check("guarded")).toEqual([]);
    });
  });
});
