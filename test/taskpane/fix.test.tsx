/** @jest-environment jsdom */
/**
 * Fixing formatting from the Kiểm tra tab, on the simulator: "Sửa" on one finding, "Sửa tất cả
 * thể thức" on all of them, "Thay bằng «…»" only after the clerk confirms; each is reported
 * and followed by a new check. A test-only formatting rule is added to the registry here.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { modelFromParagraphs, type DocumentModel } from "../../src/engine/model";
import { createSimulatedWord } from "../../src/word/simulator";
import { checkButtonReady, renderPane } from "../support/pane";

jest.mock("../../src/engine/rules", () => {
  const actual = jest.requireActual("../../src/engine/rules");
  const { formatTestRule } = jest.requireActual("../support/format-test-rule");
  // The real formatting rules are left out: this tests applying fixes, whoever finds them.
  const allRules = [...actual.allRules.filter((rule: { meta: { id: string } }) => !rule.meta.id.startsWith("format-")), formatTestRule];
  return {
    ...actual,
    allRules,
    ruleById: (id: string) => allRules.find((rule: { meta: { id: string } }) => rule.meta.id === id),
  };
});

const TEXTS = ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kính gửi: Sở Nội vụ"];

function draft(): DocumentModel {
  const model = modelFromParagraphs(TEXTS, "word");
  model.paragraphs[0].format = { font: "Arial", size: 12 };
  model.paragraphs[1].format = { font: "Times New Roman", size: 13 };
  model.paragraphs[2].format = { font: "Arial", size: 14 };
  return model;
}

async function checked(options: { desktop?: boolean } = {}) {
  const simulator = createSimulatedWord(draft(), { desktopApiMinorVersion: options.desktop ? 3 : 0 });
  renderPane(simulator, { language: "vi" });
  fireEvent.click(screen.getByTestId("tab-check"));
  await checkButtonReady();
  await act(async () => {
    fireEvent.click(screen.getByTestId("run-check"));
  });
  await screen.findByTestId("check-summary");
  return simulator;
}

const fontOf = (simulator: ReturnType<typeof createSimulatedWord>, index: number) => simulator.document.paragraphs()[index].runs.map((r) => [r.font.name, r.font.size]);

function fixButtonOf(paragraph: number): HTMLElement {
  const finding = screen
    .getAllByTestId("finding")
    .find((item) => item.getAttribute("data-rule") === "format-test" && item.getAttribute("data-paragraph") === String(paragraph) && /Phông/.test(item.textContent ?? ""));
  if (!finding?.parentElement) throw new Error(`no formatting finding on paragraph ${paragraph}`);
  return within(finding.parentElement).getByTestId("fix-finding");
}

describe("fixing formatting in the pane", () => {
  it("“Sửa” fixes one finding's paragraph, keeps the selection, reports it and checks again", async () => {
    const simulator = await checked();
    simulator.document.setSelection({ paragraph: 2, start: 0, end: 4 });
    await act(async () => {
      fireEvent.click(fixButtonOf(0));
    });
    expect(fontOf(simulator, 0)).toEqual([["Times New Roman", 13]]);
    expect(fontOf(simulator, 2)).toEqual([["Arial", 14]]);
    expect(simulator.document.selection()).toEqual({ paragraph: 2, start: 0, end: 4 });
    expect(screen.getByText("Đã sửa 1 chỗ.")).toBeTruthy();
    // Checked again: paragraph 0 has no formatting finding left, paragraph 2 still has one.
    expect(() => fixButtonOf(0)).toThrow();
    expect(fixButtonOf(2)).toBeTruthy();
    expect(simulator.document.paragraphs().map((p) => p.text)).toEqual(TEXTS);
  });

  it("“Sửa tất cả thể thức” fixes every finding's formatting, never its text", async () => {
    const model = draft();
    model.page = { marginLeft: 25.4 };
    // Word on the web has no page setup: the page is neither read nor fixed there.
    const simulator = createSimulatedWord(model);
    renderPane(simulator, { language: "vi" });
    fireEvent.click(screen.getByTestId("tab-check"));
    await checkButtonReady();
    await act(async () => {
      fireEvent.click(screen.getByTestId("run-check"));
    });
    await screen.findByTestId("check-summary");
    const all = screen.getByTestId("fix-all");
    expect(all.textContent).toBe("Sửa tất cả thể thức (2)");
    await act(async () => {
      fireEvent.click(all);
    });
    expect([0, 1, 2].map((i) => fontOf(simulator, i))).toEqual([[["Times New Roman", 13]], [["Times New Roman", 13]], [["Times New Roman", 13]]]);
    expect(simulator.document.paragraphs()[0].text).toBe(TEXTS[0]);
    expect(screen.getByText("Đã sửa 2 chỗ.")).toBeTruthy();
    expect(simulator.document.page().leftMargin).toBe(72);
  });

  it("sets up the page where Word can", async () => {
    const model = draft();
    model.page = { marginLeft: 25.4 };
    const simulator = createSimulatedWord(model, { desktopApiMinorVersion: 3 });
    renderPane(simulator, { language: "vi" });
    fireEvent.click(screen.getByTestId("tab-check"));
    await checkButtonReady();
    await act(async () => {
      fireEvent.click(screen.getByTestId("run-check"));
    });
    await screen.findByTestId("check-summary");
    expect(screen.getByTestId("fix-all").textContent).toBe("Sửa tất cả thể thức (3)");
    await act(async () => {
      fireEvent.click(screen.getByTestId("fix-all"));
    });
    expect(simulator.document.page().leftMargin).toBeCloseTo(85.04, 1);
    expect(screen.getByText("Đã sửa 3 chỗ.")).toBeTruthy();
  });

  it("leaves a paragraph the clerk changed after the check, and says so", async () => {
    const simulator = await checked();
    simulator.document.typeText(2, 0, "Kính ");
    await act(async () => {
      fireEvent.click(screen.getByTestId("fix-all"));
    });
    expect(fontOf(simulator, 2)).toEqual([["Arial", 14]]);
    expect(fontOf(simulator, 0)).toEqual([["Times New Roman", 13]]);
    expect(screen.getByText("Đã sửa 1 chỗ. 1 chỗ đã đổi chữ sau lần kiểm tra nên chưa sửa.")).toBeTruthy();
  });

  it("replaces text only after the clerk confirms", async () => {
    const simulator = await checked();
    const replace = screen.getByTestId("replace");
    expect(replace.textContent).toBe("Thay bằng «CỘNG HÒA»");
    fireEvent.click(replace);
    expect(simulator.document.paragraphs()[0].text).toBe(TEXTS[0]);
    const confirm = screen.getByTestId("replace-confirm");
    expect(confirm.textContent).toContain("Thay «CỘNG HOÀ» bằng «CỘNG HÒA»?");
    fireEvent.click(within(confirm).getByTestId("replace-no"));
    expect(screen.queryByTestId("replace-confirm")).toBeNull();
    fireEvent.click(screen.getByTestId("replace"));
    await act(async () => {
      fireEvent.click(screen.getByTestId("replace-yes"));
    });
    expect(simulator.document.paragraphs()[0].text).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(screen.getByText("Đã thay «CỘNG HOÀ» bằng «CỘNG HÒA».")).toBeTruthy();
    expect(screen.queryByTestId("replace")).toBeNull();
  });

  it("speaks English where Office does", async () => {
    const simulator = createSimulatedWord(draft());
    renderPane(simulator, { language: "en" });
    fireEvent.click(screen.getByTestId("tab-check"));
    await checkButtonReady();
    await act(async () => {
      fireEvent.click(screen.getByTestId("run-check"));
    });
    await screen.findByTestId("check-summary");
    expect(screen.getByTestId("fix-all").textContent).toBe("Fix all formatting (2)");
    await act(async () => {
      fireEvent.click(screen.getByTestId("fix-all"));
    });
    expect(screen.getByText("Fixed 2 places.")).toBeTruthy();
  });
});
