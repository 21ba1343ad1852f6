/** @jest-environment jsdom */
import { readFileSync } from "fs";
import { join } from "path";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { modelFromParagraphs } from "../../src/engine/model";
import { readText } from "../../src/engine/read/text";
import { serializeRequestProfile } from "../../src/engine/understand/request-profile";
import { EXAMPLE_REQUEST, EXAMPLE_STATE_PROFILE } from "../../src/parts/examples";
import { reportFileName } from "../../src/taskpane/components/check/check-text";
import { loadOrgConfig, ORG_CONFIG_PATH, type FetchLike } from "../../src/taskpane/org";
import { REQUEST_SETTING } from "../../src/word/adapter";
import { createSimulatedWord } from "../../src/word/simulator";
import { checkButtonReady, field, renderPane } from "../support/pane";

const root = join(__dirname, "..", "..");
const exampleConfig = readFileSync(join(root, "examples", "org", "config.json"), "utf8");
const seed = (name: string): string => readFileSync(join(root, "test", "fixtures", "seeds", name), "utf8");

/** A server answering org/config.json with `status` and `body`, recording what was asked. */
function server(status: number, body = ""): { fetch: FetchLike; asked: { input: string; init?: RequestInit }[] } {
  const asked: { input: string; init?: RequestInit }[] = [];
  return {
    asked,
    fetch: async (input, init) => {
      asked.push({ input, init });
      return { ok: status >= 200 && status < 300, status, text: async () => body };
    },
  };
}

const PARTLY_BAD = JSON.stringify({
  profile: { agency: "Sở Tư pháp", agencyCode: 7, colour: "xanh" },
  recipientLists: [{ name: "Gửi Bộ", recipients: ["Bộ Tư pháp"] }, { name: "Không có dòng nào" }],
  requests: [
    { id: "a", label: "Yêu cầu tốt", ...JSON.parse(serializeRequestProfile(EXAMPLE_REQUEST)) },
    { id: "b", label: "Hạn sai", number: "1/X", deadline: "08/9/2023", outline: [] },
  ],
});

describe("loadOrgConfig", () => {
  it("reads the example configuration from the page's own org/config.json without the cache", async () => {
    const { fetch, asked } = server(200, exampleConfig);
    const state = await loadOrgConfig(fetch);
    expect(asked).toHaveLength(1);
    expect(asked[0].input).toBe(ORG_CONFIG_PATH);
    expect(asked[0].init?.cache).toBe("no-cache");
    if (state.status !== "loaded") throw new Error(state.status);
    expect(state.problems).toEqual([]);
    expect(state.config.requests.map((r) => [r.id, r.request.number, r.request.deadline])).toEqual([
      ["4874-BNV-CCVC", "4874/BNV-CCVC", "2023-09-08"],
    ]);
    expect(state.config.recipientLists.map((list) => list.name)).toEqual(["Báo cáo gửi Bộ Nội vụ", "Văn bản nội bộ"]);
    // The user's own fields win over the organization's.
    expect(state.merge(null).agency).toBe("Sở Ngoại vụ");
    expect(state.merge(EXAMPLE_STATE_PROFILE).agencyCode).toBe(EXAMPLE_STATE_PROFILE.agencyCode);
  });

  it("treats a missing file (404) and no answer as no configuration", async () => {
    await expect(loadOrgConfig(server(404, "not found").fetch)).resolves.toEqual({ status: "none" });
    await expect(loadOrgConfig(async () => Promise.reject(new TypeError("Failed to fetch")))).resolves.toEqual({ status: "none" });
  });

  it("reports a broken file and another HTTP error in Vietnamese, with an empty configuration", async () => {
    const broken = await loadOrgConfig(server(200, '{ "requests": [ ').fetch);
    if (broken.status !== "loaded") throw new Error(broken.status);
    expect(broken.config.requests).toEqual([]);
    expect(broken.problems[0].message).toMatch(/không đúng định dạng JSON/);
    const failing = await loadOrgConfig(server(500, "").fetch);
    if (failing.status !== "loaded") throw new Error(failing.status);
    expect(failing.problems[0].message).toMatch(/lỗi 500/);
  });

  it("keeps the good entries of a partly bad file and names each bad one", async () => {
    const state = await loadOrgConfig(server(200, PARTLY_BAD).fetch);
    if (state.status !== "loaded") throw new Error(state.status);
    expect(state.config.requests.map((r) => r.id)).toEqual(["a"]);
    expect(state.config.recipientLists.map((list) => list.name)).toEqual(["Gửi Bộ"]);
    expect(state.config.profile).toEqual({ agency: "Sở Tư pháp" });
    const messages = state.problems.map((p) => p.message).join("\n");
    expect(messages).toContain("profile.colour");
    expect(messages).toContain("recipientLists[1]");
    expect(messages).toContain("requests[1]");
  });
});

