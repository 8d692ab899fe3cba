import * as fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { check, describeFindings, expectFindings, FixtureWorkspace } from './check';

const OUTBOUND = 'balanced/no-unguarded-outbound-call';
const TSCONFIG = JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: true }, include: ['src'] });
const HTTP_WITHOUT_TIMEOUT = "import axios from 'axios';\nexport const inventoryApi = axios.create({ baseURL: 'https://inventory.example.com' });\n";
const STOCK = "import { inventoryApi } from './http.js';\nexport async function loadStock(sku: string) {\n  return (await inventoryApi.get(`/stock/${sku}`)).data;\n}\n";

let fixture: FixtureWorkspace | undefined;
afterEach(() => fixture?.remove());

describe('one TypeScript program, updated file by file', () => {
  it('sees an edit in one module from another without rebuilding: the instance gains a timeout, the finding goes', async () => {
    fixture = new FixtureWorkspace({ 'tsconfig.json': TSCONFIG, 'src/http.ts': HTTP_WITHOUT_TIMEOUT, 'src/stock.ts': STOCK });
    const workspace = await check(fixture, ['src/stock.ts:3:17 balanced/no-unguarded-outbound-call error'], OUTBOUND);
    expect(workspace.hasTypeInformation).toBe(true);

    workspace.updateFile(fixture.path('src/http.ts'), HTTP_WITHOUT_TIMEOUT.replace("baseURL: 'https://inventory.example.com'", "baseURL: 'https://inventory.example.com', timeout: 2000"), 2);
    await expectFindings(workspace, fixture.root, [], OUTBOUND);
    expect(fs.readFileSync(fixture.path('src/http.ts'), 'utf8')).toBe(HTTP_WITHOUT_TIMEOUT);

    workspace.revertFile(fixture.path('src/http.ts'));
    await expectFindings(workspace, fixture.root, ['src/stock.ts:3:17 balanced/no-unguarded-outbound-call error'], OUTBOUND);
  });

  it('lints the editor text of a file and reports the version it linted', async () => {
    fixture = new FixtureWorkspace({ 'src/notify.ts': 'export const ready = true;\n' });
    const workspace = await check(fixture, []);
    workspace.updateFile(fixture.path('src/notify.ts'), "export async function notify() {\n  await fetch('https://example.com');\n}\n", 7);
    const linted = await workspace.lintFile(fixture.path('src/notify.ts'));
    expect(linted.result.version).toBe(7);
    expect(describeFindings(fixture.root, [linted.result])).toEqual(['src/notify.ts:2:9 balanced/no-unguarded-outbound-call error']);
    expect(linted.result.findings[0]?.suggestions[0]?.edits[0]).toMatchObject({ path: fixture.path('src/notify.ts'), newText: ', { signal: AbortSignal.timeout(10000) }' });
  });
});

describe('module formats as tsc sees them', () => {
  it('reads a "type": "module" service as ESM: a CommonJS SDK default-imported is its module object, so the gate is checked', async () => {
    // statsig-node is CommonJS with `exports.default`: from ESM, its default import is the module, and the SDK is
    // under `.default`. Read as CommonJS, `Statsig.default` is an error typed `any`, and no evaluation is seen.
    fixture = new FixtureWorkspace({
      'tsconfig.json': TSCONFIG,
      'flags.flagd.json': JSON.stringify({ flags: { 'search-reranker': { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'on' } } }),
      'src/flags.ts': "import Statsig from 'statsig-node';\nexport const statsig = Statsig.default;\n",
      'src/report.ts': "import { statsig } from './flags.js';\nexport function fastTrack(userID: string): boolean {\n  return statsig.checkGate({ userID }, 'report-fast-track');\n}\n",
    });
    const workspace = await check(fixture, ['src/report.ts:3:40 balanced/no-orphaned-flag error', 'flags.flagd.json:1:11 balanced/no-orphaned-flag warning'], 'balanced/no-orphaned-flag');
    expect(workspace.hasTypeInformation).toBe(true);
  });
});

describe('broken input is data', () => {
  it('reports a parse error as a finding, with its offset', async () => {
    fixture = new FixtureWorkspace({ 'src/broken.ts': 'export const total = (1 + ;\n' });
    const workspace = await check(fixture, ['src/broken.ts:1:26 parse-error error']);
    const linted = await workspace.lintFile('src/broken.ts');
    expect(linted.result.findings[0]).toMatchObject({ isParseError: true, range: { start: { offset: 25 } } });
  });

  it('gives problems, not a workspace, for a malformed balanced.config.json', async () => {
    fixture = new FixtureWorkspace({ 'balanced.config.json': '{ "rules": { "balanced/no-such-rule": "error" } }', 'src/a.ts': 'export {};\n' });
    const { workspace, problems } = await fixture.open();
    expect(workspace).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ kind: 'configuration', path: fixture.path('balanced.config.json'), message: expect.stringContaining('unknown rule "balanced/no-such-rule"') })]);
  });

  it('reports a file that cannot be read as a problem of that file', async () => {
    fixture = new FixtureWorkspace({ 'src/a.ts': 'export {};\n' });
    const workspace = await check(fixture, []);
    const linted = await workspace.lintFile('src/missing.ts');
    expect(linted.result.findings).toEqual([]);
    expect(linted.problems).toEqual([expect.objectContaining({ kind: 'file', path: fixture.path('src/missing.ts') })]);
  });

  it('stops a scan between files when its signal is aborted', async () => {
    fixture = new FixtureWorkspace({ 'src/a.ts': 'export {};\n', 'src/b.ts': 'export {};\n' });
    const { workspace } = await fixture.open();
    const controller = new AbortController();
    const scanned = await workspace?.scan({ signal: controller.signal, onProgress: () => controller.abort() });
    expect(scanned?.result).toHaveLength(1);
    expect(scanned?.problems).toEqual([{ kind: 'cancelled', message: 'Cancelled after 1 of 2 files.' }]);
  });
});

describe('trust', () => {
  // The config records that it ran by writing a file: loading an ESLint config runs the workspace's code.
  const RECORDING_CONFIG = "import fs from 'node:fs';\nfs.writeFileSync(new URL('./config-ran.txt', import.meta.url), 'yes');\nexport default [];\n";

  it('runs no code from an untrusted workspace: its eslint.config.js is not loaded', async () => {
    fixture = new FixtureWorkspace({ 'eslint.config.js': RECORDING_CONFIG, 'src/a.ts': "await fetch('https://example.com');\n" });
    const { workspace } = await fixture.open(false);
    expect(workspace?.configDescription).toBe('balanced recommended config (untrusted workspace: eslint.config.js not loaded)');
    await expectFindings(workspace!, fixture.root, ['src/a.ts:1:7 balanced/no-unguarded-outbound-call error'], OUTBOUND);
    expect(fs.existsSync(fixture.path('config-ran.txt'))).toBe(false);
  });

  it('loads the config of a trusted workspace, and falls back to the recommended config when it enables no balanced rule', async () => {
    fixture = new FixtureWorkspace({ 'eslint.config.js': RECORDING_CONFIG, 'src/a.ts': 'export {};\n' });
    const { workspace } = await fixture.open(true);
    expect(fs.existsSync(fixture.path('config-ran.txt'))).toBe(true);
    expect(workspace?.configDescription).toBe('balanced recommended config (eslint.config.js enables no balanced rule)');
  });
});
