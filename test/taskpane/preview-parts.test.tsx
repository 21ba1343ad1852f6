/** @jest-environment jsdom */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import { modelFromParagraphs } from "../../src/engine/model";
import { EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { validateProfile } from "../../src/parts/profile";
import { DocumentView, piecesOf, selectedRange } from "../../src/preview/DocumentView";
import { fileNameOf, PreviewLoadError, sameOriginUrl } from "../../src/preview/load";
import { createLocalProfileStorage } from "../../src/taskpane/host";
import { createWordAdapter } from "../../src/word/adapter";
import { createSimulatedWord, type SimParagraph } from "../../src/word/simulator";

const font = { name: "Times New Roman", size: 14, bold: false, italic: false, color: "#000000", highlightColor: null };

function paragraph(...texts: string[]): SimParagraph {
  return {
    text: texts.join(""),
    style: "Normal",
    styleBuiltIn: "Normal",
    alignment: "Left",
    tableNestingLevel: 0,
    markFont: font,
    runs: texts.map((text, index) => ({ text, font: { ...font, bold: index % 2 === 1 } })),
    firstLineIndent: 0,
    leftIndent: 0,
    spaceBefore: 0,
    spaceAfter: 0,
    lineSpacing: 12,
  };
}

describe("the simulated document's selection", () => {
  it("cuts runs at the selection's edges", () => {
    const pieces = piecesOf(paragraph("Thực hiện ", "Công văn số 4874", "/BNV-CCVC"), [4, 20]);
    expect(pieces.map((piece) => [piece.text, piece.selected, piece.run.font.bold])).toEqual([
      ["Thực", false, false],
      [" hiện ", true, false],
      ["Công văn s", true, true],
      ["ố 4874", false, true],
      ["/BNV-CCVC", false, false],
    ]);
  });

  it("spans several paragraphs", () => {
    const selection = { paragraph: 1, start: 3, end: 2, endParagraph: 3 };
    expect(selectedRange(selection, 0, 10)).toBeNull();
    expect(selectedRange(selection, 1, 10)).toEqual([3, 10]);
    expect(selectedRange(selection, 2, 10)).toEqual([0, 10]);
    expect(selectedRange(selection, 3, 10)).toEqual([0, 2]);
    expect(selectedRange(selection, 4, 10)).toBeNull();
  });

  it("draws one element per paragraph and follows the simulator's selection", () => {
    const simulator = createSimulatedWord(modelFromParagraphs(["Kính gửi: Sở Nội vụ", "", "1. Tình hình thực trạng"]));
    render(<DocumentView simulator={simulator} label="Văn bản mô phỏng" emptyHint="trống" />);
    const documentPanel = screen.getByTestId("document");
    expect(documentPanel.children).toHaveLength(3);
    expect(documentPanel.children[2].textContent).toBe("1. Tình hình thực trạng");
    expect(screen.queryByText("trống")).toBeNull();
    act(() => simulator.document.setSelection({ paragraph: 0, start: 10, end: 19 }));
    const selected = documentPanel.querySelectorAll('[data-selected="true"]');
    expect([...selected].map((node) => node.textContent).join("")).toBe("Sở Nội vụ");
  });
});

describe("the cursor put where something missing belongs", () => {
  it("is drawn in that paragraph, at its start or at its end", async () => {
    const simulator = createSimulatedWord(modelFromParagraphs(["Kính gửi: Sở Nội vụ", "I. Tình hình", "Nội dung."]));
    const adapter = createWordAdapter(simulator.Word, { settings: simulator.settings, isSetSupported: simulator.isSetSupported });
    render(<DocumentView simulator={simulator} label="Văn bản mô phỏng" emptyHint="trống" />);
    const documentPanel = screen.getByTestId("document");
    const caretIn = (): string[] =>
      [...documentPanel.querySelectorAll(".sim-caret")].map((caret) => caret.closest("[data-paragraph]")?.getAttribute("data-paragraph") ?? "");

    await act(async () => {
      await adapter.placeCursor({ paragraph: 2, placement: "after" });
    });
    expect(caretIn()).toEqual(["2"]);
    // At the end: after the paragraph's text.
    expect(documentPanel.children[2].lastElementChild?.classList.contains("sim-caret")).toBe(true);

    await act(async () => {
      await adapter.placeCursor({ paragraph: 1, placement: "before" });
    });
    expect(caretIn()).toEqual(["1"]);
    expect(documentPanel.children[1].firstElementChild?.classList.contains("sim-caret")).toBe(true);
  });
});

describe("the page while its file opens", () => {
  it("is busy for assistive technology until the file is in, without the empty page's hint", () => {
    const simulator = createSimulatedWord(modelFromParagraphs([""]));
    const { rerender } = render(<DocumentView simulator={simulator} label="Văn bản mô phỏng" emptyHint="" loading />);
    expect(screen.getByTestId("document").getAttribute("aria-busy")).toBe("true");
    act(() => simulator.document.open(modelFromParagraphs(["Kính gửi: Sở Nội vụ", "Nội dung."])));
    rerender(<DocumentView simulator={simulator} label="Văn bản mô phỏng" emptyHint="trống" />);
    expect(screen.getByTestId("document").hasAttribute("aria-busy")).toBe(false);
    expect(screen.getByTestId("document").children).toHaveLength(2);
    expect(screen.queryByText("trống")).toBeNull();
  });
});

describe("the preview's files", () => {
  const page = "http://127.0.0.1:8080/vanban/preview.html?doc=x";

  it("resolves addresses against the page and keeps to its origin", () => {
    expect(sameOriginUrl("fixtures/002.txt", page).href).toBe("http://127.0.0.1:8080/vanban/fixtures/002.txt");
    expect(() => sameOriginUrl("https://example.com/a.txt", page)).toThrow(PreviewLoadError);
    expect(() => sameOriginUrl("//example.com/a.txt", page)).toThrow(/other-origin/);
  });

  it("names files by their last path segment, decoded", () => {
    expect(fileNameOf(new URL("http://h/x/B%C3%A1o%20c%C3%A1o.docx"))).toBe("Báo cáo.docx");
  });
});

describe("profile storage", () => {
  const validate = (value: unknown) => validateProfile(value).profile ?? null;

  it("keeps a profile and reads it back", () => {
    const data = new Map<string, string>();
    const storage = createLocalProfileStorage({ getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }, validate);
    expect(storage.load()).toBeNull();
    storage.save(EXAMPLE_STATE_PROFILE);
    expect(storage.load()).toEqual(EXAMPLE_STATE_PROFILE);
  });

  it("ignores a stored value that is broken or no longer valid", () => {
    const data = new Map<string, string>([["vanban.profile", "{ not json"]]);
    const storage = createLocalProfileStorage({ getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) }, validate);
    expect(storage.load()).toBeNull();
    data.set("vanban.profile", JSON.stringify({ ...EXAMPLE_STATE_PROFILE, agency: "" }));
    expect(storage.load()).toBeNull();
  });

  it("says so when there is no storage", () => {
    const storage = createLocalProfileStorage(null, validate);
    expect(storage.load()).toBeNull();
    expect(() => storage.save(EXAMPLE_STATE_PROFILE)).toThrow();
  });
});
