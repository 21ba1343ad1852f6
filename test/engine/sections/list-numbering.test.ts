import { readFileSync } from "fs";
import { join } from "path";
import { readDocx, readText } from "../../../src/engine/read";
import { extractRequest } from "../../../src/engine/understand/request";
import { compareSections } from "../../../src/engine/understand/match";
import { buildDocx, listNumberedReply, OUTLINE_NUMBERING } from "../../support/docx-builder";

const request = extractRequest(
  readText(readFileSync(join(__dirname, "..", "..", "fixtures", "seeds", "002_2b77b3d6864b3803.txt"), "utf8")),
);

describe("headings numbered by Word's automatic lists", () => {
  it("match the outline although the numbers are not in the paragraph text", () => {
    const body = "Nội dung báo cáo của đơn vị, có số liệu và ví dụ cụ thể cho từng nội dung.";
    const draft = readDocx(
      buildDocx({
        numbering: OUTLINE_NUMBERING,
        paragraphs: listNumberedReply(body),
      }),
    );
    expect(draft.paragraphs[2].listLabel).toBe("II.");
    const statuses = Object.fromEntries(
      compareSections(draft, request.outline).statuses.map((s) => [`${s.level}:${s.number}:${s.title.slice(0, 20).trim()}`, s.status]),
    );
    expect(statuses["1:I:Tình hình"]).toBe("present");
    expect(statuses["1:II:Nguyên nhân dẫn đến"]).toBe("present");
    expect(statuses["2:1:Nguyên nhân khách qu"]).toBe("present");
    expect(statuses["2:2:Nguyên nhân chủ quan"]).toBe("present");
    expect(statuses["1:III:Nhiệm vụ, giải pháp"]).toBe("missing");
    expect(statuses["1:IV:Đề xuất, kiến nghị"]).toBe("present");
  });
});
