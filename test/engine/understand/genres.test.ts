import { documentGenre, genreByKey, genreOfSymbol, genreOfTitle, GENRES, type GenreClues } from "../../../src/engine/understand/genres";

const clues = (over: Partial<GenreClues>): GenreClues => ({
  titleGenre: null,
  hasSubject: false,
  number: null,
  agency: null,
  hasNationalTitle: true,
  hasSalutation: false,
  ...over,
});

describe("genres", () => {
  it("has unique keys, each with its source clause", () => {
    expect(new Set(GENRES.map((g) => g.key)).size).toBe(GENRES.length);
    for (const genre of GENRES) expect(genre.source).toMatch(/NĐ 30|HD 36|Quy chế|Mẫu|Sổ|Văn bản của công dân/u);
  });

  it("recognises a genre from its title line", () => {
    expect(genreOfTitle("BIÊN BẢN THẨM ĐỊNH")?.key).toBe("bien-ban");
    expect(genreOfTitle("PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC")?.key).toBe("phieu-trinh");
    expect(genreOfTitle("GIẤY MỜI HỌP")?.key).toBe("giay-moi");
    expect(genreOfTitle("TỔNG HỢP Ý KIẾN NHẬN XÉT")?.key).toBe("dang-ca-nhan");
    expect(genreOfTitle("SỔ THEO DÕI VIỆC SỬ DỤNG LAO ĐỘNG")?.key).toBe("so");
    expect(genreOfTitle("SỞ CÔNG THƯƠNG")).toBeNull();
    expect(genreOfTitle("BAN QUẢN LÝ DỰ ÁN")).toBeNull();
  });

  it("recognises a genre from its number's symbol", () => {
    expect(genreOfSymbol("05/BC-SCT")?.key).toBe("bao-cao");
    expect(genreOfSymbol("12-BC/VPTU")?.key).toBe("bao-cao");
    expect(genreOfSymbol("919/UBND-NC")).toBeNull();
  });

  it("decides the genre of a document", () => {
    expect(documentGenre(clues({ titleGenre: genreByKey("bien-ban") ?? null }))?.key).toBe("bien-ban");
    expect(documentGenre(clues({ hasSubject: true }))?.key).toBe("cong-van");
    expect(documentGenre(clues({ number: "05/QĐ-SCT" }))?.key).toBe("quyet-dinh");
    expect(documentGenre(clues({ number: "919/UBND-NC" }))?.key).toBe("cong-van");
    expect(documentGenre(clues({ hasSalutation: true }))?.key).toBe("cong-van");
    expect(documentGenre(clues({ agency: "CÔNG TY TNHH THƯƠNG MẠI RAINBOW", hasSubject: true }))?.key).toBe("cong-ty");
    expect(documentGenre(clues({ number: "01/PANM-MS", hasNationalTitle: false, titleGenre: genreByKey("phuong-an") ?? null }))?.key).toBe("cong-ty");
    expect(documentGenre(clues({}))).toBeNull();
  });
});
