/**
 * Which Word API members the given source files touch, with the requirement set each one
 * needs, read from @types/office-js's `[Api set: WordApi 1.x]` notes. The adapter is written
 * against structural types (src/word/types.ts); each `XLike` interface stands for `Word.X`, so
 * a member used through `RangeLike` counts as the same member of `Word.Range`.
 */
import * as ts from "typescript";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const TYPES_FILE = join(ROOT, "src", "word", "types.ts");

/** Structural types that stand for something other than a Word class. */
const NOT_WORD: Readonly<Record<string, string>> = {
  SettingsLike: "Office.Settings (Common API)",
  SearchOptionsLike: "an options object",
  CustomXmlPartsLike: "Office.CustomXmlParts (Common API, requirement set CustomXmlParts 1.1, checked by canKeepWaivers)",
  CustomXmlPartLike: "Office.CustomXmlPart (Common API, requirement set CustomXmlParts 1.1)",
  AsyncResultLike: "Office.AsyncResult (Common API)",
  ClientResultLike: "OfficeExtension.ClientResult",
};

export interface MemberUse {
  /** "Word.Range.insertComment". */
  member: string;
  /** "1.4"; null when the typings name no WordApi set (e.g. `Word.run`, `load`). */
  apiSet: string | null;
  file: string;
  /** The node where it is used, for finding what guards it. */
  node: ts.Node;
}

export interface Inventory {
  uses: MemberUse[];
  /** Structural members with no member of that name in the Word class they stand for. */
  unknown: string[];
  program: ts.Program;
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT).options;
}

/** The `[Api set: WordApi 1.x]` note in a declaration's JSDoc, if any. */
function apiSetOf(declaration: ts.Declaration): string | null {
  const source = declaration.getSourceFile().text;
  const comments = ts.getLeadingCommentRanges(source, declaration.getFullStart()) ?? [];
  for (const range of comments) {
    const match = /\[Api set: WordApi (\d+\.\d+)\]/.exec(source.slice(range.pos, range.end));
    if (match) return match[1];
  }
  return null;
}

/** The qualified name of the Word class or namespace that declares `declaration`, or null. */
function wordOwner(declaration: ts.Declaration): string | null {
  const names: string[] = [];
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isModuleDeclaration(node)) && node.name) {
      names.unshift(node.name.text);
    }
  }
  return names[0] === "Word" ? names.join(".") : null;
}

function lowestSet(declarations: readonly ts.Declaration[]): string | null {
  const sets = declarations.map(apiSetOf).filter((set): set is string => set !== null);
  sets.sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]));
  return sets[0] ?? null;
}

export function wordApiInventory(files: readonly string[]): Inventory {
  const program = ts.createProgram({ rootNames: [...files], options: compilerOptions() });
  const checker = program.getTypeChecker();
  const uses: MemberUse[] = [];
  const unknown: string[] = [];

  const wordSymbol = checker
    .getSymbolsInScope(program.getSourceFile(files[0])!, ts.SymbolFlags.Namespace)
    .find((symbol) => symbol.name === "Word");
  if (!wordSymbol) throw new Error("The Word namespace of @types/office-js is not in scope.");
  const wordExports = checker.getExportsOfModule(wordSymbol);

  /** The declarations of `Word.<className>.<member>` (the class's own and inherited members). */
  const wordMember = (className: string, member: string): ts.Declaration[] => {
    if (className === "Word") return wordExports.find((symbol) => symbol.name === member)?.declarations ?? [];
    const classSymbol = wordExports.find((symbol) => symbol.name === className && symbol.flags & ts.SymbolFlags.Class);
    if (!classSymbol) return [];
    const property = checker.getDeclaredTypeOfSymbol(classSymbol).getProperty(member);
    return property?.declarations ?? [];
  };

  const record = (node: ts.PropertyAccessExpression, file: string): void => {
    const symbol = checker.getSymbolAtLocation(node.name);
    const declaration = symbol?.declarations?.[0];
    if (!symbol || !declaration) return;
    const member = node.name.text;
    if (declaration.getSourceFile().fileName === TYPES_FILE) {
      const owner = declaration.parent;
      if (!ts.isInterfaceDeclaration(owner)) return;
      const structural = owner.name.text;
      if (structural in NOT_WORD || !structural.endsWith("Like")) return;
      const className = structural === "WordLike" ? "Word" : structural.slice(0, -"Like".length);
      const declarations = wordMember(className, member);
      if (declarations.length === 0) {
        unknown.push(`${structural}.${member}`);
        return;
      }
      const name = className === "Word" ? `Word.${member}` : `Word.${className}.${member}`;
      uses.push({ member: name, apiSet: lowestSet(declarations), file, node });
      return;
    }
    const owner = wordOwner(declaration);
    if (owner) uses.push({ member: `${owner}.${member}`, apiSet: lowestSet(symbol.declarations ?? []), file, node });
  };

  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not part of the program.`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) record(node, file);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uses, unknown, program };
}

/** WordApi 1.x as a number to compare: "1.10" is above "1.9". */
export function setMinor(apiSet: string): number {
  return Number(apiSet.split(".")[1]);
}
