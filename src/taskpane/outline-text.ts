/** The outline as indented text: one heading a line, two spaces deeper per level. */
import type { OutlineNode } from "../engine/types";

const INDENT = "  ";
/** Numbering the outline uses: I, II…; 1, 1.2…; a, b, đ… */
const NUMBERED_LINE = /^((?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ]))[.)]\s+(.+)$/u;

export function outlineToText(outline: readonly OutlineNode[]): string {
  const lines: string[] = [];
  const visit = (nodes: readonly OutlineNode[], depth: number): void => {
    for (const node of nodes) {
      const number = node.number.trim();
      const separator = /^[a-zđ]$/u.test(number) ? ")" : ".";
      const title = node.title.replace(/\s+/g, " ").trim();
      lines.push(INDENT.repeat(depth) + (number === "" ? title : `${number}${separator} ${title}`));
      visit(node.children, depth + 1);
    }
  };
  visit(outline, 0);
  return lines.join("\n");
}

/** Reads indented lines back into a tree; a line indented deeper than its parent plus one level counts as one level deeper. */
export function textToOutline(text: string): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: { indent: number; node: OutlineNode }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === "") continue;
    const expanded = raw.replace(/\t/g, INDENT);
    const indent = expanded.length - expanded.trimStart().length;
    const line = expanded.trim();
    const numbered = NUMBERED_LINE.exec(line);
    const node: OutlineNode = numbered
      ? { number: numbered[1], title: numbered[2].trim(), children: [] }
      : { number: "", title: line, children: [] };
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.node.children.push(node);
    else roots.push(node);
    stack.push({ indent, node });
  }
  return roots;
}

export function countOutline(outline: readonly OutlineNode[]): number {
  return outline.reduce((sum, node) => sum + 1 + countOutline(node.children), 0);
}
