// The setup every ABEJA test file shares: one recording server on 127.0.0.1 for the file, cleared
// before each test, and the SDK's ABEJA_* variables blanked around each test so none leaks in.
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { ABEJA_ENV, recordingServer, type RecordingServer } from "../../../test/support/scripted-server.js";

/** Registers the file's hooks and returns its server (usable inside tests, once started). */
export function useRecordingServer(): RecordingServer {
  let current: RecordingServer | undefined;
  beforeAll(async () => {
    current = await recordingServer();
  });
  afterAll(() => current?.close());
  beforeEach(() => {
    current?.clear();
    for (const name of ABEJA_ENV) vi.stubEnv(name, "");
  });
  afterEach(() => vi.unstubAllEnvs());
  return new Proxy({} as RecordingServer, {
    get(_target, key) {
      if (!current) throw new Error("the recording server is used before it started (outside a test?)");
      const value = Reflect.get(current, key);
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
}
