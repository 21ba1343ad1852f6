/**
 * The built preview (dist/preview.html) in Chromium: the task pane beside the simulated
 * document, with seed 002 (the request) and seed 000 (a reply) loaded by URL.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildNewDraft } from "../../src/parts/new-draft";
import { buildOutline } from "../../src/parts/blocks";
import { toFlatOpc } from "../../src/parts/ooxml";
import { EXAMPLE_REQUEST, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { serializeRequestProfile } from "../../src/engine/understand/request-profile";
import { launchChromium, openPage, screenshotPath, toDocs } from "../support/browser";
import { serveBuiltAddin, type StaticServer } from "../support/static-server";
import { vanban } from "../support/cli";
import { trackedDraft } from "../support/tracked-draft";

const root = join(__dirname, "..", "..");
const seeds = join(root, "test", "fixtures", "seeds");

let browser: Browser;
let server: StaticServer;

/** A new draft as the command line writes it: header, the example request's outline (empty sections), closing. */
const draftDocx = join(root, "test-output", "preview-draft.docx");
/** A request profile as a colleague shares it, with a corrected deadline to tell it from the letter. */
const requestJson = join(root, "test-output", "preview-request.json");
/** A reply drafted under Track Changes, with a field, a footnote and hidden text. */
const trackedDocx = join(root, "test-output", "preview-tracked.docx");

beforeAll(async () => {
  mkdirSync(join(root, "test-output"), { recursive: true });
  writeFileSync(draftDocx, buildNewDraft({ profile: EXAMPLE_STATE_PROFILE, type: "bao-cao", request: EXAMPLE_REQUEST }));
  writeFileSync(requestJson, serializeRequestProfile({ ...EXAMPLE_REQUEST, deadline: "2023-09-11" }));
  writeFileSync(trackedDocx, trackedDraft());
  server = await serveBuiltAddin({
    "/vanban/fixtures/000.txt": join(seeds, "000_b28154c4db1fc991.txt"),
    "/vanban/fixtures/001.txt": join(seeds, "001_e57b1d95f5c3502e.txt"),
    "/vanban/fixtures/002.txt": join(seeds, "002_2b77b3d6864b3803.txt"),
    "/vanban/fixtures/draft.docx": draftDocx,
    "/vanban/fixtures/request.json": requestJson,
    "/vanban/fixtures/tracked.docx": trackedDocx,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  refused: string[];
  errors: string[];
}

async function open(query: string, width = 1100, title = "Văn bản hành chính"): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const { page, refused, errors } = await openPage(context, new URL(server.url).origin);
  await page.goto(`${server.url}preview.html${query}`);
  await page.getByRole("heading", { name: title }).waitFor();
  // The empty page shows first; the file is open (or failed to open) once it is no longer busy.
  if (query.includes("doc=")) await page.locator('[data-testid="document"]:not([aria-busy="true"])').waitFor();
  return { context, page, refused, errors };
}

const SEEDED = "?doc=fixtures/000.txt&request=fixtures/002.txt";
/** The file reader's worker thread (src/taskpane/file-worker.ts), by its bundle's name. */
const FILE_WORKER = /\/vanban-files\.[0-9a-f]+\.js$/;

function syncCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__vanbanPreview?.syncCount() ?? -1);
}

async function useStateExample(page: Page): Promise<void> {
  await page.getByTestId("tab-settings").click();
  await page.getByTestId("example-state").click();
  await page.getByTestId("save-profile").click();
  await page.getByText("Đã lưu hồ sơ cơ quan trên máy này.").waitFor();
}

async function runCheck(page: Page): Promise<void> {
  await page.getByTestId("tab-check").click();
  const before = await page.getByTestId("check-summary").count();
  await page.getByTestId("run-check").click();
  if (before === 0) await page.getByTestId("check-summary").waitFor();
  await page.getByTestId("run-check").and(page.locator(":not([disabled])")).waitFor();
}

