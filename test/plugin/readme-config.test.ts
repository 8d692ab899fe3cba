// The typed-linting eslint.config.js the README shows, run as written by real ESLint on a small workspace:
// with type information an axios instance created with a timeout in another module is not reported,
// the configured guard counts, the configured registry is read, and the plain axios call is reported, and so is
// a call on an instance without a timeout from another module (which only type information can see).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslintBin = path.join(path.dirname(require.resolve('eslint/package.json')), 'bin', 'eslint.js');

/** The first ```js block under the README's "With typed linting" heading. */
async function readReadmeTypedConfig(): Promise<string> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### With typed linting'));
  const match = /```js\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('README.md has no ```js block under "### With typed linting"');
  return match[1];
}

const files: Record<string, string> = {
  'package.json': '{ "name": "readme-config", "private": true, "type": "module" }\n',
  'tsconfig.json': JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'nodenext', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] }, include: ['src'] }),
  'config/flags.flagd.json': JSON.stringify({ flags: { 'new-checkout': { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'on', metadata: { owner: 'team-checkout', expires: '2999-01-01' } } } }),
  'src/http.ts': [
    "import axios from 'axios';",
    '',
    "export const catalogApi = axios.create({ baseURL: 'https://catalog.internal', timeout: 2_000 });",
    "export const legacyApi = axios.create({ baseURL: 'https://legacy.internal' });",
    '',
  ].join('\n'),
  'src/deadline.ts': 'export function withDeadline<T>(work: () => Promise<T>): Promise<T> {\n  return work();\n}\n',
  'src/products.ts': [
    "import axios from 'axios';",
    "import { OpenFeature } from '@openfeature/server-sdk';",
    "import { withDeadline } from './deadline.js';",
    "import { catalogApi, legacyApi } from './http.js';",
    '',
    "const flags = OpenFeature.getClient('shop');",
    '',
    'export async function loadProduct(id: string): Promise<unknown> {',
    "  const useNewCheckout = await flags.getBooleanValue('new-checkout', false);",
    '  const { data } = await catalogApi.get(`/products/${id}`);',
    "  const reviews = await withDeadline(() => fetch(`https://reviews.example/${id}`));",
    '  const { data: stock } = await axios.get(`https://stock.example/${id}`);',
    '  const { data: legacy } = await legacyApi.get(`/items/${id}`);',
    '  return { data, reviews, stock, legacy, useNewCheckout };',
    '}',
    '',
  ].join('\n'),
};

const temporaryDirs: string[] = [];
afterAll(() => Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

it('the README typed-linting config reports only the unguarded calls', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'balanced-readme-'));
  temporaryDirs.push(dir);
  for (const [name, text] of Object.entries({ ...files, 'eslint.config.js': await readReadmeTypedConfig() })) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');

  const output = await run(process.execPath, [eslintBin, '--format', 'json', 'src'], { cwd: dir }).catch(
    (error: { stdout?: string; code?: number; stderr?: string }) => {
      if (error.code === 1 && error.stdout) return { stdout: error.stdout };
      throw new Error(`ESLint failed (exit ${error.code}): ${error.stderr}`);
    },
  );
  const findings = (JSON.parse(output.stdout) as { filePath: string; messages: { ruleId: string | null; line: number }[] }[]).flatMap((result) =>
    result.messages.map((message) => `${path.relative(dir, result.filePath)}:${message.line} ${message.ruleId}`),
  );
  expect(findings).toEqual(['src/products.ts:12 balanced/no-unguarded-outbound-call', 'src/products.ts:13 balanced/no-unguarded-outbound-call']);
});
