// Upload sink for the presigned-upload benchmark: counts and discards bodies.
import { createServer } from "node:http";

const server = createServer((req, res) => {
  let bytes = 0;
  req.on("data", (c) => (bytes += c.length));
  req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ bytes })));
});
server.listen(0, "127.0.0.1", () => console.log(`http://127.0.0.1:${server.address().port}`));
process.on("disconnect", () => process.exit(0));
