// Reading a successful response's body the way a call asked for it.

/**
 * How a successful body is read:
 * - `json` (default): parsed JSON; an empty body is `undefined`; anything else fails (the client
 *   throws `ResponseParseError`, naming the content type);
 * - `text`, `blob`, `arrayBuffer`, `stream`: as `Response` gives them;
 * - `bytes`: a `Uint8Array`;
 * - `auto`: JSON for JSON content types, text for `text/*`, bytes otherwise.
 */
export type ParseAs = "json" | "text" | "blob" | "arrayBuffer" | "stream" | "bytes" | "auto";

/** Reads `response`'s body as `parseAs` says. Failures are left to the caller to type (`bodyReadError`). */
export async function readBody(response: Response, parseAs: ParseAs): Promise<unknown> {
  switch (parseAs) {
    case "stream":
      return response.body;
    case "text":
      return response.text();
    case "blob":
      return response.blob();
    case "arrayBuffer":
      return response.arrayBuffer();
    case "bytes":
      return new Uint8Array(await response.arrayBuffer());
    case "auto": {
      const type = response.headers.get("content-type") ?? "";
      if (isJsonType(type)) return readJson(response);
      if (/^text\//i.test(type)) return response.text();
      return new Uint8Array(await response.arrayBuffer());
    }
    default:
      return readJson(response);
  }
}

function isJsonType(type: string): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(type);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    const type = response.headers.get("content-type");
    if (type && !isJsonType(type)) throw new Error(`expected JSON, got ${type.split(";")[0]}`, { cause });
    throw cause;
  }
}
