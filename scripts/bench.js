#!/usr/bin/env node
/**
 * `npm run bench`: measures and rewrites the sections of BENCHMARKS.md it owns. Benchmarks are
 * kept out of the tests on purpose: timings belong here, not in assertions.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");

function run(label, script, args = ["--write"]) {
  const file = path.join(__dirname, script);
  if (!fs.existsSync(file)) return;
  console.log(`\n==> ${label}`);
  const result = spawnSync(process.execPath, [file, ...args], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`${label} failed`);
    process.exit(result.status || 1);
  }
}

run("compile the engine and the command line", "build-cli.js", []);
run("engine: check time by size, against mammoth", "bench-engine.js");
run("engine: real-formatted documents against the floor", "bench-real.js");
run("engine: hostile input", "bench-hostile.js");
run("vanban review throughput", "bench-review.js");
run("Word round trips", "bench-word.js");
run("Word payload per check", "bench-word-payload.js");
run("production build", path.join("..", "node_modules", "webpack", "bin", "webpack.js"), ["--mode", "production"]);
run("task pane bundle size", "bundle-size.js");
run("task pane start-up", "bench-taskpane.js");
run("check page: batch review in the browser", "bench-check-page.js");
