import type { ServerRetryDelayEntry } from './types';

/**
 * How servers tell clients when to come back. A retry that waits what the server said honours the server's own
 * schedule, which spreads clients out as the server sees fit; `util/randomness.ts` treats such a delay as the
 * server's choice (not fixed by the code), so `retry-requires-jitter` stays silent on it.
 */
export const serverRetryDelays = [
  {
    name: 'Retry-After',
    headers: ['retry-after'],
    nameWords: [['retry', 'after']],
    source: { url: 'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3', version: 'RFC 9110' },
  },
  {
    // GitHub sends the reset time as epoch seconds, Discord the seconds left; clients wait until then.
    name: 'X-RateLimit-Reset',
    headers: ['x-ratelimit-reset', 'x-rate-limit-reset', 'ratelimit-reset', 'x-ratelimit-reset-after'],
    nameWords: [['rate', 'limit', 'reset'], ['ratelimit', 'reset'], ['reset', 'after']],
    source: { url: 'https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api', version: 'REST API 2022-11-28' },
  },
  {
    name: 'x-ms-retry-after-ms',
    headers: ['x-ms-retry-after-ms', 'retry-after-ms'],
    nameWords: [],
    source: { url: 'https://learn.microsoft.com/en-us/rest/api/cosmos-db/common-cosmosdb-rest-response-headers', version: 'Cosmos DB REST API' },
  },
] as const satisfies readonly ServerRetryDelayEntry[];
