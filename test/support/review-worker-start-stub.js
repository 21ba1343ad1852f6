// Stands in for src/check/review-worker-start.ts in Jest, which cannot compile its
// `import.meta.url` (webpack's way to a worker's bundle): no worker, unless a test gives one.
exports.startReviewWorker = () => (globalThis.__startReviewWorker ? globalThis.__startReviewWorker() : null);
