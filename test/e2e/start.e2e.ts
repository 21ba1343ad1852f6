import { spawn, type ChildProcess } from "child_process";
import { join } from "path";

const root = join(__dirname, "..", "..");
const PORT = 3917;

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
}

describe("npm start on a machine without Word", () => {
  let child: ChildProcess | undefined;

  afterEach(() => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
  });

  it("serves the preview and says where to open it", async () => {
    child = spawn(process.execPath, ["scripts/start.js", "--preview"], {
      cwd: root,
      detached: true,
      env: { ...process.env, npm_package_config_dev_server_port: String(PORT) },
    });
    // The last line it prints: everything it has to say is there by then.
    const output = await waitForOutput(child, /Stop with Ctrl\+C or npm stop\./, 120_000);
    const url = /(http:\/\/localhost:\d+\/preview\.html)/.exec(output)?.[1];
    expect(url).toBe(`http://localhost:${PORT}/preview.html`);
    const page = await fetch(url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="taskpane-root"');
    const demo = /(http:\/\/localhost:\d+\/preview\.html\?doc=\S+)/.exec(output)?.[1];
    expect(demo).toBeDefined();
    const demoUrl = new URL(demo!);
    for (const key of ["doc", "request"]) {
      const file = await fetch(new URL(demoUrl.searchParams.get(key)!, demoUrl));
      expect(file.status).toBe(200);
      expect(await file.text()).toMatch(/Kính gửi/);
    }
    const taskpane = await fetch(`http://localhost:${PORT}/taskpane.html`);
    expect(await taskpane.text()).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
  }, 150_000);
});
