/**
 * Example profiles and a request for the demo and the documentation: a provincial
 * department (state, NĐ 30) and a provincial Party office (HD 36). Names of people are
 * invented; agencies and the request follow the public 2023 documents in the seeds.
 */
import type { RequestProfile } from "../engine/types";
import type { OrgProfile } from "./profile";

export const EXAMPLE_STATE_PROFILE: OrgProfile = {
  system: "state",
  parentAgency: "UBND tỉnh Kiên Giang",
  agency: "Sở Ngoại vụ",
  agencyCode: "SNgV",
  unitCode: "VP",
  place: "Kiên Giang",
  signer: {
    authority: "KT.",
    authorityOf: "GIÁM ĐỐC",
    title: "PHÓ GIÁM ĐỐC",
    name: "Nguyễn Văn An",
  },
  recipients: ["UBND tỉnh (để b/c)", "Giám đốc Sở", "Các phòng thuộc Sở"],
};

export const EXAMPLE_PARTY_PROFILE: OrgProfile = {
  system: "party",
  parentAgency: "Tỉnh ủy Kiên Giang",
  agency: "Văn phòng",
  agencyInText: "Văn phòng Tỉnh ủy",
  agencyCode: "VPTU",
  unitCode: "HCQT",
  place: "Kiên Giang",
  signer: {
    authority: "K/T",
    authorityOf: "CHÁNH VĂN PHÒNG",
    title: "PHÓ CHÁNH VĂN PHÒNG",
    name: "Trần Thị Bình",
  },
  recipients: ["Thường trực Tỉnh ủy (để b/c)", "Ban Nội chính Tỉnh ủy", "Phòng Hành chính - Quản trị"],
};

/** Công văn 4874/BNV-CCVC of Bộ Nội vụ (29/8/2023) with the outline of its Phụ lục 3, shortened titles. */
export const EXAMPLE_REQUEST: RequestProfile = {
  number: "4874/BNV-CCVC",
  type: "Công văn",
  date: "2023-08-29",
  issuer: "Bộ Nội vụ",
  subject: "báo cáo thực trạng, nhiệm vụ, giải pháp chấn chỉnh, khắc phục tình trạng đùn đẩy, né tránh trách nhiệm",
  deadline: "2023-09-08",
  period: { from: null, to: "2023-06-30" },
  outline: [
    {
      number: "I",
      title: "Tình hình",
      children: [
        { number: "1", title: "Đánh giá thực trạng né tránh, đùn đẩy, làm việc cầm chừng, sợ trách nhiệm không dám làm", children: [] },
        { number: "2", title: "Đánh giá tính chất, mức độ, hậu quả, tác động tiêu cực", children: [] },
        { number: "3", title: "Chủ trương, biện pháp đã áp dụng để khắc phục, chấn chỉnh; kết quả đã xử lý", children: [] },
      ],
    },
    {
      number: "II",
      title: "Nguyên nhân",
      children: [
        { number: "1", title: "Nguyên nhân khách quan", children: [] },
        { number: "2", title: "Nguyên nhân chủ quan", children: [] },
      ],
    },
    {
      number: "III",
      title: "Nhiệm vụ, giải pháp",
      children: [
        { number: "1", title: "Nhiệm vụ, giải pháp về hoàn thiện thể chế, pháp luật, cơ chế, chính sách", children: [] },
        { number: "2", title: "Nhiệm vụ, giải pháp liên quan đến công tác kiểm tra, giám sát, thanh tra", children: [] },
        { number: "3", title: "Nhiệm vụ, giải pháp liên quan đến tổ chức, bộ máy, cán bộ", children: [] },
        { number: "4", title: "Nhiệm vụ, giải pháp về chế tài xử lý", children: [] },
        { number: "5", title: "Nhiệm vụ, giải pháp khác", children: [] },
      ],
    },
    { number: "IV", title: "Đề xuất, kiến nghị", children: [] },
  ],
};
