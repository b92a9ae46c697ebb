// Keep-alive JSON server for the loopback benchmarks, run in its own process so it does not
// share the client's event loop. Prints its URL on stdout.
import { createServer } from "node:http";

const body = JSON.stringify({ id: "routing-app", name: "Routing", description: "bench" });
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(`http://127.0.0.1:${server.address().port}`));
process.on("disconnect", () => process.exit(0));
