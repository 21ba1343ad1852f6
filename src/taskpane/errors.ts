/** Turns any failure into a message a clerk can act on, in the pane's language. */
import type { Language } from "./i18n";

export interface UserMessage {
  text: string;
}

interface Bilingual {
  message: string;
  messageEn: string;
}

/** InputError (engine, parts) and WordAdapterError (adapter) both carry both languages. */
function isBilingual(error: unknown): error is Bilingual {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as Bilingual).message === "string" &&
    typeof (error as Bilingual).messageEn === "string"
  );
}

/**
 * The error's own message when it has one meant for users; otherwise `fallback` (what the
 * pane was doing and what to try), followed by the technical reason in brackets.
 */
export function describeError(error: unknown, language: Language, fallback: string): string {
  if (isBilingual(error)) return language === "en" ? error.messageEn : error.message;
  const reason = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return reason ? `${fallback} (${reason})` : fallback;
}
