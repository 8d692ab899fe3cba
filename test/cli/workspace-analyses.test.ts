import { describe, expect, it } from 'vitest';
import { fixture, runBalanced, STACK_TRACE_LINE } from './run-balanced';

describe('flag analyses', () => {
  it('balanced scan reports an unused flag at its key in the registry file, as a warning', async () => {
    const run = await runBalanced(['scan', '--format', 'json'], { cwd: fixture('service-recommended') });
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; severity: number; line: number; column: number; message: string }[] }[];
    const registry = results.find((result) => result.filePath.endsWith('flags.flagd.json'));
    expect(registry?.messages).toEqual([
      expect.objectContaining({ ruleId: 'balanced/no-orphaned-flag', severity: 1, line: 22, column: 5, message: expect.stringContaining('Flag "dark-mode" is defined in the registry but no code evaluates it') }),
    ]);
  });

  it('balanced scan of a single source file does not report unused flags (it cannot see the other files)', async () => {
    const run = await runBalanced(['scan', '--format', 'json', 'src/clean.ts'], { cwd: fixture('service-recommended') });
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath)).toEqual([`${fixture('service-recommended')}/src/clean.ts`]);
    expect(run.exitCode).toBe(0);
  });

  it('balanced flags lists archived, expired, unused and orphaned flags first', async () => {
    const run = await runBalanced(['flags'], { cwd: fixture('service-recommended') });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(
      [
        'KEY                  STATUS    STATE     OWNER          EXPIRES     REFS  FILES',
        'legacy-pricing       archived  DISABLED  team-billing   -           1     src/checkout.ts',
        'spring-sale          expired   ENABLED   team-growth    2024-03-31  1     src/checkout.ts',
        'dark-mode            unused    ENABLED   team-web       2030-06-30  0     -',
        'black-friday-banner  orphaned  -         -              -           1     src/checkout.ts',
        'new-checkout         active    ENABLED   team-checkout  2030-01-31  1     src/checkout.ts',
        '',
        '5 flags (flags.flagd.json): 1 archived, 1 expired, 1 unused, 1 orphaned.',
        '',
      ].join('\n'),
    );
  });

  it('balanced flags --format json gives each flag its statuses, metadata, registry line and files', async () => {
    const run = await runBalanced(['flags', '--format', 'json'], { cwd: fixture('service-recommended') });
    const inventory = JSON.parse(run.stdout) as { registries: string[]; flags: { key: string }[] };
    expect(inventory.registries).toEqual(['flags.flagd.json']);
    expect(inventory.flags.find((flag) => flag.key === 'spring-sale')).toEqual({
      key: 'spring-sale',
      statuses: ['expired'],
      state: 'ENABLED',
      owner: 'team-growth',
      expires: '2024-03-31',
      registry: 'flags.flagd.json',
      line: 16,
      references: 1,
      files: ['src/checkout.ts'],
    });
  });

  it.each([['scan'], ['flags']])('balanced %s exits 2 on a malformed registry, naming the file, line and column', async (command) => {
    const run = await runBalanced([command], { cwd: fixture('malformed-registry') });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`balanced: ${fixture('malformed-registry')}/flags.flagd.json:6:7: `);
    expect(run.stderr).not.toMatch(STACK_TRACE_LINE);
  });
});

describe('instrumentation coverage', () => {
  interface CoverageJson {
    coverage: number;
    instrumented: number;
    total: number;
    criticalPaths: { file: string; line: number; name: string; reason: string; instrumented: boolean }[];
  }

  it('lists each critical path with its file, line, reason and state, and the coverage figure', async () => {
    const run = await runBalanced(['coverage', '--format', 'json'], { cwd: fixture('service-recommended') });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as CoverageJson;
    const summary = report.criticalPaths.map((criticalPath) => `${criticalPath.file}:${criticalPath.line} ${criticalPath.name} ${criticalPath.instrumented ? 'instrumented' : 'missing'}`);
    expect(summary).toEqual(['src/checkout.ts:8 checkout missing', 'src/checkout.ts:16 refundPayment instrumented', 'src/payment-client.ts:9 createCharge missing']);
    for (const criticalPath of report.criticalPaths) expect(criticalPath.reason).not.toBe('');
    expect(report).toMatchObject({ instrumented: 1, total: 3 });
    expect(report.coverage).toBeCloseTo(1 / 3);
  });

  it('fails below --min and passes at or above it', async () => {
    const below = await runBalanced(['coverage', '--min', '0.9'], { cwd: fixture('service-recommended') });
    expect(below.exitCode).toBe(1);
    expect(below.stdout).toContain('Instrumentation coverage: 33.3% (1 of 3 critical paths record a span or a metric)');
    expect(below.stderr).toContain('coverage 33.3% is below the minimum 90.0%');
    expect((await runBalanced(['coverage', '--min', '0.3'], { cwd: fixture('service-recommended') })).exitCode).toBe(0);
  });
});
