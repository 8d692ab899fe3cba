export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Full jitter: a random delay between 0 and the exponential cap. */
export function backoffWithJitter(attempt: number, baseMs = 200, capMs = 10_000): number {
  return Math.random() * Math.min(capMs, baseMs * 2 ** attempt);
}
