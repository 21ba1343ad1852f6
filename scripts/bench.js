#!/usr/bin/env node
/**
 * `npm run bench`: measures and rewrites the sections of BENCHMARKS.md it owns.
 * Benchmarks are kept out of the tests on purpose: timings belong here, not in assertions.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");

function run(label, command, args, env = {}) {
  console.log(`\n==> ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`${label} failed`);
    process.exit(result.status || 1);
  }
}

run("compile the engine", process.execPath, [path.join(__dirname, "build-cli.js")]);
run("engine", process.execPath, [path.join(__dirname, "bench-engine.js"), "--write"]);
run("production build", process.execPath, [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"]);
run("task pane bundle size", process.execPath, [path.join(__dirname, "bundle-size.js"), "--write"]);
