/**
 * The simulated Word document, drawn like a page: one element per paragraph, the selection
 * shown as Word shows it. Clicking or selecting text moves the simulated selection, so
 * "insert at the cursor" works as in Word.
 */
import * as React from "react";
import type { SimParagraph, SimRun, SimSelection, SimulatedWord } from "../word/simulator";

interface Piece {
  text: string;
  run: SimRun;
  selected: boolean;
}

/** Selected [start, end) within paragraph `index`, or null. */
export function selectedRange(selection: SimSelection | null, index: number, length: number): [number, number] | null {
  if (!selection) return null;
  const last = selection.endParagraph ?? selection.paragraph;
  if (index < selection.paragraph || index > last) return null;
  const start = index === selection.paragraph ? selection.start : 0;
  const end = index === last ? selection.end : length;
  return [Math.max(0, start), Math.min(length, end)];
}

/** The paragraph's runs cut at the selection's edges. */
export function piecesOf(paragraph: SimParagraph, range: [number, number] | null): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const run of paragraph.runs) {
    const runStart = offset;
    const runEnd = offset + run.text.length;
    offset = runEnd;
    if (!range || range[0] >= range[1] || range[1] <= runStart || range[0] >= runEnd) {
      pieces.push({ text: run.text, run, selected: false });
      continue;
    }
    const from = Math.max(range[0], runStart) - runStart;
    const to = Math.min(range[1], runEnd) - runStart;
    if (from > 0) pieces.push({ text: run.text.slice(0, from), run, selected: false });
    pieces.push({ text: run.text.slice(from, to), run, selected: true });
    if (to < run.text.length) pieces.push({ text: run.text.slice(to), run, selected: false });
  }
  return pieces.filter((piece) => piece.text !== "");
}

const ALIGN: Record<string, React.CSSProperties["textAlign"]> = {
  Left: "left",
  Centered: "center",
  Right: "right",
  Justified: "justify",
};

/** Highlight colour names Word uses, as CSS. */
/**
 * What Word draws of a piece of its paragraph text: a field's result, not its code (between
 * the characters 19 and 20), and no marker characters. `fields` carries the open fields (true
 * while in the code) from one piece to the next.
 */
function shownText(text: string, fields: boolean[]): string {
  let shown = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code === 0x13) fields.push(true);
    else if (code === 0x14) {
      if (fields.length > 0) fields[fields.length - 1] = false;
    } else if (code === 0x15) fields.pop();
    else if ((code >= 1 && code <= 8) || fields.includes(true)) continue;
    else shown += char;
  }
  return shown;
}

function highlightCss(color: string | null): string | undefined {
  if (!color) return undefined;
  const names: Record<string, string> = { yellow: "#ffff00", green: "#00ff00", turquoise: "#00ffff", pink: "#ff00ff" };
  return names[color.toLowerCase()] ?? color;
}

export interface PagePlacement {
  /** Grid columns of the page: 1 without tables, else the most cells in a table row. */
  columns: number;
  /** Per paragraph: its grid row and column (1-based); `span` for paragraphs outside tables. */
  places: { row: number; column: number; span: boolean }[];
}

/**
 * Lays out the page on a grid so that a table's cells stand side by side (the header: agency
 * left, Quốc hiệu right) while each paragraph stays one element, in document order. The
 * paragraphs of one table row share the row's grid rows; each cell's paragraphs go down its
 * own column.
 */
export function placeOnPage(paragraphs: readonly SimParagraph[]): PagePlacement {
  const columns = Math.min(4, Math.max(1, ...paragraphs.map((p) => (p.cell ? p.cell.cell + 1 : 1))));
  const places: PagePlacement["places"] = [];
  let nextRow = 1;
  let index = 0;
  while (index < paragraphs.length) {
    const cell = paragraphs[index].cell;
    if (!cell) {
      places.push({ row: nextRow++, column: 1, span: true });
      index++;
      continue;
    }
    // One table row: consecutive paragraphs of the same table and row.
    const linesInCell = new Map<number, number>();
    let tallest = 0;
    while (index < paragraphs.length) {
      const here = paragraphs[index].cell;
      if (!here || here.table !== cell.table || here.row !== cell.row) break;
      const column = Math.min(here.cell, columns - 1);
      const line = linesInCell.get(column) ?? 0;
      linesInCell.set(column, line + 1);
      tallest = Math.max(tallest, line + 1);
      places.push({ row: nextRow + line, column: column + 1, span: false });
      index++;
    }
    nextRow += tallest;
  }
  return { columns, places };
}

function headingLevel(paragraph: SimParagraph): number {
  const match = /^Heading([1-9])$/.exec(paragraph.styleBuiltIn);
  return match ? Number(match[1]) : 0;
}

/**
 * Text offset of a DOM position inside a paragraph element. A list number drawn before the
 * text is not part of it (Word keeps it out too), so it counts for nothing.
 */
function offsetIn(element: HTMLElement, node: Node, offset: number): number {
  const label = element.querySelector(".sim-list-label");
  if (label && (label === node || label.contains(node))) return 0;
  const range = document.createRange();
  range.selectNodeContents(element);
  range.setEnd(node, offset);
  const length = range.toString().length;
  return label ? Math.max(0, length - (label.textContent ?? "").length) : length;
}

function paragraphElementOf(node: Node | null, root: HTMLElement): HTMLElement | null {
  let current: Node | null = node;
  while (current && current !== root) {
    if (current instanceof HTMLElement && current.dataset.paragraph !== undefined) return current;
    current = current.parentNode;
  }
  return null;
}

