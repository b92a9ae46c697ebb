// The page's own origin: node:http on 127.0.0.1 serving an HTML page that loads the bundle as an ES module.
// The APIs' servers listen on other ports, so every call the page makes is cross-origin (CORS).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface PageServer {
  /** The page, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>clientele in the browser</title></head>
  <body><script type="module" src="/app.js"></script></body>
</html>
`;

/** Serves `html` (default: a page loading `/app.js` as a module) at `/` and `script` at `/app.js`. */
export async function startPageServer(script: string, html = PAGE): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/" || path === "/index.html") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    else if (path === "/app.js") res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script);
    else res.writeHead(404, { "content-type": "text/plain" }).end(`no ${path}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
