// Log queries: the time format the platform expects and the walk over recent-log pages.

import { ClienteleError } from "@clientele/core";
import type { components } from "@clientele/abeja-types";

type RecentLogs = components["schemas"]["RecentLogs"];
type LogEvent = components["schemas"]["LogEvent"];

/** A log window bound: a `Date` (sent as UTC), or a string sent unchanged (e.g. `2018-06-05T13:00:00`). */
export type LogTime = Date | string;

/** Options of `getServiceRecentLogs` / `getRunRecentLogs`. */
export interface RecentLogsOptions {
  /** `next_forward_token` of a previous page, to read newer lines. */
  nextForwardToken?: string;
  /** `next_backward_token` of a previous page, to read older lines. */
  nextBackwardToken?: string;
  /** Earliest time to include (UTC). */
  startTime?: LogTime;
  /** Latest time to include (UTC). */
  endTime?: LogTime;
}

/** Options of the log iterators. */
export interface IterLogsOptions {
  startTime?: LogTime;
  endTime?: LogTime;
  /**
   * `backward` (default): newest lines first, following `next_backward_token` to the oldest.
   * `forward`: follows `next_forward_token` from the first page until a page comes back empty.
   */
  direction?: "backward" | "forward";
  /** Stop with an error after this many pages (default 1000). */
  maxPages?: number;
}

/**
 * The platform's time format, as the SDK sends it: `YYYY-MM-DDTHH:MM:SS` in UTC, without zone or
 * fraction. Strings pass through unchanged.
 */
export function formatLogTime(value: LogTime, name = "time"): string {
  if (typeof value === "string") return value;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new RangeError(`\`${name}\` must be a valid Date or a string`);
  return value.toISOString().slice(0, 19);
}

/** The query of a recent-logs request: tokens only when non-empty, times formatted. */
export function recentLogsQuery(options: RecentLogsOptions): {
  next_forward_token?: string;
  next_backward_token?: string;
  start_time?: string;
  end_time?: string;
} {
  const query: ReturnType<typeof recentLogsQuery> = {};
  if (options.nextForwardToken) query.next_forward_token = options.nextForwardToken;
  if (options.nextBackwardToken) query.next_backward_token = options.nextBackwardToken;
  if (options.startTime !== undefined) query.start_time = formatLogTime(options.startTime, "startTime");
  if (options.endTime !== undefined) query.end_time = formatLogTime(options.endTime, "endTime");
  return query;
}

/**
 * Walks recent-log pages. The platform always sends both tokens (an empty list once nothing is
 * left, or the same token again), so the walk ends on an empty page, an empty token or a repeated one.
 */
export async function* iterRecentLogs(
  fetchPage: (options: RecentLogsOptions) => Promise<RecentLogs>,
  options: IterLogsOptions,
  what: string,
): AsyncGenerator<LogEvent, void, undefined> {
  const key = options.direction === "forward" ? "next_forward_token" : "next_backward_token";
  const maxPages = options.maxPages ?? 1000;
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 1; ; page++) {
    if (page > maxPages) throw new ClienteleError(`${what}: more than ${maxPages} pages; stopped (raise maxPages to read further)`);
    const body = await fetchPage({
      startTime: options.startTime,
      endTime: options.endTime,
      ...(token ? (key === "next_forward_token" ? { nextForwardToken: token } : { nextBackwardToken: token }) : {}),
    });
    const events = Array.isArray(body?.events) ? body.events : [];
    yield* events;
    const next = body?.[key];
    if (events.length === 0 || typeof next !== "string" || next === "" || seen.has(next)) return;
    seen.add(next);
    token = next;
  }
}
