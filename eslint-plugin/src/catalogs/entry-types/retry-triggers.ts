// Catalog entry types: server-retry-delays and connection-loss-events: what else a retry reacts to (read by util/randomness.ts, util/retry-triggers.ts).

import type { CatalogSource } from './catalog-source';

/** A way a server tells clients when to retry: a delay read from it is the server's choice, not the retry's. */
export interface ServerRetryDelayEntry {
  /** The convention's name, for the docs (`Retry-After`). */
  readonly name: string;
  /** Response header names, lower case (`retry-after`). */
  readonly headers: readonly string[];
  /** Leading words of the property and parameter names that clients and SDKs copy the delay into (`retryAfter`, `retry_after_ms`). */
  readonly nameWords: readonly (readonly string[])[];
  readonly source: CatalogSource;
}

/** How a connection, socket or stream of one library reports that it was lost. */
export interface ConnectionLossEntry {
  /** The library or API, for the docs (`ws`, `socket.io-client`). */
  readonly name: string;
  /** Event names passed to `on`, `once`, `addEventListener` and the like (`close`, `end`). */
  readonly events: readonly string[];
  /** Handler properties assigned a listener (`onclose`). */
  readonly handlerProperties: readonly string[];
  readonly source: CatalogSource;
}
