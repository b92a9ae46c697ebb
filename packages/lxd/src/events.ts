// `api.events()`: LXD's event stream (`/1.0/events`, a websocket) as an async iterator of typed
// events. `break` (or `return()`) and aborting close the websocket; the daemon going away ends
// the iteration with core's `ConnectionError`.

import { ConfigurationError, ConnectionError, ResponseParseError } from "@clientele/core";
import type { API } from "./api.js";
import type { Schema } from "./types.js";

/** The kinds of events LXD 5.0 sends. */
export type EventType = "operation" | "logging" | "lifecycle";

/** Fields every event has. */
export interface EventBase<T extends string, M> {
  type: T;
  /** When the daemon sent it (RFC 3339). */
  timestamp: string;
  metadata: M;
  /** Cluster member that sent it (`none` outside a cluster). */
  location?: string;
  /** Project of the object the event is about. */
  project?: string;
}

/** An operation was created or changed (the operation as `GET /1.0/operations/{id}` shows it). */
export type OperationEvent = EventBase<"operation", Schema<"Operation">>;

/** A log record of the daemon. */
export type LoggingEvent = EventBase<"logging", { message: string; level: string; context: Record<string, string> }>;

/** Something happened to an object: `instance-created`, `instance-deleted`, `profile-updated`… */
export type LifecycleEvent = EventBase<
  "lifecycle",
  {
    action: string;
    /** The object's URL, e.g. `/1.0/instances/c1`. */
    source: string;
    context?: Record<string, unknown>;
    requestor?: { username?: string; protocol?: string; address?: string } | null;
  }
>;

/** Any event of the stream. */
export type LxdEvent = OperationEvent | LoggingEvent | LifecycleEvent;

/** Options of {@link API.events}. */
export interface EventsOptions {
  /** Which kinds of events (default: all). */
  types?: readonly EventType[];
  /** Events of this project (default: the client's project, else LXD's `default`). */
  project?: string;
  /** Events of every project. */
  allProjects?: boolean;
  /** Aborting closes the stream: the iteration rejects with the signal's reason. */
  signal?: AbortSignal;
}

const TYPES: readonly EventType[] = ["operation", "logging", "lifecycle"];

/** Opens the event stream (resolves once the websocket is open) and yields each event. */
export async function openEvents(api: API, options: EventsOptions = {}): Promise<AsyncIterableIterator<LxdEvent>> {
  const { types, project, allProjects, signal } = options;
  if (types !== undefined && (!Array.isArray(types) || !types.every((t) => TYPES.includes(t)))) {
    throw new ConfigurationError(`events(): \`types\` must list some of ${TYPES.join(", ")}, got ${JSON.stringify(types)}`, {
      source: "types",
    });
  }
  if (project !== undefined && allProjects) {
    throw new ConfigurationError("events(): give `project` or `allProjects`, not both", { source: "allProjects" });
  }
  const socket = await api.websocket("/1.0/events", {
    query: {
      ...(types?.length ? { type: types.join(",") } : {}),
      ...(project !== undefined ? { project } : {}),
      ...(allProjects ? { "all-projects": "true" } : {}),
    },
    ...(signal ? { signal } : {}),
  });
  const url = "/1.0/events";
  async function* events(): AsyncGenerator<LxdEvent> {
    try {
      for await (const message of socket) {
        const text = typeof message === "string" ? message : new TextDecoder().decode(message);
        let event: LxdEvent;
        try {
          event = JSON.parse(text) as LxdEvent;
        } catch (cause) {
          throw new ResponseParseError({ method: "GET", url, status: 101, detail: "an event that is not JSON", cause });
        }
        yield event;
      }
      // The loop ends by itself only when the daemon closed the stream (shut down, restarted).
      const { code } = await socket.closed;
      throw new ConnectionError({
        method: "GET",
        url: api.formatUrl(url),
        host: api.socketPath ?? api.endpoint,
        detail: `the daemon closed the event stream (websocket code ${code})`,
      });
    } finally {
      socket.close();
    }
  }
  return events();
}