describe("preview with the request 002 and the reply 000", () => {
  it("shows one element per paragraph and the understood request", async () => {
    const { context, page, refused, errors } = await open(SEEDED);
    const paragraphs = page.getByTestId("document").locator(":scope > *");
    await paragraphs.first().waitFor();
    expect(await paragraphs.count()).toBeGreaterThan(10);
    await expect(page.getByTestId("document").textContent()).resolves.toContain("Kính gửi");
    await page.locator('[data-field="number"]').waitFor();
    await expect(page.locator('[data-field="number"]').inputValue()).resolves.toBe("4874/BNV-CCVC");
    await expect(page.locator('[data-field="deadline"]').inputValue()).resolves.toBe("08/09/2023");
    await expect(page.locator('[data-field="outline"]').inputValue()).resolves.toMatch(/^I\. Tình hình\n {2}1\. /);
    // Both files were read on the file reader's worker thread, not the pane's.
    expect(page.workers().map((worker) => worker.url()).filter((url) => FILE_WORKER.test(url))).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  it("lists Nguyên nhân (II) as missing and I, III, IV as present, for exactly one sync", async () => {
    const { context, page, refused } = await open(SEEDED);
    await page.locator('[data-field="number"]').waitFor();
    const before = await syncCount(page);
    await runCheck(page);
    expect(await syncCount(page)).toBe(before + 1);

    const topLevel = async (number: string) => page.locator(`[data-testid="section"][data-number="${number}"]`).first();
    await expect((await topLevel("II")).getAttribute("data-status")).resolves.toBe("missing");
    await expect((await topLevel("II")).textContent()).resolves.toContain("Nguyên nhân");
    for (const number of ["I", "III", "IV"]) {
      await expect((await topLevel(number)).getAttribute("data-status")).resolves.toBe("present");
    }
    const absent = page.locator('[data-testid="finding"][data-rule="section-missing"]');
    await expect(absent.count()).resolves.toBeGreaterThan(0);
    // What is missing reads as expected text, not as a quotation of the document.
    await expect(absent.first().locator('[data-excerpt="expected"]').textContent()).resolves.toMatch(/^Cần có: /);
    await expect(absent.first().locator('[data-excerpt="found"]').count()).resolves.toBe(0);
    // It is operable from the keyboard like every finding: a tab stop that Enter activates.
    await expect(absent.first().getAttribute("role")).resolves.toBe("button");
    await expect(absent.first().getAttribute("tabindex")).resolves.toBe("0");
    await absent.first().focus();
    await page.keyboard.press("Enter");
    if ((await absent.first().getAttribute("data-place")) === "anchor") {
      // The cursor goes where the section belongs, and the page shows it there.
      const paragraph = await absent.first().getAttribute("data-paragraph");
      await page.locator(`[data-testid="document"] [data-paragraph="${paragraph}"] .sim-caret`).waitFor();
    } else {
      await page.getByText("Vấn đề này nói về cả văn bản, không gắn với một chỗ nào để chọn.").waitFor();
    }

    // A present section leads to its heading in the document.
    await (await topLevel("IV")).getByRole("button").click();
    const selected = page.locator('[data-testid="document"] [data-selected="true"]');
    await selected.first().waitFor();
    expect((await selected.allTextContents()).join("")).toMatch(/Đề xuất, kiến nghị/);

    // Checking again is again one round trip.
    const again = await syncCount(page);
    await runCheck(page);
    expect(await syncCount(page)).toBe(again + 1);
    expect(refused).toEqual([]);
    await context.close();
  });

  it("inserts the header at the top and selects a finding's text in the document", async () => {
    server.requests.length = 0;
    const { context, page, refused, errors } = await open(SEEDED);
    await useStateExample(page);
    await page.getByTestId("tab-compose").click();
    // A date after the request's deadline (08/9/2023), so the check has a finding with a place.
    await page.getByTestId("compose-date").fill("15/9/2023");
    // The simulated Word reads inserted markup with a reader of its own, fetched on the first insert.
    const simReader = (): string[] => server.requests.filter((path) => /\/sim-ooxml\.[0-9a-f]+\.js$/.test(path));
    expect(simReader()).toEqual([]);
    await page.getByTestId("insert-header").click();
    await page.getByText("Đã chèn phần đầu ở đầu văn bản.").waitFor();
    expect(simReader()).toHaveLength(1);
    const firstParagraphs = page.getByTestId("document").locator(":scope > *");
    const topText = (await firstParagraphs.evaluateAll((nodes) => nodes.slice(0, 8).map((node) => node.textContent ?? ""))).join("\n");
    expect(topText).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

    await runCheck(page);
    const placed = page.locator('button[data-testid="finding"]');
    await placed.first().waitFor();
    const finding = placed.first();
    const paragraph = Number(await finding.getAttribute("data-paragraph"));
    const selectedBefore = await page.locator('[data-testid="document"] [data-selected="true"]').allTextContents();
    await finding.click();
    const selected = page.locator('[data-testid="document"] [data-selected="true"]');
    await selected.first().waitFor();
    const selectedText = (await selected.allTextContents()).join("");
    expect(selectedText).not.toBe(selectedBefore.join(""));
    const excerpt = (await finding.locator("span").last().textContent())?.replace(/^“|”$/g, "") ?? "";
    expect(selectedText.length).toBeGreaterThan(0);
    expect(excerpt).toContain(selectedText.trim().slice(0, 10));
    const holder = await selected.first().evaluate((node) => node.closest("[data-paragraph]")?.getAttribute("data-paragraph"));
    expect(Number(holder)).toBe(paragraph);
    // The README's picture of this state comes from the start test, which reaches it from `npm start`.
    await page.screenshot({ path: screenshotPath("preview-finding-selected-document.png") });

    // The same through the keyboard: focus the finding, press Enter.
    await page.locator('[data-testid="document"] [data-paragraph="0"]').click();
    await finding.focus();
    await page.keyboard.press("Enter");
    await selected.first().waitFor();
    expect((await selected.allTextContents()).join("")).toBe(selectedText);

    // Highlighting (in our turquoise) is off until asked for, and "Xóa đánh dấu" takes it away again.
    const highlighted = page.locator('[data-testid="document"] span').filter({
      has: page.locator("xpath=self::*[contains(@style, 'rgb(0, 255, 255)')]"),
    });
    expect(await highlighted.count()).toBe(0);
    await page.getByTestId("highlight").click();
    await page.getByText(/Đã đánh dấu [1-9]\d* chỗ\./).waitFor();
    await page.locator('[data-testid="document"] [data-paragraph="0"]').click();
    expect(await highlighted.count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Xóa đánh dấu" }).click();
    await page.getByText("Đã đánh dấu 0 chỗ.").waitFor();
    expect(await highlighted.count()).toBe(0);

    // Word comments, one per placed finding, in Vietnamese.
    await page.getByTestId("add-comments").click();
    await page.getByText(/Đã thêm [1-9]\d* chú thích/).waitFor();
    const comments = await page.evaluate(() => window.__vanbanPreview?.simulator.document.comments() ?? []);
    expect(comments.length).toBe(await placed.count());
    expect(comments[0].text).toMatch(/[ăâđêôơư]/);

    // A second header needs confirmation.
    await page.getByTestId("tab-compose").click();
    await page.getByTestId("insert-header").click();
    await page.getByRole("alertdialog").waitFor();
    await page.getByRole("button", { name: "Hủy" }).click();

    // An edit after the check: the pane says the results are old, and a click says to check again.
    await page.evaluate(() => window.__vanbanPreview?.simulator.document.typeText(0, 0, "Dự thảo "));
    await page.getByTestId("tab-check").click();
    await page.getByText("Văn bản đã thay đổi sau lần kiểm tra này.", { exact: false }).waitFor();
    await finding.click();
    await page.getByText("Văn bản đã thay đổi, hãy kiểm tra lại.").waitFor();
    await runCheck(page);
    await expect(page.getByText("Văn bản đã thay đổi", { exact: false }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  it("inserts the outline's missing sections and the closing at the end, asking before a second closing", async () => {
    const { context, page, refused } = await open("?request=fixtures/002.txt");
    await page.locator('[data-field="number"]').waitFor();
    await useStateExample(page);
    await page.getByTestId("tab-compose").click();
    await page.getByTestId("insert-outline").click();
    await page.getByText(/^Đã chèn 4 mục còn thiếu của đề cương/).waitFor();
    await page.getByTestId("insert-closing").click();
    await page.getByText("Đã chèn nơi nhận và chữ ký ở cuối văn bản.").waitFor();
    const texts = await page.getByTestId("document").locator(":scope > *").allTextContents();
    expect(texts.some((text) => text.startsWith("II. Nguyên nhân"))).toBe(true);
    expect(texts.some((text) => text === "Nơi nhận:")).toBe(true);
    // Nothing is missing now, and a second closing needs confirmation.
    await page.getByTestId("insert-outline").click();
    await page.getByText("Văn bản đã có đủ các mục của đề cương, không có mục nào cần chèn.").waitFor();
    await page.getByTestId("insert-closing").click();
    await page.getByRole("alertdialog").waitFor();
    await page.getByRole("button", { name: "Hủy" }).click();
    const again = await page.getByTestId("document").locator(":scope > *").allTextContents();
    expect(again.filter((text) => text === "Nơi nhận:")).toHaveLength(1);
    await runCheck(page);
    await expect(page.locator('[data-testid="section"][data-number="II"]').first().getAttribute("data-status")).resolves.not.toBe("missing");
    expect(refused).toEqual([]);
    await context.close();
  });
});

describe("inserting leaves the clerk's paragraphs as they were", () => {
  type Snapshot = { text: string; listLabel?: string; firstLineIndent?: number; tableNestingLevel: number }[];

  function paragraphsOf(page: Page): Promise<Snapshot> {
    return page.evaluate(() => window.__vanbanPreview?.simulator.document.paragraphs() ?? []);
  }

  /**
   * Every paragraph of `before` is in `after`, in order and deeply equal (text, style, alignment,
   * indents, runs' fonts); returns the paragraphs that were added, in order.
   */
  function added(before: Snapshot, after: Snapshot): Snapshot {
    const extra: Snapshot = [];
    let next = 0;
    for (const paragraph of after) {
      if (next < before.length && JSON.stringify(paragraph) === JSON.stringify(before[next])) next++;
      else extra.push(paragraph);
    }
    expect(next).toBe(before.length);
    return extra;
  }

  /** No list number on any line of the part; header and closing lines (`flush`) without a first-line indent. */
  function expectOwnLook(part: Snapshot, flush = true): void {
    for (const paragraph of part.slice(0, -1)) {
      expect({ text: paragraph.text, listLabel: paragraph.listLabel, indent: flush ? paragraph.firstLineIndent : 0 }).toEqual({
        text: paragraph.text,
        listLabel: undefined,
        indent: 0,
      });
    }
  }

  it("the header above a reply's first line, the missing section before the one that follows it, the closing after its last line", async () => {
    const { context, page, refused, errors } = await open(SEEDED);
    await useStateExample(page);
    await page.getByTestId("tab-compose").click();
    const original = await paragraphsOf(page);

    await page.getByTestId("insert-header").click();
    await page.getByText("Đã chèn phần đầu ở đầu văn bản.").waitFor();
    const withHeader = await paragraphsOf(page);
    const header = added(original, withHeader);
    // The header, then its own empty paragraph, then the reply's first line as it was.
    expect(withHeader.slice(header.length)).toEqual(original);
    expect(header[header.length - 1].text).toBe("");
    expect(header.map((paragraph) => paragraph.text)).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expectOwnLook(header);

    await page.getByTestId("insert-outline").click();
    await page.getByText(/^Đã chèn 1 mục còn thiếu của đề cương/).waitFor();
    const withOutline = await paragraphsOf(page);
    const section = added(withHeader, withOutline);
    expect(section[0].text).toMatch(/^II\. Nguyên nhân /);
    expectOwnLook(section, false);

    await page.getByTestId("insert-closing").click();
    const dialog = page.getByTestId("confirm-closing");
    if (await dialog.isVisible().catch(() => false)) await dialog.click();
    await page.getByText("Đã chèn nơi nhận và chữ ký ở cuối văn bản.").waitFor();
    const withClosing = await paragraphsOf(page);
    const closing = added(withOutline, withClosing);
    expect(withClosing.slice(0, withOutline.length)).toEqual(withOutline);
    expect(closing.map((paragraph) => paragraph.text)).toContain("Nơi nhận:");
    expectOwnLook(closing);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  it("a part at the cursor: before its paragraph at the start, after it in the middle or at the end, after the table in a cell", async () => {
    const outline = toFlatOpc(buildOutline(EXAMPLE_REQUEST.outline));
    const DRAFT = "?doc=fixtures/draft.docx&request=fixtures/002.txt";
    const cases: [string, string, (before: Snapshot) => { paragraph: number; start: number }, (before: Snapshot, at: number) => number][] = [
      ["start", SEEDED, () => ({ paragraph: 3, start: 0 }), (_, at) => at],
      ["middle", SEEDED, () => ({ paragraph: 3, start: 12 }), (_, at) => at + 1],
      ["end", SEEDED, (before) => ({ paragraph: 3, start: before[3].text.length }), (_, at) => at + 1],
      ["table cell", DRAFT, (before) => ({ paragraph: 1, start: Math.min(2, before[1].text.length) }), (before) => before.findIndex((paragraph) => paragraph.tableNestingLevel === 0)],
    ];
    for (const [name, query, place, expected] of cases) {
      const { context, page, errors } = await open(query);
      await page.getByTestId("document").locator(":scope > *").first().waitFor();
      const before = await paragraphsOf(page);
      const { paragraph, start } = place(before);
      await page.evaluate(
        async ([selection, ooxml]) => {
          const preview = window.__vanbanPreview;
          preview?.simulator.document.setSelection(selection);
          await preview?.adapter.insertOoxml(ooxml, "cursor");
        },
        [{ paragraph, start, end: start }, outline] as const,
      );
      const after = await paragraphsOf(page);
      const part = added(before, after);
      const at = after.findIndex((item, index) => JSON.stringify(item) !== JSON.stringify(before[index]));
      expect({ name, at }).toEqual({ name, at: expected(before, paragraph) });
      expect(after.slice(at, at + part.length)).toEqual(part);
      expect(part[0].text).toBe("I. Tình hình");
      expect(part[part.length - 1].text).toBe("");
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it("a document that begins with a table gets the header before the table; an empty one gets it before its empty line", async () => {
    const { context, page, refused } = await open("?doc=fixtures/draft.docx&request=fixtures/002.txt");
    await page.getByTestId("document").getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").waitFor();
    await useStateExample(page);
    await page.getByTestId("tab-compose").click();
    const original = await paragraphsOf(page);
    expect(original[0].tableNestingLevel).toBe(1);
    await page.getByTestId("insert-header").click();
    await page.getByTestId("confirm-header").click();
    await page.getByText("Đã chèn phần đầu ở đầu văn bản.").waitFor();
    const after = await paragraphsOf(page);
    const header = added(original, after);
    expect(after.slice(header.length)).toEqual(original);
    expectOwnLook(header);
    await context.close();

    const empty = await open("?request=fixtures/002.txt");
    await useStateExample(empty.page);
    await empty.page.getByTestId("tab-compose").click();
    const blank = await paragraphsOf(empty.page);
    expect(blank.map((paragraph) => paragraph.text)).toEqual([""]);
    await empty.page.getByTestId("insert-header").click();
    await empty.page.getByText("Đã chèn phần đầu ở đầu văn bản.").waitFor();
    const filled = await paragraphsOf(empty.page);
    expect(filled[filled.length - 1]).toEqual(blank[0]);
    expect(filled.length).toBeGreaterThan(5);
    expectOwnLook(filled);
    expect(refused).toEqual([]);
    expect(empty.refused).toEqual([]);
    await empty.context.close();
  });
});

describe("files", () => {
  it("opens a .docx draft by URL, loading the reader only then, and finds its empty sections", async () => {
    server.requests.length = 0;
    const { context, page, refused, errors } = await open("?doc=fixtures/draft.docx&request=fixtures/002.txt");
    const documentPanel = page.getByTestId("document");
    await documentPanel.getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").waitFor();
    await expect(documentPanel.textContent()).resolves.toContain("Nơi nhận:");
    await page.locator('[data-field="number"]').waitFor();
    await runCheck(page);
    const statuses = await page.locator('[data-testid="section"]').evaluateAll((nodes) =>
      nodes.map((node) => `${node.getAttribute("data-number")}:${node.getAttribute("data-status")}`),
    );
    expect(statuses).toContain("IV:empty");
    expect(statuses.every((status) => !status.endsWith(":missing"))).toBe(true);
    const loaded = server.requests.filter((path) => /\/(?:reader|sim-ooxml)\.[0-9a-f]+\.js$/.test(path));
    expect(loaded.some((path) => path.includes("/reader."))).toBe(true);
    // The simulated Word opens the file's WordprocessingML with its own reader, fetched for it.
    expect(loaded.some((path) => path.includes("/sim-ooxml."))).toBe(true);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  it("opens a draft with tracked changes, a field, a footnote and hidden text as Word shows it, and checks it as `vanban check` does", async () => {
    const { context, page, refused, errors } = await open("?doc=fixtures/tracked.docx");
    const documentPanel = page.getByTestId("document");
    // Word's text: the deleted date struck through beside the new one; the field's result, not its code.
    const struck = documentPanel.locator("span", { hasText: "31 tháng 4" });
    await struck.first().waitFor();
    await expect(struck.first().evaluate((node) => getComputedStyle(node).textDecorationLine)).resolves.toBe("line-through");
    await expect(documentPanel.textContent()).resolves.toContain("Công điện số 280/CD-TTg");
    await expect(documentPanel.textContent()).resolves.not.toContain("HYPERLINK");
    await runCheck(page);
    const inPane = await page.locator('[data-testid="finding"]').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ""));
    const cli = await vanban("check", trackedDocx, "--format", "json");
    const fromCli = (JSON.parse(cli.stdout) as { findings: { message: string }[] }).findings.map((finding) => finding.message);
    expect(fromCli.length).toBeGreaterThan(0);
    expect(inPane).toHaveLength(fromCli.length);
    fromCli.forEach((message, index) => expect(inPane[index]).toContain(message));
    expect(inPane.join(" ")).not.toMatch(/31 tháng 4|30\/02/);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  it("reads a request chosen with the file picker", async () => {
    const { context, page, refused } = await open("");
    await page.getByTestId("request-file").setInputFiles(join(seeds, "002_2b77b3d6864b3803.txt"));
    await page.getByText(/Đã đọc văn bản yêu cầu: đề cương có \d+ mục/).waitFor();
    await expect(page.locator('[data-field="number"]').inputValue()).resolves.toBe("4874/BNV-CCVC");
    await expect(page.getByText("Nguồn: 002_2b77b3d6864b3803.txt").count()).resolves.toBe(1);
    expect(page.workers().some((worker) => FILE_WORKER.test(worker.url()))).toBe(true);
    expect(refused).toEqual([]);
    await context.close();
  });

  it("takes a request profile .json by URL and by the file picker", async () => {
    const { context, page, refused } = await open("?request=fixtures/request.json");
    await page.locator('[data-field="number"]').waitFor();
    await expect(page.locator('[data-field="deadline"]').inputValue()).resolves.toBe("11/09/2023");
    await expect(page.locator('[data-field="outline"]').inputValue()).resolves.toContain("II. Nguyên nhân");
    await page.getByTestId("request-file").setInputFiles({
      name: "yeu-cau.json",
      mimeType: "application/json",
      buffer: Buffer.from(serializeRequestProfile({ ...EXAMPLE_REQUEST, number: "4875/BNV-CCVC" })),
    });
    await page.getByText("Nguồn: yeu-cau.json").waitFor();
    await expect(page.locator('[data-field="number"]').inputValue()).resolves.toBe("4875/BNV-CCVC");
    expect(refused).toEqual([]);
    await context.close();
  });

  it("offers the organization's requests to pick from", async () => {
    const { context, page, refused } = await open("");
    await page.getByRole("combobox", { name: "Yêu cầu của cơ quan" }).selectOption({ label: "Mẫu: Công văn 4874/BNV-CCVC của Bộ Nội vụ (Phụ lục 3)" });
    await page.locator('[data-field="number"]').waitFor();
    await expect(page.locator('[data-field="issuer"]').inputValue()).resolves.toBe("Bộ Nội vụ");
    // Kept with the (simulated) document, as Word keeps it in the document's settings; the save
    // is asynchronous (Word's saveAsync), so wait for it rather than read it at once.
    await page.waitForFunction(() => JSON.stringify(window.__vanbanPreview?.simulator.settings.saved() ?? {}).includes("4874/BNV-CCVC"), null, {
      timeout: 10_000,
    });
    expect(refused).toEqual([]);
    await context.close();
  });

  it("says what to do when a file cannot be read", async () => {
    const { context, page } = await open("");
    await page.getByTestId("request-file").setInputFiles({ name: "cu.doc", mimeType: "application/msword", buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) });
    const alert = page.getByRole("alert").filter({ hasText: ".docx" });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/Word/);
    // The reader's error came back from the worker thread with its words.
    expect(page.workers().some((worker) => FILE_WORKER.test(worker.url()))).toBe(true);
    await context.close();
  });
});

describe("preview pages", () => {
  it("starts with an empty document and a hint, without Office.js", async () => {
    const { context, page, refused, errors } = await open("");
    await page.getByText("Văn bản trống.", { exact: false }).waitFor();
    await expect(page.getByTestId("document").locator(":scope > *").count()).resolves.toBe(1);
    const scripts = await page.locator("script[src]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("src")));
    expect(scripts.some((src) => /office/i.test(src ?? ""))).toBe(false);
    expect(errors).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  it("refuses a document from another address and says so", async () => {
    const { context, page, refused } = await open("?doc=https://example.com/x.txt");
    await page.getByRole("alert").filter({ hasText: "chỉ mở tệp trên cùng máy chủ" }).waitFor();
    expect(refused).toEqual([]);
    await context.close();
  });

  it("speaks English with ?lang=en", async () => {
    const { context, page, errors } = await open("?lang=en", 1100, "Vietnamese Admin Documents");
    await page.getByRole("tab", { name: "Settings" }).waitFor();
    await page.getByText("The document is empty.", { exact: false }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("screenshots and accessibility of the four areas", () => {
  const areas = ["request", "compose", "check", "settings"] as const;

  it("has no serious or critical axe violations and saves a screenshot of each area", async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 1500 } });
    const { page, refused } = await openPage(context, new URL(server.url).origin);
    await page.goto(`${server.url}preview.html${SEEDED}`);
    await page.locator('[data-field="number"]').waitFor();
    await useStateExample(page);
    await runCheck(page);
    const pane = page.locator("#taskpane-root");
    for (const area of areas) {
      await page.getByTestId(`tab-${area}`).click();
      await page.locator(`[data-panel="${area}"]`).waitFor();
      // Tabster's focus-redirecting dummies (Fluent's TabList) are aria-hidden and focusable by
      // design: they hand focus on at once (microsoft/tabster#288, fluentui#27517 "By Design").
      const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
      const bad = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
      expect(bad.map((violation) => `${area}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
      const file = screenshotPath(`preview-${area}-350.png`);
      await pane.screenshot({ path: file });
    }
    await page.getByTestId("tab-check").click();
    await page.screenshot({ path: screenshotPath("preview-check-full.png") });
    for (const name of ["preview-check-full.png", "preview-request-350.png"]) toDocs(name);
    expect(refused).toEqual([]);
    await context.close();
  });

  it("works at 320 px: the task pane alone, in Word's narrowest pane", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const { page, refused } = await openPage(context, new URL(server.url).origin);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId("tab-check").waitFor();
    for (const area of areas) {
      await page.getByTestId(`tab-${area}`).click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
    expect(refused).toEqual([]);
    await context.close();
  });
});
