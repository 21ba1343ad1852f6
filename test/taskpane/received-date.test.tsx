/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { modelFromParagraphs } from "../../src/engine/model";
import { createSimulatedWord } from "../../src/word/simulator";
import type { OrgConfigState } from "../../src/taskpane/org";
import { loadOrgConfig } from "../../src/taskpane/org";
import { field, renderPane } from "../support/pane";

const LETTER = [
  "BỘ NỘI VỤ",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Số: 4875/BNV-CCVC",
  "Hà Nội, ngày 25 tháng 8 năm 2023",
  "V/v báo cáo số lượng công chức",
  "Kính gửi: Các bộ, cơ quan ngang bộ",
  "Đề nghị các cơ quan gửi báo cáo về Bộ Nội vụ trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản này.",
].join("\n");

function setup(orgConfig?: () => Promise<OrgConfigState>): void {
  renderPane(createSimulatedWord(modelFromParagraphs([""])), { language: "vi", ...(orgConfig ? { orgConfig } : {}) });
  fireEvent.change(screen.getByPlaceholderText(/Dán toàn bộ công văn yêu cầu/), { target: { value: LETTER } });
}

function read(): void {
  fireEvent.click(screen.getByTestId("read-request"));
}

describe("the received date in the request area", () => {
  it("counts a deadline given in working days from the date the clerk received the letter", async () => {
    setup();
    fireEvent.change(field("received"), { target: { value: "29/8/2023" } });
    read();
    await waitFor(() => expect(field("deadline").value).toBe("07/09/2023"));
    expect(screen.getByText("5 ngày làm việc từ ngày nhận 29/8/2023, nghỉ lễ 1–4/9 → 07/9/2023")).toBeTruthy();
  });

  it("counts again when the received date is entered after the letter was read", async () => {
    setup();
    read();
    // From the letter's date 25/8 (a Friday) while no received date is given.
    await waitFor(() => expect(field("deadline").value).toBe("05/09/2023"));
    expect(screen.getByText(/chưa có ngày nhận nên tạm tính từ ngày ban hành/)).toBeTruthy();
    fireEvent.change(field("received"), { target: { value: "30/8/2023" } });
    fireEvent.blur(field("received"));
    await waitFor(() => expect(field("deadline").value).toBe("08/09/2023"));
  });

  it("refuses a received date that does not exist and reads nothing", async () => {
    setup();
    fireEvent.change(field("received"), { target: { value: "31/9/2023" } });
    read();
    expect(await screen.findByText(/“31\/9\/2023” không phải ngày có thật/)).toBeTruthy();
    expect(document.querySelector(`[data-field="deadline"]`)).toBeNull();
  });

  it("takes the organization's own days off from its configuration", async () => {
    const body = JSON.stringify({ holidays: { daysOff: ["2023-09-05"] } });
    let loaded: Promise<OrgConfigState> | undefined;
    setup(() => (loaded = loadOrgConfig(async () => ({ ok: true, status: 200, text: async () => body }))));
    fireEvent.change(field("received"), { target: { value: "29/8/2023" } });
    // The configuration arrives after the pane is shown: read once it is in.
    await waitFor(() => expect(loaded).toBeDefined());
    await act(async () => {
      await loaded;
    });
    read();
    await waitFor(() => expect(field("deadline").value).toBe("08/09/2023"));
  });
});
