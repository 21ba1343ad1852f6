import { JSDOM } from "jsdom";
import type { RequestProfile } from "../../src/engine/types";
import { reviewHtml } from "../../src/report/html";
import { buildReviewTable } from "../../src/report/table";

const REQUEST: RequestProfile = {
  number: "4875/BNV-CCVC",
  type: "Công văn",
  date: "2023-08-25",
  issuer: "Bộ Nội vụ",
  subject: "báo cáo số lượng công chức",
  deadline: "2023-09-07",
  period: null,
  outline: [],
};

function requestBlock(request: RequestProfile): string {
  const html = reviewHtml(buildReviewTable(request, []), { generatedAt: "1/9/2023 08:00" });
  return new JSDOM(html).window.document.querySelector(".request")!.textContent ?? "";
}

describe("the review's request header", () => {
  it("shows how a counted deadline was counted", () => {
    const basis = "5 ngày làm việc từ ngày nhận 29/8/2023, nghỉ lễ 1–4/9 → 07/9/2023";
    expect(requestBlock({ ...REQUEST, deadlineBasis: basis })).toContain(`Cách tính hạn${basis}`);
  });

  it("shows no such line for a deadline written as a date", () => {
    const block = requestBlock(REQUEST);
    expect(block).toContain("Hạn gửi báo cáo7/9/2023");
    expect(block).not.toContain("Cách tính hạn");
  });
});
