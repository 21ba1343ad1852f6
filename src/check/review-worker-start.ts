/**
 * Starts one of the check page's worker threads (review-worker.ts): webpack makes the worker's
 * own bundle from this very expression. Null where there are no workers (the unit tests' Node).
 */
export function startReviewWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./review-worker.ts", import.meta.url), { name: "vanban-review" });
}
