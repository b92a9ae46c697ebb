// Converting between Fetch API requests/responses and the validators' samples and the engine's answers.
import type { MockAnswer } from "./mock-engine.js";
import type { RequestSample } from "./types.js";

/** Reads a body without consuming the original; `undefined` when empty. */
export async function readBytes(message: Request | Response): Promise<Uint8Array | undefined> {
  if (message.body === null) return undefined;
  const buffer = await message.clone().arrayBuffer();
  return buffer.byteLength === 0 ? undefined : new Uint8Array(buffer);
}

/**
 * A validator sample for a Fetch `Request` (its body is read from a clone).
 * @param url - The URL to validate, when it differs from `request.url` (e.g. with a base path stripped).
 */
export async function requestToSample(request: Request, url: string = request.url): Promise<RequestSample> {
  const body = await readBytes(request);
  return { method: request.method, url, headers: request.headers, ...(body ? { body } : {}) };
}

/** A Fetch `Response` for an engine answer. */
export function answerToResponse(answer: MockAnswer): Response {
  const body =
    answer.body === undefined ? null : typeof answer.body === "string" ? answer.body : new Blob([answer.body as Uint8Array<ArrayBuffer>]);
  return new Response(body, { status: answer.status, headers: answer.headers });
}
