/**
 * A worker thread of the check page (review-threads.ts): reads and checks the replies it is
 * given, as the page's own thread would, so that several are checked at once and the page keeps
 * drawing and answering meanwhile.
 */
import { examineReply } from "./reply";
import type { ReplyAnswer, ReplyJob } from "./review-threads";

/** The little of a dedicated worker's global scope used here (the project's types are the page's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReplyJob>) => void) | null;
  postMessage(message: ReplyAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, bytes, name, request } = event.data;
  let answer: ReplyAnswer;
  try {
    answer = { id, result: examineReply(bytes, name, request) };
  } catch {
    // The page's thread checks it again and says what went wrong, as it would have alone.
    answer = { id, failed: true };
  }
  try {
    scope.postMessage(answer);
  } catch {
    scope.postMessage({ id, failed: true });
  }
};
