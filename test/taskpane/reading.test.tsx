/** @jest-environment jsdom */
/**
 * What the check shows about the read itself: TCVN3/VNI documents are not checked but
 * explained, the reader's other notices come above the results, and the preview draws Word's
 * list numbers before the text.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder as NodeTextDecoder } from "util";
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { DocumentModel } from "../../src/engine/model";
import { readDocx } from "../../src/engine/read/docx";
import { readText } from "../../src/engine/read/text";
import { DocumentView } from "../../src/preview/DocumentView";
import { withFileNotices } from "../../src/preview/load";
import { createWordAdapter } from "../../src/word/adapter";
import { createSimulatedWord, type SimulatedWord } from "../../src/word/simulator";
import { buildDocx } from "../support/docx-builder";
import { checkButtonReady, renderPane } from "../support/pane";

// jsdom leaves out TextDecoder, which every browser the preview runs in has; the .docx reader needs it.
if (typeof globalThis.TextDecoder === "undefined") {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
}

const seed004 = readFileSync(join(__dirname, "..", "fixtures", "seeds", "004_bddaad2f89ffc7c1.txt"), "utf8");

function setup(model: DocumentModel, options: { language?: "vi" | "en"; file?: DocumentModel } = {}) {
  const simulator: SimulatedWord = createSimulatedWord(model);
  const adapter = createWordAdapter(simulator.Word, { settings: simulator.settings, isSetSupported: simulator.isSetSupported });
  renderPane(simulator, {
    adapter: options.file ? withFileNotices(adapter, options.file) : adapter,
    language: options.language ?? "vi",
  });
  return { simulator };
}

async function runCheck(): Promise<void> {
  fireEvent.click(screen.getByTestId("tab-check"));
  await checkButtonReady();
  await act(async () => {
    fireEvent.click(screen.getByTestId("run-check"));
  });
}

/** Seed 004's paragraphs with their text as an old .VnTime document would hold it. */
function vnTimeModel(): DocumentModel {
  return {
    source: "text",
    paragraphs: [
      { index: 0, text: "Céng hoµ x· héi chñ nghÜa ViÖt Nam", format: { font: ".VnTime", bold: true } },
      { index: 1, text: "§éc lËp - Tù do - H¹nh phóc", format: { font: ".VnTime" } },
      { index: 2, text: "B¸o c¸o t×nh h×nh thùc hiÖn nhiÖm vô n¨m 2023", format: { font: ".VnTime" } },
    ],
    notices: [],
  };
}

describe("legacy fonts in the task pane", () => {
  it("does not run the rules on a .VnTime document and says how to convert it, in one sync", async () => {
    const { simulator } = setup(vnTimeModel());
    // The pane's start looks for a request kept with the document (its custom properties).
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const before = simulator.syncCount();
    await runCheck();
    const notice = await screen.findByTestId("legacy-notice");
    expect(simulator.syncCount()).toBe(before + 1);
    expect(notice.textContent).toMatch(/bảng mã cũ TCVN3/);
    expect(notice.textContent).toMatch(/công cụ chuyển mã của Unikey/);
    expect(notice.textContent).toMatch(/Times New Roman/);
    expect(within(notice).getByRole("status")).toBeTruthy();
    expect(screen.queryByTestId("check-summary")).toBeNull();
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
  });

  it("replaces earlier results when old text typed in a Unicode font turns up", async () => {
    const { simulator } = setup({
      source: "text",
      paragraphs: [
        { index: 0, text: "Kính gửi: Bộ Nội vụ", format: {} },
        { index: 1, text: "", format: {} },
      ],
      notices: [],
    });
    await runCheck();
    await screen.findByTestId("check-summary");
    expect(screen.queryByTestId("legacy-notice")).toBeNull();
    // Pasted from an old document, its TCVN3 bytes now sit in Times New Roman: the text alone tells.
    act(() => simulator.document.typeText(1, 0, "Céng hoµ x· héi chñ nghÜa ViÖt Nam"));
    await checkButtonReady();
    await act(async () => {
      fireEvent.click(screen.getByTestId("run-check"));
    });
    expect((await screen.findByTestId("legacy-notice")).textContent).toMatch(/TCVN3/);
    expect(screen.queryByTestId("check-summary")).toBeNull();
  });

  it("explains a VNI-Times document in English with Unikey's VNI option", async () => {
    setup(
      {
        source: "text",
        paragraphs: [{ index: 0, text: "Baùo caùo", format: { font: "VNI-Times" } }],
        notices: [],
      },
      { language: "en" },
    );
    await runCheck();
    const notice = await screen.findByTestId("legacy-notice");
    expect(notice.textContent).toMatch(/old VNI \(VNI-Times fonts\) encoding/);
    expect(notice.textContent).toMatch(/source encoding VNI Windows/);
    expect(screen.queryByTestId("check-summary")).toBeNull();
  });
});

describe("reader notices in the task pane", () => {
  it("shows text boxes the .docx reader skipped above the results of a check in the preview", async () => {
    const textBox =
      '<w:r><w:t xml:space="preserve">Kính gửi: Bộ Nội vụ</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Trong hộp</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>' +
      "</mc:AlternateContent></w:r>";
    const file = readDocx(buildDocx({ paragraphs: [{ xml: textBox }, ...seed004.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean)] }));
    expect(file.notices.map((notice) => notice.code)).toEqual(["text-boxes-skipped"]);
    setup(file, { file });
    await runCheck();
    const notices = await screen.findByTestId("read-notices");
    expect(notices.textContent).toBe("Lưu ý khi đọc: Văn bản có 1 hộp văn bản (text box); chữ trong hộp văn bản không được kiểm tra.");
    const summary = screen.getByTestId("check-summary");
    // Above the results, not instead of them.
    expect(notices.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByTestId("legacy-notice")).toBeNull();
  });

  it("shows nothing extra when the reader noticed nothing", async () => {
    setup(readText(seed004, "draft.txt"));
    await runCheck();
    await screen.findByTestId("check-summary");
    expect(screen.queryByTestId("read-notices")).toBeNull();
  });
});

describe("list numbers in the preview's document", () => {
  it("are drawn before the text but are not part of it", () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const model = readDocx(
      buildDocx({ numbering, paragraphs: [{ text: "Tình hình", list: { numId: 1 } }, "Nội dung", { text: "Nguyên nhân", list: { numId: 1 } }] }),
    );
    const simulator = createSimulatedWord(model);
    render(<DocumentView simulator={simulator} label="Văn bản mô phỏng" emptyHint="trống" />);
    const rows = screen.getByTestId("document").children;
    expect(rows[0].querySelector("[data-list-label]")?.textContent).toBe("I.");
    expect(rows[0].textContent).toBe("I.Tình hình");
    expect(rows[1].querySelector("[data-list-label]")).toBeNull();
    expect(rows[2].querySelector("[data-list-label]")?.textContent).toBe("II.");
    expect(simulator.document.paragraphs()[2].text).toBe("Nguyên nhân");
  });
});
