import { describe, expect, it } from 'vitest';
import { ProgressBar, type ProgressStream } from '../src/cli/progress-bar';

function fakeStream(isTTY: boolean): ProgressStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, columns: 60, written, write: (text: string) => written.push(text) };
}

describe('ProgressBar', () => {
  it('stays quiet while the scan is short, then draws on a terminal and clears itself', () => {
    let now = 1_000;
    const stream = fakeStream(true);
    const bar = new ProgressBar(stream, { delayMs: 500, now: () => now });
    bar.update(1, 10);
    expect(stream.written).toEqual([]);
    now += 600;
    bar.update(5, 10);
    expect(stream.written).toEqual(['\r[####################....................] 5/10 files']);
    bar.finish();
    expect(stream.written.at(-1)).toBe('\r\u001b[2K');
  });

  it('never draws into a pipe or a CI log', () => {
    let now = 0;
    const stream = fakeStream(false);
    const bar = new ProgressBar(stream, { delayMs: 0, now: () => now++ });
    bar.update(1, 10);
    bar.finish();
    expect(stream.written).toEqual([]);
  });
});
