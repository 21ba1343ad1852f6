/** @jest-environment jsdom */
/** The Soạn tab on the Word simulator: what needs a profile, and where each part goes. */
import { readFileSync } from "fs";
import { join } from "path";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { modelFromParagraphs, type DocumentModel } from "../../src/engine/model";
import { readText } from "../../src/engine/read/text";
import { serializeRequestProfile } from "../../src/engine/understand/request-profile";
import { EXAMPLE_REQUEST, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { REQUEST_SETTING } from "../../src/word/adapter";
import { createSimulatedWord, type SimulatedWord } from "../../src/word/simulator";
import { field, renderPane } from "../support/pane";

const seed = (name: string): string => readFileSync(join(__dirname, "..", "fixtures", "seeds", name), "utf8");

async function compose(model: DocumentModel, options: { profile?: boolean; request?: boolean } = {}): Promise<SimulatedWord> {
  const simulator = createSimulatedWord(model);
  if (options.request !== false) simulator.settings.set(REQUEST_SETTING, serializeRequestProfile(EXAMPLE_REQUEST));
  renderPane(simulator, {
    profiles: { load: () => (options.profile === false ? null : EXAMPLE_STATE_PROFILE), save: () => undefined },
  });
  if (options.request !== false) await waitFor(() => expect(field("number").value).toBe("4874/BNV-CCVC"));
  // Lets the panels take in what they load at start (the organization's requests) before acting.
  await act(async () => undefined);
  fireEvent.click(screen.getByTestId("tab-compose"));
  return simulator;
}

const texts = (simulator: SimulatedWord): string[] => simulator.document.paragraphs().map((p) => p.text);

async function click(testId: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
}

/** A reply with its opening and its closing, and no section of the outline yet. */
const OPENED_AND_CLOSED = [
  "Kính gửi: Bộ Nội vụ",
  "Thực hiện Công văn số 4874/BNV-CCVC ngày 11/8/2023 của Bộ Nội vụ, Sở Ngoại vụ báo cáo như sau:",
  "Nơi nhận:",
  "- Như trên;",
  "- Lưu: VT.",
  "KT. GIÁM ĐỐC",
  "PHÓ GIÁM ĐỐC",
  "Nguyễn Văn An",
];

describe("without an organization profile", () => {
  it("says so once and holds the buttons that need one, with the reason; the outline stays offered", async () => {
    const simulator = await compose(modelFromParagraphs([""]), { profile: false });
    expect(screen.getAllByText(/Chưa có hồ sơ cơ quan/)).toHaveLength(1);
    for (const id of ["insert-header", "insert-closing"]) {
      const button = screen.getByTestId(id);
      expect(button.getAttribute("aria-disabled")).toBe("true");
      const reason = document.getElementById(button.getAttribute("aria-describedby") ?? "");
      expect(reason?.textContent).toBe("Phần đầu, nơi nhận và chữ ký cần hồ sơ cơ quan.");
    }
    await click("insert-header");
    expect(texts(simulator)).toEqual([""]);
    expect(screen.getByTestId("insert-outline").getAttribute("aria-disabled")).toBeNull();
    expect(screen.getByTestId("insert-outline").hasAttribute("disabled")).toBe(false);
  });
});

describe("the closing", () => {
  it("is added at the end of a document that has none, without asking", async () => {
    const simulator = await compose(modelFromParagraphs(OPENED_AND_CLOSED.slice(0, 2)));
    await click("insert-closing");
    await screen.findByText("Đã chèn nơi nhận và chữ ký ở cuối văn bản.");
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(texts(simulator).slice(0, 2)).toEqual(OPENED_AND_CLOSED.slice(0, 2));
    expect(texts(simulator).filter((text) => text.startsWith("Nơi nhận"))).toHaveLength(1);
  });

  it("is asked about under an existing Nơi nhận and signature, after one read", async () => {
    const simulator = await compose(modelFromParagraphs(OPENED_AND_CLOSED));
    const before = simulator.syncCount();
    await click("insert-closing");
    const dialog = (): Element | null => document.querySelector('[role="alertdialog"]');
    await waitFor(() => expect(dialog()?.textContent).toContain("Cuối văn bản đã có phần Nơi nhận hoặc chữ ký"));
    expect(simulator.syncCount()).toBe(before + 1);
    fireEvent.click(screen.getByText("Hủy"));
    await waitFor(() => expect(dialog()).toBeNull());
    expect(texts(simulator)).toEqual(OPENED_AND_CLOSED);

    await click("insert-closing");
    await click("confirm-closing");
    await screen.findByText("Đã chèn nơi nhận và chữ ký ở cuối văn bản.");
    expect(texts(simulator).filter((text) => text.startsWith("Nơi nhận"))).toHaveLength(2);
  });
});

describe("the outline", () => {
  it("inserts only the sections the reply lacks, after the text of the one before", async () => {
    const simulator = await compose(readText(seed("000_b28154c4db1fc991.txt"), "reply.txt"));
    const before = texts(simulator);
    const syncs = simulator.syncCount();
    await click("insert-outline");
    await screen.findByText(/Đã chèn 1 mục còn thiếu của đề cương.*II\. Nguyên nhân/);
    // One read of the document, then the insertion: one sync to read the places, one to insert.
    expect(simulator.syncCount()).toBe(syncs + 3);
    const after = texts(simulator);
    const inserted = after.filter((text) => !before.includes(text));
    expect(inserted.filter((text) => text.trim() !== "")).toEqual(["II. Nguyên nhân", "1. Nguyên nhân khách quan", "2. Nguyên nhân chủ quan"]);
    // Seed 000 numbers its sections 1, 2, 3: II goes after the text of "1. Tình hình…", before "2. Nhiệm vụ…".
    const at = after.indexOf("II. Nguyên nhân");
    expect(after.slice(0, at)).toEqual(before.slice(0, at));
    expect(after.slice(at).filter((text) => !inserted.includes(text))).toEqual(before.slice(at));
    expect(before[at]).toMatch(/^2\. Nhiệm vụ và giải pháp/);
  });

  it("fills the gap in a reply numbered as the outline, then has nothing more to offer", async () => {
    const reply = [
      "Kính gửi: Bộ Nội vụ",
      "I. Tình hình",
      "Nội dung tình hình.",
      "III. Nhiệm vụ, giải pháp",
      "Nội dung giải pháp.",
      "IV. Đề xuất, kiến nghị",
      "Nội dung kiến nghị.",
    ];
    const simulator = await compose(modelFromParagraphs(reply));
    await click("insert-outline");
    await screen.findByText(/Đã chèn 1 mục còn thiếu/);
    const after = texts(simulator).filter((text) => text.trim() !== "");
    expect(after).toEqual([...reply.slice(0, 3), "II. Nguyên nhân", "1. Nguyên nhân khách quan", "2. Nguyên nhân chủ quan", ...reply.slice(3)]);

    await click("insert-outline");
    await screen.findByText("Văn bản đã có đủ các mục của đề cương, không có mục nào cần chèn.");
    expect(texts(simulator).filter((text) => text.trim() !== "")).toEqual(after);
  });

  it("goes below the opening and above the closing when the reply has no section yet", async () => {
    const simulator = await compose(modelFromParagraphs(OPENED_AND_CLOSED));
    await click("insert-outline");
    await screen.findByText(/Đã chèn 4 mục còn thiếu/);
    const after = texts(simulator).filter((text) => text.trim() !== "");
    expect(after.slice(0, 2)).toEqual(OPENED_AND_CLOSED.slice(0, 2));
    expect(after[2]).toBe("I. Tình hình");
    const closing = after.indexOf("Nơi nhận:");
    expect(after.slice(closing)).toEqual(OPENED_AND_CLOSED.slice(2));
    expect(after.slice(2, closing).filter((text) => /^[IV]+\. /.test(text))).toEqual([
      "I. Tình hình",
      "II. Nguyên nhân",
      "III. Nhiệm vụ, giải pháp",
      expect.stringMatching(/^IV\. /),
    ]);
  });

  it("puts a missing sub-section inside its section, as a sub-heading", async () => {
    const reply = [
      "Kính gửi: Bộ Nội vụ",
      "I. Tình hình",
      "1. Đánh giá thực trạng né tránh, đùn đẩy, làm việc cầm chừng, sợ trách nhiệm không dám làm",
      "Nội dung một.",
      "3. Chủ trương, biện pháp đã áp dụng để khắc phục, chấn chỉnh; kết quả đã xử lý",
      "Nội dung ba.",
    ];
    const simulator = await compose(modelFromParagraphs(reply));
    await click("insert-outline");
    await screen.findByText(/Đã chèn \d+ mục còn thiếu/);
    const paragraphs = simulator.document.paragraphs();
    const second = paragraphs.findIndex((p) => p.text.startsWith("2. Đánh giá tính chất"));
    expect(second).toBeGreaterThan(reply.indexOf("Nội dung một."));
    expect(paragraphs[second].styleBuiltIn).toBe("Heading2");
    expect(paragraphs.slice(second).find((p, offset) => offset > 0 && p.text.trim() !== "")?.text).toBe(reply[4]);
  });

  it("asks for a request first when there is no outline", async () => {
    await compose(modelFromParagraphs([""]), { request: false });
    await click("insert-outline");
    expect(await screen.findByText(/Chưa có đề cương/)).toBeTruthy();
  });
});

describe("the header", () => {
  it("takes the request's subject as its trích yếu when the field is left empty", async () => {
    const simulator = await compose(modelFromParagraphs(["Nội dung."]));
    await click("insert-header");
    await screen.findByText("Đã chèn phần đầu ở đầu văn bản.");
    expect(texts(simulator).join("\n")).toMatch(/Thực trạng, nhiệm vụ, giải pháp chấn chỉnh/);
  });
});
