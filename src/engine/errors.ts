/**
 * Input the engine cannot use. Every reader throws only this, with a message that tells a
 * clerk what happened and what to do; callers show `message` and never a stack trace.
 */
export type InputErrorCode =
  | "empty"
  | "binary"
  | "not-docx"
  | "corrupt-docx"
  | "encrypted-docx"
  | "legacy-doc"
  | "too-large"
  | "bad-xml"
  | "bad-json"
  | "bad-request"
  | "bad-profile"
  | "unsupported-type";

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    /** Vietnamese: what happened and what to do. */
    message: string,
    /** English version of the same. */
    readonly messageEn: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}
