/** A plain static file server on the loopback address, for serving dist/ to the browser tests. */
import { createServer, type Server } from "http";
import { existsSync, readFileSync, statSync } from "fs";
import { extname, join, normalize, sep } from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export interface StaticServer {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `root` under `prefix` (e.g. "/vanban/"); extra files map URL paths to files on disk. */
export async function serveStatic(root: string, prefix = "/", extra: Record<string, string> = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    requests.push(path);
    let file: string | undefined = extra[path];
    if (!file && path.startsWith(prefix)) {
      const relative = normalize(path.slice(prefix.length) || "index.html");
      if (!relative.startsWith("..") && !relative.includes(`..${sep}`)) file = join(root, relative);
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The built add-in (`npm run build`), served under /vanban/ as an office would host it. */
export const DIST = join(__dirname, "..", "..", "dist");

export async function serveBuiltAddin(extra: Record<string, string> = {}): Promise<StaticServer> {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error("dist/ is missing: run `npm run build` before `npm run test:e2e`.");
  }
  return serveStatic(DIST, "/vanban/", extra);
}
