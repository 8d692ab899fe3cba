/** The part of a stream the progress bar writes to (process.stderr in the CLI, a fake in tests). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface ProgressBarOptions {
  /** Nothing is drawn until the scan has run this long: short scans stay quiet. */
  readonly delayMs?: number;
  readonly now?: () => number;
}

const DEFAULT_DELAY_MS = 800;

/**
 * A one-line progress bar on stderr for long scans. It draws only on a terminal (never into a pipe or a
 * CI log, where it would be noise) and only once the scan has taken longer than `delayMs`.
 */
export class ProgressBar {
  private readonly startedAt: number;
  private readonly now: () => number;
  private readonly delayMs: number;
  private hasDrawn = false;

  constructor(
    private readonly stream: ProgressStream,
    options: ProgressBarOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.delayMs = options.delayMs ?? DEFAULT_DELAY_MS;
    this.startedAt = this.now();
  }

  update(done: number, total: number): void {
    if (!this.stream.isTTY || done >= total) return;
    if (!this.hasDrawn && this.now() - this.startedAt < this.delayMs) return;
    this.hasDrawn = true;
    const label = ` ${done}/${total} files`;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - label.length - 4));
    const filled = Math.round((done / total) * width);
    this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${label}`);
  }

  /** Clears the bar so the report starts on a clean line. */
  finish(): void {
    if (this.hasDrawn) this.stream.write('\r\u001b[2K');
    this.hasDrawn = false;
  }
}