function setup(options: { config?: { status: number; body?: string }; draft?: string; stored?: string } = {}) {
  const simulator = createSimulatedWord(options.draft ? readText(options.draft, "draft.txt") : modelFromParagraphs([""]));
  if (options.stored) simulator.settings.set(REQUEST_SETTING, options.stored);
  const saveFile = jest.fn<void, [string, string, string?]>();
  const config = options.config;
  renderPane(simulator, {
    preview: false,
    orgConfig: config ? () => loadOrgConfig(server(config.status, config.body).fetch) : undefined,
    saveFile,
  });
  return { simulator, saveFile };
}

describe("task pane with the organization's configuration", () => {
  it("offers the organization's request, fills the settings with its defaults and marks them", async () => {
    const { simulator } = setup({ config: { status: 200, body: exampleConfig } });
    const list = await screen.findByTestId("org-requests");
    expect(screen.queryByTestId("org-config-problems")).toBeNull();
    fireEvent.change(list, { target: { value: "org:4874-BNV-CCVC" } });
    await waitFor(() => expect(field("number").value).toBe("4874/BNV-CCVC"));
    expect(field("deadline").value).toBe("08/09/2023");
    await waitFor(() => expect(String(simulator.settings.saved()[REQUEST_SETTING])).toContain("4874/BNV-CCVC"));

    fireEvent.click(screen.getByTestId("tab-settings"));
    expect(field("agency").value).toBe("Sở Ngoại vụ");
    expect(field("place").value).toBe("Kiên Giang");
    expect(field("agency").closest("[data-from-org]")).not.toBeNull();
    expect(field("unitCode").closest("[data-from-org]")).toBeNull();
    // Changing a field makes it the user's own.
    fireEvent.change(field("agency"), { target: { value: "Sở Tư pháp" } });
    expect(field("agency").closest("[data-from-org]")).toBeNull();
    fireEvent.change(screen.getByTestId("settings-recipient-lists"), { target: { value: "Văn bản nội bộ" } });
    expect(field("recipients").value).toBe("Các phòng, đơn vị thuộc Sở");

    fireEvent.click(screen.getByTestId("tab-compose"));
    expect(screen.getByTestId("compose-from-org").textContent).toContain("Cơ quan ban hành");
  });

  it("inserts a closing with the organization's profile and its chosen recipient list", async () => {
    const config = JSON.stringify({
      profile: EXAMPLE_STATE_PROFILE,
      recipientLists: [{ name: "Văn bản nội bộ", recipients: ["Các phòng, đơn vị thuộc Sở"] }],
    });
    const { simulator } = setup({ config: { status: 200, body: config } });
    fireEvent.click(screen.getByTestId("tab-compose"));
    const list = await screen.findByTestId("compose-recipient-list");
    expect(screen.getByTestId("compose-from-org").textContent).toContain("Họ tên người ký");
    fireEvent.change(list, { target: { value: "Văn bản nội bộ" } });
    await act(async () => {
      fireEvent.click(screen.getByTestId("insert-closing"));
    });
    await screen.findByText("Đã chèn nơi nhận và chữ ký ở cuối văn bản.");
    const text = simulator.document
      .paragraphs()
      .map((paragraph) => paragraph.text)
      .join("\n");
    expect(text).toContain("Các phòng, đơn vị thuộc Sở");
    expect(text).toContain("Nguyễn Văn An");
    expect(text).not.toContain("Giám đốc Sở");
  });

  it("shows a Vietnamese warning for a broken file and keeps working with local settings", async () => {
    setup({ config: { status: 200, body: "{ broken" } });
    const warning = await screen.findByTestId("org-config-problems");
    expect(warning.textContent).toMatch(/org\/config\.json.*không đúng định dạng JSON/s);
    expect(screen.getByText("Cơ quan chưa chia sẻ yêu cầu nào.")).toBeTruthy();
    fireEvent.change(screen.getByPlaceholderText(/Dán toàn bộ công văn/), { target: { value: seed("002_2b77b3d6864b3803.txt") } });
    fireEvent.click(screen.getByRole("button", { name: "Đọc văn bản yêu cầu" }));
    await waitFor(() => expect(field("number").value).toBe("4874/BNV-CCVC"));
  });

  it("lists each bad entry of a partly bad file and still offers the good request", async () => {
    setup({ config: { status: 200, body: PARTLY_BAD } });
    const warning = await screen.findByTestId("org-config-problems");
    expect(warning.textContent).toContain("requests[1]");
    expect(warning.textContent).toContain("profile.colour");
    const options = Array.from((await screen.findByTestId("org-requests")).querySelectorAll("option")).map((o) => o.textContent);
    expect(options).toEqual(["Chọn một yêu cầu…", "Yêu cầu tốt"]);
  });

  it("says nothing when there is no configuration", async () => {
    setup({ config: { status: 404, body: "not found" } });
    await screen.findByText("Cơ quan chưa chia sẻ yêu cầu nào.");
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.queryByTestId("org-config-problems")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("reviewer's view", () => {
  /** The example request with a section whose title holds markup, which the report must escape. */
  const request = {
    ...EXAMPLE_REQUEST,
    subject: "báo cáo <script>alert(1)</script> & số liệu",
    outline: [...EXAMPLE_REQUEST.outline, { number: "V", title: "Kiến nghị <b>khác</b> & đề xuất", children: [] }],
  };

  it("says the draft is tied to its stored request and saves the check as escaped HTML", async () => {
    const { saveFile } = setup({ draft: seed("000_b28154c4db1fc991.txt"), stored: serializeRequestProfile(request) });
    const bound = await screen.findByTestId("bound-request");
    expect(bound.textContent).toContain("Văn bản này đã gắn với Công văn số 4874/BNV-CCVC — kiểm tra theo yêu cầu này.");

    fireEvent.click(screen.getByTestId("tab-check"));
    await checkButtonReady();
    await act(async () => {
      fireEvent.click(screen.getByTestId("run-check"));
    });
    await screen.findByTestId("check-summary");
    expect(screen.getByTestId("check-against").textContent).toBe("Đối chiếu với Công văn số 4874/BNV-CCVC.");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Lưu báo cáo kiểm tra" }));
    });
    await screen.findByText(/Đã lưu báo cáo kiểm tra “kiem-tra-4874-BNV-CCVC\.html”/);
    expect(saveFile).toHaveBeenCalledTimes(1);
    const [name, html, type] = saveFile.mock.calls[0];
    expect(name).toBe("kiem-tra-4874-BNV-CCVC.html");
    expect(type).toBe("text/html");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("Văn bản đang soạn");
    expect(html).toContain("Thiếu mục II. Nguyên nhân theo đề cương của văn bản yêu cầu.");
    expect(html).toContain('title="II. Nguyên nhân"');
    expect(html).toContain("Kiến nghị &lt;b&gt;khác&lt;/b&gt; &amp; đề xuất");
    expect(html).toContain("báo cáo &lt;script&gt;alert(1)&lt;/script&gt; &amp; số liệu");
    expect(html).not.toContain("<b>khác</b>");
    expect(html).not.toContain("<script>alert(1)");
  });
});

describe("check report without a request, and report names", () => {
  it("offers printing only when the check had no request to table against", async () => {
    setup({ draft: seed("000_b28154c4db1fc991.txt") });
    fireEvent.click(screen.getByTestId("tab-check"));
    await checkButtonReady();
    await act(async () => {
      fireEvent.click(screen.getByTestId("run-check"));
    });
    await screen.findByTestId("check-summary");
    expect(screen.getByRole("button", { name: "In" })).toBeTruthy();
    expect(screen.queryByTestId("save-report")).toBeNull();
    expect(screen.queryByTestId("check-against")).toBeNull();
  });

  it("names the report after the request's number, in plain letters", () => {
    expect(reportFileName(EXAMPLE_REQUEST)).toBe("kiem-tra-4874-BNV-CCVC.html");
    expect(reportFileName({ ...EXAMPLE_REQUEST, number: "1702-CV/BNCTU" })).toBe("kiem-tra-1702-CV-BNCTU.html");
    expect(reportFileName({ ...EXAMPLE_REQUEST, number: "12/KH-ĐU" })).toBe("kiem-tra-12-KH-DU.html");
    expect(reportFileName({ ...EXAMPLE_REQUEST, number: null })).toBe("kiem-tra.html");
  });
});
