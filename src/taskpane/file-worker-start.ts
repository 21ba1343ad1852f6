/**
 * Starts the file reader's worker thread (file-worker.ts): webpack makes the worker's own bundle
 * from this very expression. Null where there are no workers (the unit tests' Node).
 */
export function startFileWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./file-worker.ts", import.meta.url), { name: "vanban-files" });
}
