// msw handlers as a `fetch` function: pass it as a client's `fetch` option to mock without patching
// globals (msw's `setupServer` works too: clientele's Node transport sends through a patched fetch).
import { randomUUID } from "node:crypto";
import type { RequestHandler } from "msw";

/**
 * A fetch that answers with the first handler that responds, asked in order (put test-specific
 * overrides first). `handlers` is read on every call, so a test can change the list as it goes.
 * A request no handler answers rejects with an Error naming it: nothing reaches the network.
 *
 * @example
 * ```ts
 * import { createMockApi, handlersFetch } from "@clientele/testing";
 * import type { paths } from "@clientele/abeja-types";
 * const mock = createMockApi<paths>("abeja", { baseUrl: "https://api.abeja.io" });
 * const fetch = handlersFetch(() => mock.handlers);
 * ```
 */
export function handlersFetch(
  handlers: () => readonly RequestHandler[],
  options: { onRequest?: (request: Request) => void | Promise<void> } = {},
): (input: string | URL | Request, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const request = new Request(input, init);
    await options.onRequest?.(request.clone());
    for (const handler of handlers()) {
      const result = await handler.run({ request: request.clone(), requestId: randomUUID() });
      if (result?.response) return result.response;
    }
    throw new Error(`no mock handler for ${request.method} ${request.url}`);
  };
}
