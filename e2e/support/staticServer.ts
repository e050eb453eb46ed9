/**
 * A static web server for the built add-in, on 127.0.0.1 and a free port, for one test run. It
 * sends the same Content-Security-Policy header as the dev server (webpack.config.js), so the
 * browser holds the pages to the policy twice over, as in development, besides the <meta> the
 * build writes into every page. Plain http: 127.0.0.1 is a secure context for the browser, and the
 * pages name every file relatively, so nothing depends on https://localhost:3000.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { contentSecurityPolicy } from "../../scripts/build/contentSecurityPolicy";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  close(): Promise<void>;
}

/** The file under `root` that a request path names, or null when it would leave `root`. */
function fileFor(root: string, url: string): string | null {
  const pathname = decodeURIComponent(new URL(url, "http://server").pathname);
  const file = path.resolve(root, `.${pathname}`);
  return file === root || file.startsWith(`${root}${path.sep}`) ? file : null;
}

export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = path.resolve(folder);
  const policy = contentSecurityPolicy();
  const server: Server = createServer((request, response) => {
    const file = request.method === "GET" || request.method === "HEAD" ? fileFor(root, request.url ?? "/") : null;
    const headers = { "Content-Security-Policy": policy, "Cache-Control": "no-store" };
    const notFound = () => {
      response.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      response.end("Not found");
    };
    if (file === null) return notFound();
    stat(file).then(
      (info) => {
        if (!info.isFile()) return notFound();
        response.writeHead(200, { ...headers, "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream", "Content-Length": info.size });
        if (request.method === "HEAD") return response.end();
        createReadStream(file).pipe(response);
      },
      notFound,
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
