// Stands in for src/taskpane/file-worker-start.ts in Jest, which cannot compile its
// `import.meta.url` (webpack's way to a worker's bundle): no worker, unless a test gives one.
exports.startFileWorker = () => (globalThis.__startFileWorker ? globalThis.__startFileWorker() : null);
