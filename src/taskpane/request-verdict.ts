/**
 * The request a letter makes, after the engine's judgement that it is one — the same decision
 * as `vanban request`: a báo cáo or a letter that asks nothing is refused with the reason and
 * with what the front offers instead (`advice`).
 */
import { InputError } from "../engine/errors";
import type { DocumentModel } from "../engine/model";
import type { RequestProfile } from "../engine/types";
import { extractRequest, requestVerdict, type RequestOptions } from "../engine/understand/request";

export interface Advice {
  vi: string;
  en: string;
}

/** What the task pane offers: another file, a profile, or its fields. */
export const PANE_ADVICE: Advice = {
  vi: "Hãy chọn công văn (hoặc giấy mời) đề nghị gửi báo cáo, thông tin hay ý kiến, hoặc một hồ sơ yêu cầu .json; hoặc điền các trường bên dưới.",
  en: "Choose a letter (or an invitation) that asks for a report, information or opinions, or a request profile (.json); or fill in the fields below.",
};

/** `options`: the day the clerk received the letter and the office's days off, for a deadline given as a span. */
export function requestOf(model: DocumentModel, advice: Advice = PANE_ADVICE, options: RequestOptions = {}): RequestProfile {
  const verdict = requestVerdict(model);
  if (verdict.request) return extractRequest(model, options);
  const what =
    verdict.reason === "genre" && verdict.genre
      ? { vi: `Đây là ${verdict.genre.toLocaleLowerCase("vi")}, không phải văn bản yêu cầu trả lời.`, en: `This is a ${verdict.genre}, not a request for a reply.` }
      : {
          vi: "Không thấy câu nào đề nghị gửi báo cáo, thông tin hay ý kiến, nên đây không phải văn bản yêu cầu.",
          en: "No sentence asks for a report, information or opinions to be sent, so this is not a request.",
        };
  throw new InputError("bad-request", `${what.vi} ${advice.vi}`, `${what.en} ${advice.en}`);
}
