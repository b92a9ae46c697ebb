// What API packages may ask of the platform (files, the home directory, the environment), so none
// of them imports `node:*` itself and each runs wherever core does. In a browser, files are absent.
export {
  createWebSocketConnector,
  env,
  fileExists,
  fileMode,
  fileStream,
  homeDir,
  isFile,
  isSocket,
  joinPath,
  platformName,
  readFileBytes,
} from "#platform";
export type { WebSocketClose, WebSocketConnection, WebSocketConnector, WebSocketOpenOptions } from "../platform/node/websocket.js";
