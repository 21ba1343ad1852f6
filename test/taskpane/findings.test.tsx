/** @jest-environment jsdom */
/**
 * Findings in the Kiểm tra tab: every one a button, and each goes where the pane says — its
 * text, or for something missing the place it belongs (the engine's `anchor`).
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { modelFromParagraphs } from "../../src/engine/model";
import type { CheckResult, Finding } from "../../src/engine/types";
import { createSimulatedWord } from "../../src/word/simulator";
import { checkButtonReady, renderPane } from "../support/pane";

const PARAGRAPHS = [
  "Kính gửi: Bộ Nội vụ",
  "Thực hiện Công văn số 4874/BNV-CCVC, Sở báo cáo như sau:",
  "I. Tình hình",
  "Nội dung tình hình.",
  "III. Giải pháp",
  "Nội dung giải pháp.",
];

const FINDINGS: Finding[] = [
  {
    rule: "header-missing",
    severity: "error",
    messageId: "number",
    data: { sample: "Số: 05/BC-SNgV" },
    excerpt: "Số: …/…-…",
    anchor: { paragraph: 0, placement: "before" },
  },
  {
    rule: "section-missing",
    severity: "error",
    messageId: "missing",
    data: { section: "II. Nguyên nhân", parent: { vi: "", en: "" } },
    excerpt: "II. Nguyên nhân",
    anchor: { paragraph: 3, placement: "after" },
  },
  {
    rule: "date-after-deadline",
    severity: "warning",
    messageId: "afterDeadline",
    data: { date: "12/9/2023", deadline: "8/9/2023", source: { vi: "", en: "" } },
    excerpt: "4874/BNV-CCVC",
    span: { paragraph: 1, start: 22, end: 35 },
  },
  {
    rule: "request-not-cited",
    severity: "warning",
    messageId: "notCited",
    data: { request: { vi: "Công văn số 12/UBND", en: "Công văn No. 12/UBND" }, requestVi: "Công văn số 12/UBND" },
    excerpt: "Công văn 12/UBND",
  },
];

// The engine does not give anchors to every finding yet: the check returns these instead.
jest.mock("../../src/taskpane/work", () => {
  const actual = jest.requireActual("../../src/taskpane/work");
  return {
    ...actual,
    check: (): CheckResult => ({ findings: FINDINGS, sections: [], waived: [], voidWaivers: [] }) as unknown as CheckResult,
  };
});

async function checked(language: "vi" | "en" = "vi") {
  const simulator = createSimulatedWord(modelFromParagraphs(PARAGRAPHS));
  renderPane(simulator, { language });
  fireEvent.click(screen.getByTestId("tab-check"));
  await checkButtonReady();
  await act(async () => {
    fireEvent.click(screen.getByTestId("run-check"));
  });
  await screen.findByTestId("check-summary");
  const finding = (rule: string): HTMLElement => {
    const found = screen.getAllByTestId("finding").find((item) => item.getAttribute("data-rule") === rule);
    if (!found) throw new Error(`no finding ${rule}`);
    return found;
  };
  return { simulator, finding };
}

describe("findings", () => {
  it("are all buttons in the tab order, whether or not they have a place", async () => {
    await checked();
    const items = screen.getAllByTestId("finding");
    expect(items).toHaveLength(FINDINGS.length);
    expect(items.map((item) => item.getAttribute("data-place"))).toEqual(["anchor", "anchor", "span", "none"]);
    for (const item of items) {
      // A native button where there is text to select; otherwise an element that acts as one.
      if (item.getAttribute("data-place") === "span") {
        expect(item.tagName).toBe("BUTTON");
        expect(item.getAttribute("type")).toBe("button");
      } else {
        expect(item.getAttribute("role")).toBe("button");
      }
      expect(item.tabIndex).toBe(0);
      expect(item.hasAttribute("disabled")).toBe(false);
      expect(item.getAttribute("title")).not.toBe("");
    }
  });

  it("go to their place with Enter or Space, as a button does", async () => {
    const { simulator, finding } = await checked();
    const section = finding("section-missing");
    section.focus();
    expect(document.activeElement).toBe(section);
    await act(async () => {
      fireEvent.keyDown(section, { key: "Enter" });
    });
    const end = PARAGRAPHS[3].length;
    expect(simulator.document.selection()).toEqual({ paragraph: 3, start: end, end });
    const header = finding("header-missing");
    await act(async () => {
      fireEvent.keyDown(header, { key: " " });
    });
    // Space acts on release, as on a native button.
    expect(simulator.document.selection()).toEqual({ paragraph: 3, start: end, end });
    await act(async () => {
      fireEvent.keyUp(header, { key: " " });
    });
    expect(simulator.document.selection()).toEqual({ paragraph: 0, start: 0, end: 0 });
  });

  it("puts the cursor where a missing part belongs, in one round trip", async () => {
    const { simulator, finding } = await checked();
    const before = simulator.syncCount();
    await act(async () => {
      fireEvent.click(finding("header-missing"));
    });
    expect(simulator.syncCount()).toBe(before + 1);
    expect(simulator.document.selection()).toEqual({ paragraph: 0, start: 0, end: 0 });

    await act(async () => {
      fireEvent.click(finding("section-missing"));
    });
    const end = PARAGRAPHS[3].length;
    expect(simulator.document.selection()).toEqual({ paragraph: 3, start: end, end });
    expect(screen.queryByText("Văn bản đã thay đổi, hãy kiểm tra lại.")).toBeNull();
  });

  it("says the document changed when the place of a missing part is gone", async () => {
    const { simulator, finding } = await checked();
    simulator.document.removeParagraph(5);
    simulator.document.removeParagraph(4);
    simulator.document.removeParagraph(3);
    await act(async () => {
      fireEvent.click(finding("section-missing"));
    });
    expect(await screen.findByText("Văn bản đã thay đổi, hãy kiểm tra lại.")).toBeTruthy();
  });

  it("selects the text of a finding that has one", async () => {
    const { simulator, finding } = await checked();
    await act(async () => {
      fireEvent.click(finding("date-after-deadline"));
    });
    const selection = simulator.document.selection();
    expect(PARAGRAPHS[1].slice(selection?.start, selection?.end)).toBe("4874/BNV-CCVC");
  });

  it("says a finding about the whole document has no place to go to", async () => {
    const { simulator, finding } = await checked();
    const selection = simulator.document.selection();
    await act(async () => {
      fireEvent.click(finding("request-not-cited"));
    });
    expect(await screen.findByText(/nói về cả văn bản/)).toBeTruthy();
    expect(simulator.document.selection()).toEqual(selection);
  });

  it("shows what a missing part should read as expected text, and found text as a quotation", async () => {
    const { finding } = await checked();
    const header = finding("header-missing");
    const expected = within(header).getByText("Cần có: Số: …/…-…");
    expect(expected.getAttribute("data-excerpt")).toBe("expected");
    expect(header.textContent).not.toContain("“");
    const found = within(finding("date-after-deadline")).getByText("“4874/BNV-CCVC”");
    expect(found.getAttribute("data-excerpt")).toBe("found");
  });

  it("words messages and group titles through the engine, in English when Office is", async () => {
    const { finding } = await checked("en");
    expect(finding("header-missing").textContent).toContain("The document number and symbol (e.g. \"Số: 05/BC-SNgV\") are missing from the header.");
    expect(within(finding("header-missing")).getByText("Expected: Số: …/…-…")).toBeTruthy();
    expect(screen.getByText(/^Header parts missing/)).toBeTruthy();
  });
});
