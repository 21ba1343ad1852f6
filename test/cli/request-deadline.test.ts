import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { expectRefusal, vanban } from "../support/cli";

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

let tmp: string;
let letter: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "vanban-deadline-"));
  letter = join(tmp, "request.txt");
  writeFileSync(letter, LETTER);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("vanban request with a deadline given in working days", () => {
  it("counts from the received date and shows how", async () => {
    const { code, stdout } = await vanban("request", letter, "--received", "29/8/2023");
    expect(code).toBe(0);
    expect(stdout).toContain("Hạn gửi:        7/9/2023");
    expect(stdout).toContain("Cách tính hạn:  5 ngày làm việc từ ngày nhận 29/8/2023, nghỉ lễ 1–4/9 → 07/9/2023");
  });

  it("keeps the explanation in the JSON profile", async () => {
    const { stdout } = await vanban("request", letter, "--format", "json", "--received", "2023-08-29");
    expect(JSON.parse(stdout)).toMatchObject({ deadline: "2023-09-07", deadlineBasis: expect.stringContaining("nghỉ lễ 1–4/9") });
  });

  it("takes the office's own days off from org/config.json", async () => {
    const org = join(tmp, "config.json");
    writeFileSync(org, JSON.stringify({ holidays: { daysOff: ["2023-09-05"] } }));
    const { stdout } = await vanban("request", letter, "--received", "29/8/2023", "--org", org);
    expect(stdout).toContain("Hạn gửi:        8/9/2023");
  });

  it("refuses a received date that does not exist", async () => {
    expectRefusal(await vanban("request", letter, "--received", "31/9/2023"), /--received phải là ngày nhận văn bản có thật/);
  });
});

describe("--received on the commands that read a request", () => {
  let draft: string;
  beforeAll(() => {
    draft = join(tmp, "draft.txt");
    writeFileSync(draft, ["SỞ NỘI VỤ", "Số: 12/BC-SNV", "Hà Nội, ngày 05 tháng 9 năm 2023", "BÁO CÁO", "Số lượng công chức", "Thực hiện Công văn số 4875/BNV-CCVC ngày 25/8/2023 của Bộ Nội vụ, Sở Nội vụ báo cáo như sau."].join("\n"));
  });

  it("vanban check counts the deadline from the received date and shows how", async () => {
    const { stdout } = await vanban("check", draft, "--request", letter, "--received", "29/8/2023");
    expect(stdout).toContain("hạn gửi 7/9/2023 (5 ngày làm việc từ ngày nhận 29/8/2023, nghỉ lễ 1–4/9 → 07/9/2023)");
    const json = await vanban("check", draft, "--request", letter, "--received", "30/8/2023", "--format", "json");
    expect(JSON.parse(json.stdout).request).toMatchObject({ deadline: "2023-09-08" });
  });

  it("vanban check takes the office's days off", async () => {
    const org = join(tmp, "config-check.json");
    writeFileSync(org, JSON.stringify({ holidays: { daysOff: ["2023-09-05"] } }));
    const { stdout } = await vanban("check", draft, "--request", letter, "--received", "29/8/2023", "--org", org);
    expect(stdout).toContain("hạn gửi 8/9/2023");
  });

  it("vanban review heads the table with the counted deadline", async () => {
    const { stdout } = await vanban("review", draft, "--request", letter, "--received", "29/8/2023");
    expect(stdout).toContain("hạn gửi 7/9/2023");
    expect(stdout).toContain("Cách tính hạn: 5 ngày làm việc từ ngày nhận 29/8/2023, nghỉ lễ 1–4/9 → 07/9/2023");
  });

  it("vanban new says the counted deadline", async () => {
    const out = join(tmp, "new.docx");
    const { code, stderr } = await vanban("new", "--profile", "examples/profiles/so-ngoai-vu.json", "--type", "bao-cao", "--request", letter, "--received", "29/8/2023", "-o", out, "--force");
    expect(code).toBe(0);
    expect(stderr).toContain("hạn gửi 7/9/2023 (5 ngày làm việc từ ngày nhận 29/8/2023");
  });

  it("refuses a received date that does not exist on every command", async () => {
    expectRefusal(await vanban("check", draft, "--request", letter, "--received", "32/8/2023"), /--received phải là ngày nhận văn bản có thật/);
    expectRefusal(await vanban("review", draft, "--request", letter, "--received", "hôm qua"), /--received phải là ngày nhận văn bản có thật/);
  });
});
