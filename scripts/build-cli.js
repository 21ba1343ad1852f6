#!/usr/bin/env node
/** Compiles the command line (src/cli with the engine and parts it uses) into build/cli. */
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: root, stdio: "inherit" });
if (result.status !== 0) {
  console.error("Không biên dịch được dòng lệnh vanban (could not compile the vanban command line).");
  process.exit(result.status || 1);
}
