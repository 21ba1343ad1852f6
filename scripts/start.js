#!/usr/bin/env node
/**
 * `npm start`: on Windows or macOS with Word, start the HTTPS dev server and sideload the add-in
 * into Word (office-addin-debugging); elsewhere, or with `npm start -- --preview`, start the
 * dev server and print the address of the browser preview, which runs the task pane without Word.
 *
 * office-addin-debugging exits 0 even when it fails, so success is judged from what it printed
 * and from whether the dev server answers.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const net = require("net");

const root = path.join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const pidFile = path.join(root, ".vanban-dev-server.pid");
const forcePreview = process.argv.includes("--preview") || process.env.VANBAN_PREVIEW === "1";
const canSideload = process.platform === "win32" || process.platform === "darwin";
const DEMO_DRAFT = "demo/000_b28154c4db1fc991.txt";
const DEMO_REQUEST = "demo/002_2b77b3d6864b3803.txt";

function bin(name) {
  return path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
}

function portAnswers(timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "localhost" });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

async function waitForPort(seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await portAnswers()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function startPreview(reason) {
  if (await portAnswers()) {
    console.error(`Cổng ${port} đang được dùng. Dừng chương trình đang chạy (npm stop) rồi thử lại.`);
    console.error(`Port ${port} is already in use. Stop what runs there (npm stop) and try again.`);
    process.exit(1);
  }
  console.log(reason);
  console.log("Đang khởi động máy chủ phát triển… (starting the dev server)");
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, VANBAN_DEV_HTTPS: "0" },
  });
  fs.writeFileSync(pidFile, String(server.pid));
  let log = "";
  const keep = (chunk) => {
    log += chunk;
    if (log.length > 20000) log = log.slice(-20000);
  };
  server.stdout.on("data", keep);
  server.stderr.on("data", keep);
  server.on("exit", (code) => {
    fs.rmSync(pidFile, { force: true });
    if (code) {
      console.error("Máy chủ phát triển đã dừng vì lỗi (the dev server stopped with an error):");
      console.error(log.trim().split("\n").slice(-30).join("\n"));
    }
    process.exit(code ?? 0);
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  if (!(await waitForPort(120))) {
    console.error("Máy chủ phát triển không trả lời sau 120 giây (the dev server did not answer).");
    console.error(log.trim().split("\n").slice(-30).join("\n"));
    stop();
    process.exit(1);
  }
  // The first compilation finishes after the port opens: wait until the page is served.
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`${base}/preview.html`);
      if (res.ok) break;
    } catch {
      /* still compiling */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log("");
  console.log(`Bản xem trước (preview, task pane without Word): ${base}/preview.html`);
  console.log(`Bản minh họa (demo: a reply checked against its request):`);
  console.log(`  ${base}/preview.html?doc=${DEMO_DRAFT}&request=${DEMO_REQUEST}`);
  console.log(`Khung tác vụ (task pane page):                  ${base}/taskpane.html`);
  console.log(`Kiểm tra trong trình duyệt (checker without the add-in): ${base}/check.html`);
  console.log("Mở địa chỉ trên trong Chrome, Edge hoặc Firefox. Dừng bằng Ctrl+C hoặc npm stop.");
  console.log("Open the address above in a browser. Stop with Ctrl+C or npm stop.");
}

async function startInWord() {
  console.log("Đang khởi động máy chủ HTTPS và nạp tiện ích vào Word… (starting the HTTPS dev server and sideloading into Word)");
  const result = spawnSync(bin("office-addin-debugging"), ["start", "manifest.xml"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, VANBAN_DEV_HTTPS: "1" },
    shell: process.platform === "win32",
  });
  const output = `${result.stdout || ""}${result.stderr || ""}`;
  process.stdout.write(output);
  const failed =
    result.status !== 0 ||
    /unable to start|error|failed|not supported/i.test(output) ||
    !(await waitForPort(5));
  if (failed) {
    console.error("");
    console.error("Không nạp được tiện ích vào Word. Kiểm tra Word đã được cài và đăng nhập, rồi chạy lại npm start;");
    console.error("hoặc nạp thủ công theo README (Sideload). Có thể dùng bản xem trước: npm start -- --preview");
    console.error("Could not sideload into Word. See README (Sideload), or use the preview: npm start -- --preview");
    process.exit(1);
  }
  console.log("Word đã mở cùng tiện ích: trên thẻ Trang đầu, bấm Văn bản › Soạn và kiểm tra. Dừng bằng npm stop.");
  console.log("Word is open with the add-in: Home › vanban › Draft and check. Stop with npm stop.");
}

/** Node's platform ids as the systems call themselves. */
const PLATFORM_NAMES = { linux: "Linux", freebsd: "FreeBSD", openbsd: "OpenBSD", netbsd: "NetBSD", sunos: "Solaris", aix: "AIX", android: "Android" };

(async () => {
  if (canSideload && !forcePreview) {
    await startInWord();
  } else {
    await startPreview(
      forcePreview
        ? "Chạy bản xem trước theo yêu cầu (preview requested)."
        : `Word không có trên ${PLATFORM_NAMES[process.platform] || process.platform}: chạy bản xem trước trong trình duyệt (Word is not available here: starting the browser preview).`,
    );
  }
})().catch((err) => {
  console.error(`Không khởi động được: ${err && err.message ? err.message : err}`);
  process.exit(1);
});
