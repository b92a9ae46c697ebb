// `clientele-mock`: --help lists every API and option; a mistyped API is named with the closest ones.
import { afterEach, describe, expect, it, vi } from "vitest";
import { main, usage } from "../src/cli-main.js";

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe("clientele-mock", () => {
  it("--help lists the APIs (title, operations, servers) and the options", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await main(["--help"]);
    const text = log.mock.calls.flat().join("\n");
    expect(text).toBe(usage());
    for (const api of ["abeja", "lxd", "nextmv"]) expect(text).toMatch(new RegExp(`^  ${api} +\\S.*\\(\\d+ operations`, "m"));
    expect(text).toContain("https://api.cloud.nextmv.io");
    for (const option of ["--port N", "--host H", "--spec FILE", "--no-cors", "--help"]) expect(text).toContain(option);
    expect(process.exitCode).toBe(0);
  });

  it("without an API prints the help on stderr and exits 2", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    await main([]);
    expect(error.mock.calls.flat().join("\n")).toContain("APIs:");
    expect(process.exitCode).toBe(2);
  });

  it("a mistyped API is refused, naming the closest", async () => {
    await expect(main(["nextmvv"])).rejects.toThrow(/no API "nextmvv"; did you mean "nextmv"/);
  });
});
