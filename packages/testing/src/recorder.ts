// Recording the calls that reached a mock, for assertions in tests.
import { closestNames } from "./closest-names.js";

/** One request that reached a mock. */
export interface RecordedCall {
  /** The operationId, when the request matched an operation that has one. */
  operationId?: string;
  /** The operation's readable name (`listThings (GET /things)`), or `GET /nope` for a request not in the spec. */
  operation: string;
  /** The path template matched (`/things/{thing_id}`), when one matched. */
  template?: string;
  /** Upper-case method. */
  method: string;
  /** The concrete URL path. */
  path: string;
  /** Path parameters, as sent (strings). */
  params: Record<string, string>;
  /** Query parameters: a string, or an array when the name repeats. */
  query: Record<string, string | string[]>;
  /** Request headers, lower-case names. */
  headers: Record<string, string>;
  /** The body: parsed JSON, text, or `undefined`. */
  body: unknown;
}

/** The calls a mock received, in order, with look-ups by operation. */
export class CallRecorder {
  /** Every call, oldest first. */
  readonly all: RecordedCall[] = [];

  /**
   * @param operations - The spec's operations: when given, a look-up by a name that is none of them
   * (`calls.last("createrun")`) throws, naming the closest ones, instead of finding nothing.
   */
  constructor(private readonly operations?: ReadonlyArray<{ operationId?: string; method: string; path: string }>) {}

  /** Adds a call. */
  record(call: RecordedCall): void {
    this.all.push(call);
  }

  /**
   * The calls to one operation, oldest first.
   * @param operation - An operationId, or `"METHOD /path/template"` (e.g. `"GET /things/{thing_id}"`).
   */
  to(operation: string): RecordedCall[] {
    const m = /^([A-Za-z]+)\s+(\/.*)$/.exec(operation);
    this.checkKnown(operation, m);
    if (m) return this.all.filter((c) => c.method === m[1]!.toUpperCase() && c.template === m[2]);
    return this.all.filter((c) => c.operationId === operation);
  }

  /** @throws Error naming the closest operations when `operation` is not one of the spec's. */
  private checkKnown(operation: string, m: RegExpExecArray | null): void {
    const ops = this.operations;
    if (!ops) return;
    const known = m
      ? ops.some((op) => op.method.toUpperCase() === m[1]!.toUpperCase() && op.path === m[2])
      : ops.some((op) => op.operationId === operation);
    if (known) return;
    const names = ops.map((op) =>
      m ? `${op.method.toUpperCase()} ${op.path}` : (op.operationId ?? `${op.method.toUpperCase()} ${op.path}`),
    );
    throw new Error(
      `no operation "${operation}" in the spec; did you mean ${closestNames(operation, names)
        .map((n) => `"${n}"`)
        .join(", ")}?`,
    );
  }

  /** How many calls an operation received (see {@link CallRecorder.to} for the key). */
  count(operation: string): number {
    return this.to(operation).length;
  }

  /** The latest call to an operation, if any (see {@link CallRecorder.to} for the key). */
  last(operation: string): RecordedCall | undefined {
    return this.to(operation).at(-1);
  }

  /** Forgets every call. */
  clear(): void {
    this.all.length = 0;
  }
}
