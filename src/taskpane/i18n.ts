/**
 * User-facing strings. Vietnamese is the default; English is used when Office's display
 * language is English.
 */
export type Language = "vi" | "en";

const strings = {
  vi: {
    appTitle: "Văn bản hành chính",
    appSubtitle: "Soạn và kiểm tra văn bản trả lời theo văn bản yêu cầu",
    tabRequest: "Yêu cầu",
    tabCompose: "Soạn",
    tabCheck: "Kiểm tra",
    tabSettings: "Cài đặt",
    requestIntro: "Dán nội dung văn bản yêu cầu hoặc mở tệp .docx/.txt để lấy số, ngày, hạn báo cáo và đề cương.",
    composeIntro: "Chèn phần đầu (Quốc hiệu, số, ngày), nơi nhận và chữ ký, và đề cương của văn bản yêu cầu.",
    checkIntro: "Kiểm tra các mục còn thiếu hoặc để trống, trích dẫn và ngày tháng so với văn bản yêu cầu.",
    settingsIntro: "Thông tin cơ quan dùng để tạo phần đầu, nơi nhận và chữ ký.",
    privacy: "Nội dung văn bản chỉ được xử lý trên máy này, không gửi đi đâu.",
    notInWord: "Đang chạy ngoài Word (bản xem trước).",
  },
  en: {
    appTitle: "Vietnamese Admin Documents",
    appSubtitle: "Draft and check a reply against the request it answers",
    tabRequest: "Request",
    tabCompose: "Compose",
    tabCheck: "Check",
    tabSettings: "Settings",
    requestIntro: "Paste the request letter or open its .docx/.txt file to take its number, date, deadline and outline.",
    composeIntro: "Insert the header (national title, number, date), recipients and signature, and the request's outline.",
    checkIntro: "Find missing or empty sections, and citations and dates that do not match the request.",
    settingsIntro: "Your organization's details, used for the header, recipients and signature.",
    privacy: "The document's text is processed on this computer only and never sent anywhere.",
    notInWord: "Running outside Word (preview).",
  },
} as const;

export type Strings = { readonly [K in keyof (typeof strings)["vi"]]: string };

export function stringsFor(language: Language): Strings {
  return strings[language];
}

/** Office reports e.g. "vi-VN", "en-US"; anything English gets English, the rest Vietnamese. */
export function languageFromOffice(displayLanguage: string | undefined): Language {
  return displayLanguage && displayLanguage.toLowerCase().startsWith("en") ? "en" : "vi";
}
