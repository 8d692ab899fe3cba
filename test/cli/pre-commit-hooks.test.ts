import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { TemporaryGitRepository } from './git-repository';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLEAN = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
const BROKEN = 'export function add(a: number, b: number): number {\n  return a + ;\n}\n';

/** The lint-staged recipe the README documents, verbatim. */
export const LINT_STAGED_RECIPE = { '*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}': 'balanced scan --max-warnings 0' };

interface HookDefinition {
  id: string;
  entry: string;
  language: string;
  types_or: string[];
  pass_filenames?: boolean;
}

/** The extensions pre-commit's `identify` tags with each of the hook's `types_or` (identify/extensions.py). */
const IDENTIFY_EXTENSIONS: Record<string, string[]> = {
  ts: ['ts', 'mts', 'cts'],
  tsx: ['tsx'],
  javascript: ['js', 'mjs', 'cjs'],
  jsx: ['jsx'],
};

async function createRepository(prefix: string): Promise<TemporaryGitRepository> {
  const repository = new TemporaryGitRepository(prefix);
  await repository.init();
  repository.write({ 'package.json': '{ "name": "hook-fixture", "private": true, "type": "module" }\n', 'src/math.ts': CLEAN });
  await repository.git(['add', '.']);
  await repository.git(['commit', '--quiet', '-m', 'initial']);
  return repository;
}

function installGitHook(repository: TemporaryGitRepository, script: string): void {
  fs.writeFileSync(path.join(repository.root, '.git', 'hooks', 'pre-commit'), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
}

describe('lint-staged recipe', () => {
  let repository: TemporaryGitRepository;
  beforeEach(async () => {
    repository = await createRepository('lint-staged');
    repository.write({ '.lintstagedrc.json': JSON.stringify(LINT_STAGED_RECIPE, null, 2) });
    const lintStagedPackage = createRequire(import.meta.url).resolve('lint-staged/package.json');
    const { bin } = JSON.parse(fs.readFileSync(lintStagedPackage, 'utf8')) as { bin: Record<string, string> };
    const lintStagedBin = path.join(path.dirname(lintStagedPackage), bin['lint-staged'] ?? '');
    installGitHook(repository, `exec "${process.execPath}" "${lintStagedBin}"`);
  });
  afterEach(() => repository.remove());

  it('refuses a commit with a finding and accepts it once fixed', async () => {
    repository.write({ 'src/math.ts': BROKEN });
    await repository.git(['add', 'src/math.ts']);
    const refused = await repository.run('git', ['commit', '-m', 'break math']);
    expect(refused.exitCode).not.toBe(0);
    expect(`${refused.stdout}${refused.stderr}`).toContain('Parsing error: Expression expected.');
    expect(await repository.commitCount()).toBe(1);

    repository.write({ 'src/math.ts': `${CLEAN}export const zero = 0;\n` });
    await repository.git(['add', 'src/math.ts']);
    const accepted = await repository.run('git', ['commit', '-m', 'extend math']);
    expect(accepted.exitCode).toBe(0);
    expect(await repository.commitCount()).toBe(2);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parseYaml(fs.readFileSync(path.join(REPOSITORY_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDefinition[];
  const hook = hooks.find((definition) => definition.id === 'balanced');

  it('declares a node hook that runs `balanced scan` on the staged TypeScript and JavaScript files', () => {
    expect(hook).toMatchObject({ language: 'node', entry: 'balanced scan --max-warnings 0', types_or: ['ts', 'tsx', 'javascript', 'jsx'] });
    expect(hook?.pass_filenames).not.toBe(false);
  });

  // The pre-commit framework itself comes from PyPI, which this machine cannot reach. The git hook below does
  // what pre-commit does with this definition: select the staged files whose type matches `types_or`, and run
  // `entry` with them appended (pre-commit has stashed unstaged changes, so the files hold the staged content).
  describe('its entry, run the way pre-commit runs it from a git hook', () => {
    let repository: TemporaryGitRepository;
    beforeEach(async () => {
      repository = await createRepository('pre-commit');
      const patterns = (hook?.types_or ?? []).flatMap((type) => IDENTIFY_EXTENSIONS[type] ?? []).map((extension) => `'*.${extension}'`);
      installGitHook(
        repository,
        [`files=$(git diff --cached --name-only --diff-filter=ACMR -- ${patterns.join(' ')})`, '[ -z "$files" ] && exit 0', `exec ${hook?.entry ?? 'false'} $files`].join('\n'),
      );
    });
    afterEach(() => repository.remove());

    it('refuses a commit with a finding and accepts one without', async () => {
      repository.write({ 'src/math.ts': BROKEN, 'notes.md': '# notes\n' });
      await repository.git(['add', '.']);
      const refused = await repository.run('git', ['commit', '-m', 'break math']);
      expect(refused.exitCode).toBe(1);
      // git hands a hook's standard output to its own standard error.
      expect(refused.stderr).toContain('src/math.ts\n  2:13  error  Parsing error: Expression expected.');
      expect(await repository.commitCount()).toBe(1);

      repository.write({ 'src/math.ts': CLEAN });
      await repository.git(['add', '.']);
      const accepted = await repository.run('git', ['commit', '-m', 'notes']);
      expect(accepted.exitCode).toBe(0);
      expect(await repository.commitCount()).toBe(2);
    });
  });
});
