#!/usr/bin/env node
/** `npm stop`: stop what `npm start` started (Word debugging session or the preview's dev server). */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const pidFile = path.join(root, ".vanban-dev-server.pid");
let stopped = false;

if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    stopped = true;
    console.log(`Đã dừng máy chủ xem trước (stopped the preview dev server, pid ${pid}).`);
  } catch {
    console.log("Máy chủ xem trước đã dừng từ trước (the preview dev server was not running).");
  }
  fs.rmSync(pidFile, { force: true });
}

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  const result = spawnSync(bin, ["stop", "manifest.xml"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  stopped = stopped || result.status === 0;
}

if (!stopped) console.log("Không có gì đang chạy (nothing to stop).");
