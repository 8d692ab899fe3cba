// The plugin as users get it: the built package, loaded by real ESLint 9 and ESLint 10 through flat config.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serviceDir = path.join(repoRoot, 'examples/shop-service');

/** Each ESLint's CLI script; `eslint/bin/eslint.js` is not in its package exports, so go through package.json. */
function resolveEslintBin(packageName: string): string {
  return path.join(path.dirname(require.resolve(`${packageName}/package.json`)), 'bin', 'eslint.js');
}

const eslintBins = {
  'ESLint 10': resolveEslintBin('eslint'),
  'ESLint 9': resolveEslintBin('eslint9'),
};

interface LintMessage {
  ruleId: string | null;
  line: number;
  message: string;
}

async function lintWith(bin: string, cwd: string, patterns: string[]): Promise<{ filePath: string; messages: LintMessage[] }[]> {
  // ESLint exits 1 when it finds problems; the JSON report is what we check.
  const result = await run(process.execPath, [bin, '--format', 'json', ...patterns], { cwd, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; code?: number; stderr?: string }) => {
      if (error.code === 1 && error.stdout) return { stdout: error.stdout };
      throw new Error(`ESLint failed (exit ${error.code}): ${error.stderr}`);
    },
  );
  return JSON.parse(result.stdout);
}

function summarize(results: { filePath: string; messages: LintMessage[] }[], cwd: string): string[] {
  return results
    .flatMap((result) => result.messages.map((message) => `${path.relative(cwd, result.filePath)}:${message.line} ${message.ruleId}`))
    .sort();
}

describe.each(Object.entries(eslintBins))('%s', (_version, bin) => {
  it('lints the example service with its flat config, with no parse errors', async () => {
    const findings = summarize(await lintWith(bin, serviceDir, ['src']), serviceDir);
    expect(findings.filter((finding) => finding.endsWith(' null'))).toEqual([]);
    const rules = new Set(findings.map((finding) => finding.split(' ')[1]));
    for (const rule of ['balanced/no-unguarded-outbound-call', 'balanced/retry-requires-jitter', 'balanced/no-unbounded-retry']) {
      expect(rules, `${rule} reports in the demo`).toContain(rule);
    }
  });
});

describe('both ESLint versions', () => {
  it('report the same findings on the example service', async () => {
    const [ten, nine] = await Promise.all(Object.values(eslintBins).map(async (bin) => summarize(await lintWith(bin, serviceDir, ['src']), serviceDir)));
    expect(nine).toEqual(ten);
  });
});

describe('a minimal user config', () => {
  const temporaryDirs: string[] = [];
  afterAll(() => Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it.each(['eslint.config.mjs', 'eslint.config.cjs'])('`[balanced.configs.recommended]` just works from %s', async (configName) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'balanced-config-'));
    temporaryDirs.push(dir);
    const config =
      configName.endsWith('.mjs')
        ? "import balanced from 'eslint-plugin-balanced';\nexport default [balanced.configs.recommended];\n"
        : "const balanced = require('eslint-plugin-balanced');\nmodule.exports = [balanced.configs.recommended];\n";
    await writeFile(path.join(dir, configName), config);
    await writeFile(
      path.join(dir, 'client.ts'),
      "import axios from 'axios';\n\nexport async function load(id: string): Promise<unknown> {\n  const { data } = await axios.get(`https://api.example/items/${id}`);\n  return data;\n}\n",
    );
    // The repository's node_modules stand in for the user's: the plugin resolves as an installed dependency.
    await writeFile(path.join(dir, 'package.json'), '{ "private": true }\n');
    await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const output = await run(process.execPath, [eslintBins['ESLint 10'], '--format', 'json', 'client.ts'], { cwd: dir }).catch(
      (error: { stdout?: string; code?: number; stderr?: string }) => {
        if (error.code === 1 && error.stdout) return { stdout: error.stdout };
        throw new Error(`ESLint failed (exit ${error.code}): ${error.stderr}`);
      },
    );
    const [result] = JSON.parse(output.stdout) as { messages: LintMessage[] }[];
    expect(result?.messages.map((message) => message.ruleId)).toEqual(['balanced/no-unguarded-outbound-call']);
  });
});
