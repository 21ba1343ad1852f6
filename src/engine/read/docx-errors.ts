/**
 * The errors a .docx can cause, each with a message that says what to do about it.
 */
import { InputError } from "../errors";

export type DocxErrorCode = "empty" | "not-docx" | "corrupt-docx" | "encrypted-docx" | "legacy-doc" | "too-large" | "bad-xml";

export function inputError(code: DocxErrorCode, detail?: string): InputError {
  switch (code) {
    case "empty":
      return new InputError(
        "empty",
        "Tệp trống hoặc không có chữ nào. Hãy chọn tệp văn bản có nội dung.",
        "The file is empty or has no text. Choose a document that has content.",
      );
    case "not-docx":
      return new InputError(
        "not-docx",
        "Tệp này không phải tệp Word .docx. Hãy mở tệp trong Word và lưu lại dưới dạng .docx (Word Document).",
        "This file is not a Word .docx file. Open it in Word and save it as .docx (Word Document).",
      );
    case "encrypted-docx":
      return new InputError(
        "encrypted-docx",
        "Tệp được đặt mật khẩu hoặc là tệp .doc cũ nên không đọc được. Hãy mở tệp trong Word, bỏ mật khẩu " +
          "(Tệp > Thông tin > Bảo vệ tài liệu) hoặc lưu lại dưới dạng .docx rồi thử lại.",
        "The file is password-protected or an old .doc file and cannot be read. Open it in Word, remove the " +
          "password (File > Info > Protect Document) or save it as .docx, then try again.",
      );
    case "legacy-doc":
      return new InputError(
        "legacy-doc",
        "Đây là tệp Word .doc kiểu cũ. Hãy mở tệp trong Word và lưu lại dưới dạng .docx (Word Document) rồi thử lại.",
        "This is an old-style Word .doc file. Open it in Word, save it as .docx (Word Document) and try again.",
      );
    case "too-large":
      return new InputError(
        "too-large",
        "Tệp quá lớn sau khi giải nén (hơn 100 MB) hoặc có cấu trúc bất thường nên không được mở. " +
          "Hãy kiểm tra lại tệp, bỏ bớt hình ảnh lớn hoặc lưu lại bằng Word.",
        "The file is too large once unpacked (over 100 MB) or abnormally built, so it was not opened. " +
          "Check the file, remove large images or save it again from Word.",
      );
    case "bad-xml":
      return new InputError(
        "bad-xml",
        `Tệp .docx chứa XML không được phép${detail ? ` (${detail})` : ""}, có thể đã bị sửa bằng công cụ khác. ` +
          "Hãy mở tệp trong Word, lưu lại dưới dạng .docx rồi thử lại.",
        `The .docx file contains XML that is not allowed${detail ? ` (${detail})` : ""}; it may have been altered by ` +
          "another tool. Open it in Word, save it as .docx and try again.",
      );
    case "corrupt-docx":
      return new InputError(
        "corrupt-docx",
        `Tệp .docx bị hỏng hoặc không đầy đủ${detail ? ` (${detail})` : ""}. ` +
          "Hãy mở tệp trong Word (Word có thể sửa tệp hỏng) và lưu lại, hoặc xin gửi lại tệp.",
        `The .docx file is damaged or incomplete${detail ? ` (${detail})` : ""}. ` +
          "Open it in Word (Word can repair damaged files) and save it again, or ask for the file again.",
      );
  }
}
