// Presigned-transfer sink for the benchmarks: PUT bodies are counted and discarded; GET answers
// with as many bytes as the first argument says (a presigned download). Prints its URL on stdout.
import { createServer } from "node:http";

const size = Number(process.argv[2] ?? 0);
const piece = Buffer.alloc(1 << 20, 98);
const server = createServer((req, res) => {
  if (req.method === "GET") {
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": size });
    let left = size;
    const write = () => {
      while (left > 0) {
        const n = Math.min(left, piece.length);
        left -= n;
        if (!res.write(n === piece.length ? piece : piece.subarray(0, n))) return void res.once("drain", write);
      }
      res.end();
    };
    return write();
  }
  let bytes = 0;
  req.on("data", (c) => (bytes += c.length));
  req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ bytes })));
});
server.listen(0, "127.0.0.1", () => console.log(`http://127.0.0.1:${server.address().port}`));
process.on("disconnect", () => process.exit(0));
