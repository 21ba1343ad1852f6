/** @jest-environment jsdom */
import { readFileSync } from "fs";
import { join } from "path";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { modelFromParagraphs } from "../../src/engine/model";
import { readText } from "../../src/engine/read/text";
import { EXAMPLE_REQUEST } from "../../src/parts/examples";
import { type OrgProfile } from "../../src/parts/profile";
import { REQUEST_SETTING } from "../../src/word/adapter";
import { createSimulatedWord, type SimulatedWord } from "../../src/word/simulator";
import { serializeRequestProfile } from "../../src/engine/understand/request-profile";
import { checkButtonReady, field, renderPane } from "../support/pane";

const seeds = join(__dirname, "..", "fixtures", "seeds");
const seed = (name: string): string => readFileSync(join(seeds, name), "utf8");

function setup(draft = "", options: { stored?: string; language?: "vi" | "en" } = {}) {
  const simulator: SimulatedWord = createSimulatedWord(draft ? readText(draft, "draft.txt") : modelFromParagraphs([""]));
  if (options.stored) simulator.settings.set(REQUEST_SETTING, options.stored);
  const { host, storage } = renderPane(simulator, { language: options.language ?? "vi" });
  return { simulator, storage, host };
}

describe("request area", () => {
  it("reads a pasted request, shows what it understood and keeps it with the document", async () => {
    const { simulator } = setup();
    fireEvent.change(screen.getByPlaceholderText(/Dán toàn bộ công văn/), { target: { value: seed("002_2b77b3d6864b3803.txt") } });
    fireEvent.click(screen.getByRole("button", { name: "Đọc văn bản yêu cầu" }));
    await waitFor(() => expect(field("number").value).toBe("4874/BNV-CCVC"));
    expect(field("issuer").value).toBe("Bộ Nội vụ");
    expect(field("deadline").value).toBe("08/09/2023");
    expect(field("periodTo").value).toBe("30/06/2023");
    expect(field("outline").value.split("\n").filter((line) => !line.startsWith(" "))).toHaveLength(4);
    await waitFor(() => expect(String(simulator.settings.saved()[REQUEST_SETTING])).toContain("4874/BNV-CCVC"));
  });

  it("says what to do when the pasted box is empty or holds no request", async () => {
    setup();
    fireEvent.click(screen.getByRole("button", { name: "Đọc văn bản yêu cầu" }));
    expect(await screen.findByText(/Ô văn bản yêu cầu đang trống/)).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText(/Dán toàn bộ công văn/), { target: { value: "Chúc mừng năm mới." } });
    fireEvent.click(screen.getByRole("button", { name: "Đọc văn bản yêu cầu" }));
    // The same judgement as `vanban request`: a text that asks nothing is no request.
    expect(await screen.findByText(/Không thấy câu nào đề nghị gửi báo cáo/)).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText(/Dán toàn bộ công văn/), {
      target: { value: "UBND TỈNH A\nSỞ B\nSố: 12/BC-SB\nBÁO CÁO\nKết quả công tác năm 2023\nNăm 2023, Sở đã hoàn thành các nhiệm vụ." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Đọc văn bản yêu cầu" }));
    expect(await screen.findByText(/Đây là báo cáo, không phải văn bản yêu cầu trả lời/)).toBeTruthy();
  });

  it("restores the request kept with the document, and saves corrections with field messages for bad dates", async () => {
    const { simulator } = setup("", { stored: serializeRequestProfile(EXAMPLE_REQUEST) });
    await waitFor(() => expect(field("number").value).toBe("4874/BNV-CCVC"));
    fireEvent.change(field("deadline"), { target: { value: "31/9/2023" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(await screen.findByText(/Hạn gửi báo cáo “31\/9\/2023” không phải ngày có thật/)).toBeTruthy();
    fireEvent.change(field("deadline"), { target: { value: "12/9/2023" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    await waitFor(() => expect(String(simulator.settings.saved()[REQUEST_SETTING])).toContain("2023-09-12"));
  });
});

describe("settings area", () => {
  it("validates the profile with messages under the fields and saves a valid one", async () => {
    const { storage } = setup();
    fireEvent.click(screen.getByTestId("tab-settings"));
    fireEvent.click(screen.getByRole("button", { name: "Lưu hồ sơ" }));
    expect(await screen.findByText(/Hồ sơ chưa hợp lệ/)).toBeTruthy();
    expect(screen.getByText(/Tên cơ quan ban hành đang để trống/)).toBeTruthy();
    expect(storage.data.size).toBe(0);

    fireEvent.click(screen.getByTestId("example-party"));
    fireEvent.click(screen.getByRole("button", { name: "Lưu hồ sơ" }));
    expect(await screen.findByText("Đã lưu hồ sơ cơ quan trên máy này.")).toBeTruthy();
    const saved = JSON.parse(storage.data.get("vanban.profile") ?? "{}") as OrgProfile;
    expect(saved.system).toBe("party");
    expect(saved.signer.authority).toBe("K/T");
  });
});

describe("settings drop-downs", () => {
  it("name each system in words that fit a narrow pane, with the full name of its rules on hover", async () => {
    setup();
    await act(async () => undefined);
    fireEvent.click(screen.getByTestId("tab-settings"));
    const system = field("system") as unknown as HTMLSelectElement;
    const options = [...system.options].map((option) => [option.value, option.textContent, option.title]);
    expect(options).toEqual([
      ["state", "Nhà nước (NĐ 30/2020)", "Văn bản Nhà nước (Nghị định 30/2020/NĐ-CP)"],
      ["party", "Đảng (HD 36-HD/VPTW)", "Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)"],
    ]);
    expect(system.title).toBe("Văn bản Nhà nước (Nghị định 30/2020/NĐ-CP)");
    for (const [, label] of options) expect((label ?? "").length).toBeLessThanOrEqual(24);
  });
});

describe("compose and check areas", () => {
  it("asks for a profile before inserting a header", async () => {
    setup();
    fireEvent.click(screen.getByTestId("tab-compose"));
    fireEvent.click(screen.getByTestId("insert-header"));
    expect(await screen.findByText(/Chưa có hồ sơ cơ quan nên chưa tạo được phần đầu/)).toBeTruthy();
  });

  it("waits for the request being read back before a check can run, instead of checking without it", async () => {
    const simulator = createSimulatedWord(readText(seed("000_b28154c4db1fc991.txt"), "draft.txt"));
    let hand: (request: typeof EXAMPLE_REQUEST) => void = () => undefined;
    const given = new Promise<typeof EXAMPLE_REQUEST>((resolve) => (hand = resolve));
    renderPane(simulator, { initialRequest: () => given });
    fireEvent.click(screen.getByTestId("tab-check"));
    const run = (await screen.findByTestId("run-check")) as HTMLButtonElement;
    // Not "no request": the request is on its way, and the button waits for it.
    expect(run.disabled).toBe(true);
    expect(screen.getByTestId("check-restoring-request").textContent).toContain("Đang đọc văn bản yêu cầu");
    expect(screen.queryByText(/Chưa có văn bản yêu cầu: chỉ kiểm tra/)).toBeNull();
    await act(async () => hand(EXAMPLE_REQUEST));
    await waitFor(() => expect(run.disabled).toBe(false));
    expect(screen.queryByTestId("check-restoring-request")).toBeNull();
    await act(async () => {
      fireEvent.click(run);
    });
    await screen.findByTestId("check-summary");
    // Checked against the request: its outline's sections are listed.
    expect(screen.getAllByTestId("section").some((section) => section.getAttribute("data-number") === "II")).toBe(true);
  });

  it("lets a check run without a request once none was found to read back", async () => {
    setup(seed("000_b28154c4db1fc991.txt"));
    fireEvent.click(screen.getByTestId("tab-check"));
    const run = (await screen.findByTestId("run-check")) as HTMLButtonElement;
    await waitFor(() => expect(run.disabled).toBe(false));
    expect(screen.getByText(/Chưa có văn bản yêu cầu: chỉ kiểm tra/)).toBeTruthy();
  });

  it("checks seed 000 against the stored request in one sync and lists Nguyên nhân as missing", async () => {
    const { simulator } = setup(seed("000_b28154c4db1fc991.txt"), { stored: serializeRequestProfile(EXAMPLE_REQUEST) });
    await waitFor(() => expect(field("number").value).toBe("4874/BNV-CCVC"));
    fireEvent.click(screen.getByTestId("tab-check"));
    const before = simulator.syncCount();
    await checkButtonReady();
    await act(async () => {
      fireEvent.click(screen.getByTestId("run-check"));
    });
    await screen.findByTestId("check-summary");
    expect(simulator.syncCount()).toBe(before + 1);
    const sections = screen.getAllByTestId("section");
    const second = sections.find((section) => section.getAttribute("data-number") === "II");
    expect(second?.getAttribute("data-status")).toBe("missing");
    expect(second?.textContent).toContain("Nguyên nhân");
    const missing = screen.getAllByTestId("finding").filter((item) => item.getAttribute("data-rule") === "section-missing");
    expect(missing.length).toBeGreaterThan(0);
    expect(within(screen.getByTestId("check-summary")).getByText(/Lỗi: \d+ · Cảnh báo: \d+/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Kiểm tra lại" })).toBeTruthy();
  });

  it("selects a finding's text, and says the document changed when that text is gone", async () => {
    const { simulator } = setup(seed("004_bddaad2f89ffc7c1.txt"));
    fireEvent.click(screen.getByTestId("tab-check"));
    await checkButtonReady();
    await act(async () => {
      fireEvent.click(screen.getByTestId("run-check"));
    });
    await screen.findByTestId("check-summary");
    // Seed 004 writes 280/CD-TTg in two paragraphs one after the other: take the later one.
    const slip = screen
      .getAllByTestId("finding")
      .filter((item) => item.getAttribute("data-rule") === "reference-type-symbol")
      .pop();
    expect(slip).toBeDefined();
    await act(async () => {
      fireEvent.click(slip as HTMLElement);
    });
    const selection = simulator.document.selection();
    expect(selection).not.toBeNull();
    const paragraph = simulator.document.paragraphs()[selection!.paragraph].text;
    expect(paragraph.slice(selection!.start, selection!.end)).toBe("280/CD-TTg");
    expect(screen.queryByText("Văn bản đã thay đổi, hãy kiểm tra lại.")).toBeNull();

    // The clerk deletes that paragraph: the old place now holds other text.
    simulator.document.removeParagraph(selection!.paragraph);
    await act(async () => {
      fireEvent.click(slip as HTMLElement);
    });
    expect(await screen.findByText("Văn bản đã thay đổi, hãy kiểm tra lại.")).toBeTruthy();
  });
});
