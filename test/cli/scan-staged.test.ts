import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TemporaryGitRepository } from './git-repository';
import { createTemporaryFolder, removeTemporaryFolder, runBalanced } from './run-balanced';

const CLEAN = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';
const BROKEN = 'export function add(a: number, b: number): number {\n  return a + ;\n}\n';

describe('balanced scan --staged', () => {
  let repository: TemporaryGitRepository;

  beforeEach(async () => {
    repository = new TemporaryGitRepository('staged');
    await repository.init();
    repository.write({ 'package.json': '{ "name": "staged-fixture", "private": true, "type": "module" }\n', 'src/math.ts': CLEAN, 'src/other.ts': 'export const other = 1;\n' });
    await repository.git(['add', '.']);
    await repository.git(['commit', '--quiet', '-m', 'initial']);
  });

  afterEach(() => repository.remove());

  it('lints the staged content of a file, not the working tree', async () => {
    repository.write({ 'src/math.ts': BROKEN });
    await repository.git(['add', 'src/math.ts']);
    repository.write({ 'src/math.ts': CLEAN }); // fixed in the working tree, but the fix is not staged
    const run = await repository.run('balanced', ['scan', '--staged']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('src/math.ts\n  2:13  error  Parsing error: Expression expected.');
    expect(run.exitCode).toBe(1);
    const workingTree = await repository.run('balanced', ['scan']);
    expect(workingTree.exitCode).toBe(0);
  });

  it('passes when the staged content is clean, even if the working tree is not', async () => {
    repository.write({ 'src/math.ts': `${CLEAN}// staged\n` });
    await repository.git(['add', 'src/math.ts']);
    repository.write({ 'src/math.ts': BROKEN });
    const run = await repository.run('balanced', ['scan', '--staged', '--format', 'json']);
    expect(run.exitCode).toBe(0);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: unknown[] }[];
    expect(results).toEqual([expect.objectContaining({ filePath: `${repository.root}/src/math.ts`, messages: [] })]);
  });

  it('reports unused flags when the flag registry itself is staged', async () => {
    const flag = (owner: string) => ({ state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'on', metadata: { owner, expires: '2030-01-01' } });
    repository.write({ 'flags.flagd.json': `${JSON.stringify({ flags: { 'used-flag': flag('team-a'), 'forgotten-flag': flag('team-b') } }, null, 2)}\n` });
    repository.write({ 'src/flags.ts': "import { OpenFeature } from '@openfeature/server-sdk';\nexport const isUsed = () => OpenFeature.getClient().getBooleanValue('used-flag', false);\n" });
    await repository.git(['add', 'flags.flagd.json']);
    await repository.git(['commit', '--quiet', '-m', 'flags', '--no-verify', '--allow-empty']);
    repository.write({ 'flags.flagd.json': `${JSON.stringify({ flags: { 'used-flag': flag('team-a'), 'forgotten-flag': flag('team-c') } }, null, 2)}\n` });
    await repository.git(['add', 'flags.flagd.json']);
    const run = await repository.run('balanced', ['scan', '--staged', '--max-warnings', '0']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('flags.flagd.json\n  15:5  warning  Flag "forgotten-flag" is defined in the registry but no code evaluates it.');
    expect(run.exitCode).toBe(1);
  });

  it('scans nothing and exits 0 when no source file is staged', async () => {
    repository.write({ 'src/other.ts': 'export const other = ;\n', 'README.md': '# readme\n' });
    await repository.git(['add', 'README.md']);
    const run = await repository.run('balanced', ['scan', '--staged', '--format', 'json']);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });
});

describe('balanced scan --staged outside git', () => {
  let folder: string;
  beforeEach(() => {
    folder = createTemporaryFolder('no-git');
  });
  afterEach(() => removeTemporaryFolder(folder));

  it('exits 2 with git\'s explanation', async () => {
    const run = await runBalanced(['scan', '--staged'], { cwd: folder, env: { ...process.env, GIT_CEILING_DIRECTORIES: folder } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('git rev-parse failed');
    expect(run.stderr).toContain('not a git repository');
  });
});
