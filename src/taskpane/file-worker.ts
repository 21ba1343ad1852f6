/**
 * The worker thread that reads the files a clerk opens (background-read.ts): the engine's reading
 * and understanding of a letter run here, so the pane's thread keeps drawing and answering.
 */
import { readFileModel, readRequestFile } from "./read-files";
import { sendableError, type FileAnswer, type NumberedJob } from "./file-jobs";

/** The little of a dedicated worker's global scope used here (the project's types are the page's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<NumberedJob>) => void) | null;
  postMessage(message: FileAnswer): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const job = event.data;
  const reading = job.kind === "model" ? readFileModel(job.bytes, job.name) : readRequestFile(job.bytes, job.name, job.options);
  reading.then(
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
