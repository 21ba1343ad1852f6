/**
 * The worker thread that reads the files a clerk opens (background-read.ts): the engine's reading
 * and understanding of a letter run here, so the pane's thread keeps drawing and answering.
 */
import * as readers from "./read-files";
import { runJob, sendableError, type FileAnswer, type NumberedJob } from "./file-jobs";

/** The little of a dedicated worker's global scope used here (the project's types are the page's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<NumberedJob>) => void) | null;
  postMessage(message: FileAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const job = event.data;
  runJob(job, readers).then(
    (value) => {
      try {
        scope.postMessage({ id: job.id, value });
      } catch {
        scope.postMessage({ id: job.id, unsendable: true });
      }
    },
    (error: unknown) => scope.postMessage({ id: job.id, failure: sendableError(error) }),
  );
};
