import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runBalanced } from './run-balanced';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; severity: 1 | 2; fatal?: boolean; line: number; column: number; message: string; suggestions?: { desc: string }[] }[];
}

/** `balanced scan --format json` in a workspace, as `file:line:column rule severity` strings for one rule (or parse errors). */
async function scanFindings(workspace: string, args: readonly string[] = [], ruleId?: string | null): Promise<{ exitCode: number | null; findings: string[]; results: JsonResult[] }> {
  const run = await runBalanced(['scan', '--format', 'json', ...args], { cwd: workspace });
  expect(run.stderr).toBe('');
  const results = JSON.parse(run.stdout) as JsonResult[];
  const findings = results.flatMap((result) =>
    result.messages
      .filter((message) => ruleId === undefined || message.ruleId === ruleId)
      .map((message) => `${path.relative(workspace, result.filePath)}:${message.line}:${message.column} ${message.ruleId ?? 'parse-error'} ${message.severity === 2 ? 'error' : 'warning'}`),
  );
  return { exitCode: run.exitCode, findings, results };
}

const OUTBOUND = 'balanced/no-unguarded-outbound-call';
const FLAGS = 'balanced/no-orphaned-flag';

describe('balanced scan with the recommended config (no ESLint config in the workspace)', () => {
  it('reports rule findings and exits 1', async () => {
    const workspace = fixture('service-recommended');
    const outbound = await scanFindings(workspace, [], OUTBOUND);
    expect(outbound.exitCode).toBe(1);
    expect(outbound.findings).toEqual(['src/payment-client.ts:10:26 balanced/no-unguarded-outbound-call error']);
    const flags = await scanFindings(workspace, ['src'], FLAGS);
    expect(flags.findings).toEqual([
      'src/checkout.ts:10:53 balanced/no-orphaned-flag error',
      'src/checkout.ts:27:32 balanced/no-orphaned-flag error',
      'src/checkout.ts:31:32 balanced/no-orphaned-flag error',
    ]);
  });

  it('gives rules type information from the workspace program: an instance created in another module is followed', async () => {
    // Only the ts-morph program connects `inventoryApi.get` in stock.ts to `axios.create` without a timeout in
    // http.ts; linted without type information, the rule stays quiet on both calls.
    const { findings } = await scanFindings(fixture('typed-across-files'), [], OUTBOUND);
    expect(findings).toEqual(['src/stock.ts:4:26 balanced/no-unguarded-outbound-call error']);
  });

  it('applies balanced.config.json: rule severity and options, and ignores', async () => {
    const { exitCode, findings, results } = await scanFindings(fixture('balanced-config'));
    expect(findings).toEqual(['src/notify.ts:2:9 balanced/no-unguarded-outbound-call warning']);
    expect(results[0]?.messages[0]?.suggestions?.[0]?.desc).toContain('Add a 3000 ms timeout');
    expect(exitCode).toBe(0);
  });

  it('fails on warnings above --max-warnings', async () => {
    expect((await runBalanced(['scan', '--max-warnings', '1'], { cwd: fixture('balanced-config') })).exitCode).toBe(0);
    expect((await runBalanced(['scan', '--max-warnings', '0'], { cwd: fixture('balanced-config') })).exitCode).toBe(1);
  });
});

describe("balanced scan with the workspace's own ESLint config", () => {
  it('uses the config when it enables balanced rules: its severities, its ignores, and no other plugin rules', async () => {
    const { exitCode, findings } = await scanFindings(fixture('user-config'));
    // no-console is on in that config, and src/generated/ (which does not parse) is ignored by it.
    expect(findings).toEqual(['src/notify.ts:3:9 balanced/no-unguarded-outbound-call warning']);
    expect(exitCode).toBe(0);
  });

  it('falls back to the recommended config when the config enables no balanced rule', async () => {
    const { exitCode, findings } = await scanFindings(fixture('config-without-balanced'));
    expect(findings).toEqual(["src/generated/client.ts:4:1 parse-error error", 'src/notify.ts:2:9 balanced/no-unguarded-outbound-call error']);
    expect(exitCode).toBe(1);
  });

  it('does not load the config in untrusted mode', async () => {
    const { findings } = await scanFindings(fixture('user-config'), ['--untrusted']);
    expect(findings).toEqual(["src/generated/client.ts:3:1 parse-error error", 'src/notify.ts:3:9 balanced/no-unguarded-outbound-call error']);
  });

  it("runs the workspace's own ESLint when it has one (here ESLint 9 next to Balanced's ESLint 10)", async () => {
    const workspace = fixture('user-config');
    const eslint9 = fileURLToPath(new URL('../node_modules/eslint9', import.meta.url));
    const installed = path.join(workspace, 'node_modules', 'eslint');
    fs.mkdirSync(path.dirname(installed), { recursive: true });
    fs.symlinkSync(eslint9, installed, 'dir');
    try {
      const { findings } = await scanFindings(workspace);
      expect(findings).toEqual(['src/notify.ts:3:9 balanced/no-unguarded-outbound-call warning']);
    } finally {
      fs.rmSync(path.join(workspace, 'node_modules'), { recursive: true, force: true });
    }
  });
});

describe('balanced scan in a workspace whose own TypeScript is the native 7.x compiler', () => {
  const workspace = fixture('typed-across-files');
  const fakeTypeScript = path.join(workspace, 'node_modules', 'typescript');
  beforeAll(() => {
    // typescript@7 has no JavaScript API: requiring it gives only its version.
    fs.mkdirSync(fakeTypeScript, { recursive: true });
    fs.writeFileSync(path.join(fakeTypeScript, 'package.json'), JSON.stringify({ name: 'typescript', version: '7.0.0', main: 'index.js' }));
    fs.writeFileSync(path.join(fakeTypeScript, 'index.js'), "module.exports = { version: '7.0.0' };\n");
  });
  afterAll(() => fs.rmSync(path.join(workspace, 'node_modules'), { recursive: true, force: true }));

  it("still has type information: it comes from ts-morph's bundled TypeScript, not the workspace's", async () => {
    const { findings } = await scanFindings(workspace, [], OUTBOUND);
    expect(findings).toEqual(['src/stock.ts:4:26 balanced/no-unguarded-outbound-call error']);
  });
});
