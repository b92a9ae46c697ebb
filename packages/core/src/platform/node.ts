// Node's platform, bound to `#platform` in the node build.
export { createTransport } from "./node/transport.js";
export {
  env,
  fileExists,
  fileMode,
  fileSize,
  fileStream,
  homeDir,
  isFile,
  isSocket,
  joinPath,
  readFileBytes,
  readTextFile,
} from "./node/files.js";
export { loadConfigText } from "./node/config-text.js";
export {
  createWebSocketConnector,
  type WebSocketClose,
  type WebSocketConnection,
  type WebSocketConnector,
  type WebSocketOpenOptions,
} from "./node/websocket.js";
// Typed as either build, so code shared by both may ask which one it runs in.
export const platformName: "node" | "web" = "node";
export { createFileWriter, type FileWriter } from "./node/file-writer.js";