export function DocumentView({
  simulator,
  label,
  emptyHint,
  notice,
  loading = false,
}: {
  simulator: SimulatedWord;
  label: string;
  emptyHint: string;
  notice?: string | null;
  /** The file is still being opened: the page says so to assistive technology (aria-busy). */
  loading?: boolean;
}): React.ReactElement {
  const [state, setState] = React.useState(() => ({
    paragraphs: simulator.document.paragraphs(),
    selection: simulator.document.selection(),
  }));
  const root = React.useRef<HTMLDivElement>(null);

  React.useEffect(
    () =>
      simulator.onChange(() =>
        setState({ paragraphs: simulator.document.paragraphs(), selection: simulator.document.selection() }),
      ),
    [simulator],
  );

  // Keep the selection in view, as Word scrolls to what it selects.
  React.useEffect(() => {
    const selected = root.current?.querySelector(".sim-selected, .sim-caret");
    if (selected && "scrollIntoView" in selected) selected.scrollIntoView({ block: "nearest" });
  }, [state.selection]);

  /** The user's click or drag becomes the simulated selection. */
  const onMouseUp = (): void => {
    const container = root.current;
    const selection = window.getSelection();
    if (!container || !selection || !selection.anchorNode || !selection.focusNode) return;
    const anchor = paragraphElementOf(selection.anchorNode, container);
    const focus = paragraphElementOf(selection.focusNode, container);
    if (!anchor || !focus) return;
    let a = { paragraph: Number(anchor.dataset.paragraph), offset: offsetIn(anchor, selection.anchorNode, selection.anchorOffset) };
    let b = { paragraph: Number(focus.dataset.paragraph), offset: offsetIn(focus, selection.focusNode, selection.focusOffset) };
    if (b.paragraph < a.paragraph || (b.paragraph === a.paragraph && b.offset < a.offset)) [a, b] = [b, a];
    const next: SimSelection = { paragraph: a.paragraph, start: a.offset, end: b.offset };
    if (b.paragraph !== a.paragraph) next.endParagraph = b.paragraph;
    simulator.document.setSelection(next);
  };

  const empty = state.paragraphs.every((paragraph) => paragraph.text.trim() === "");
  const page = placeOnPage(state.paragraphs);
  const tabled = page.columns > 1;

  return (
    <div className="sim-paper">
      {notice && (
        <p className="sim-notice" role="alert">
          {notice}
        </p>
      )}
      {empty && emptyHint !== "" && <p className="sim-hint">{emptyHint}</p>}
      <div
        ref={root}
        className="sim-document"
        data-testid="document"
        role="document"
        aria-label={label}
        aria-busy={loading || undefined}
        onMouseUp={onMouseUp}
        style={tabled ? { display: "grid", gridTemplateColumns: `repeat(${page.columns}, minmax(0, 1fr))`, columnGap: "16px" } : undefined}
      >
        {state.paragraphs.map((paragraph, index) => {
          const range = selectedRange(state.selection, index, paragraph.text.length);
          const level = headingLevel(paragraph);
          const caret = range !== null && range[0] === range[1];
          const pieces = piecesOf(paragraph, range);
          const className = [
            "sim-paragraph",
            level ? `sim-heading sim-heading-${Math.min(level, 3)}` : "",
            paragraph.tableNestingLevel > 0 ? "sim-cell" : "",
          ]
            .filter(Boolean)
            .join(" ");
          return (
            <p
              key={index}
              className={className}
              data-paragraph={index}
              data-style={paragraph.style}
              style={{
                textAlign: ALIGN[paragraph.alignment] ?? "left",
                fontFamily: `"${paragraph.markFont.name}", "Times New Roman", "Liberation Serif", serif`,
                fontSize: `${paragraph.markFont.size * 1.2}px`,
                ...(tabled
                  ? {
                      gridRow: page.places[index].row,
                      gridColumn: page.places[index].span ? "1 / -1" : page.places[index].column,
                    }
                  : {}),
              }}
            >
              {paragraph.listLabel && (
                <span className="sim-list-label" data-list-label="">
                  {paragraph.listLabel}
                </span>
              )}
              {renderPieces(pieces, range, caret)}
            </p>
          );
        })}
      </div>
    </div>
  );
}

function renderPieces(pieces: Piece[], range: [number, number] | null, caret: boolean): React.ReactNode {
  const nodes: React.ReactNode[] = [];
  let offset = 0;
  let caretPlaced = false;
  const fields: boolean[] = [];
  pieces.forEach((piece, index) => {
    if (caret && !caretPlaced && range && range[0] <= offset) {
      nodes.push(<span key={`caret-${index}`} className="sim-caret" aria-hidden="true" />);
      caretPlaced = true;
    }
    const font = piece.run.font;
    nodes.push(
      <span
        key={index}
        className={piece.selected ? "sim-selected" : undefined}
        data-selected={piece.selected ? "true" : undefined}
        style={{
          fontWeight: font.bold ? 700 : undefined,
          fontStyle: font.italic ? "italic" : undefined,
          fontSize: `${font.size * 1.2}px`,
          backgroundColor: piece.selected ? undefined : highlightCss(font.highlightColor),
          // Word shows a tracked deletion struck through and hidden text dotted (when it shows it).
          textDecoration: piece.run.deleted ? "line-through" : piece.run.hidden ? "underline dotted" : undefined,
        }}
      >
        {shownText(piece.text, fields)}
      </span>,
    );
    offset += piece.text.length;
  });
  if (caret && !caretPlaced) nodes.push(<span key="caret-end" className="sim-caret" aria-hidden="true" />);
  if (nodes.length === 0) nodes.push(<br key="empty" />);
  return nodes;
}
