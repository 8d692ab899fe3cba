/** The message of anything thrown, without its stack: users see messages, never stack traces. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
