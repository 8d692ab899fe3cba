import * as fs from 'node:fs';
import * as path from 'node:path';
import { BALANCED_BIN, createTemporaryFolder, runProcess, type ProcessRun } from './run-balanced';

/**
 * A throw-away git repository for pre-commit tests, isolated from the user's and the system's git config
 * (no global hooks, templates or signing), with `balanced` on PATH as an installed package puts it there.
 */
export class TemporaryGitRepository {
  readonly root: string;
  readonly env: NodeJS.ProcessEnv;
  private readonly folder: string;

  constructor(prefix: string) {
    this.folder = createTemporaryFolder(prefix);
    this.root = path.join(this.folder, 'repository');
    const binFolder = path.join(this.folder, 'bin');
    fs.mkdirSync(this.root);
    fs.mkdirSync(binFolder);
    // What npm's bin link does: a `balanced` command that runs the package's bin script with node.
    fs.writeFileSync(path.join(binFolder, 'balanced'), `#!/bin/sh\nexec "${process.execPath}" "${BALANCED_BIN}" "$@"\n`, { mode: 0o755 });
    const emptyConfig = path.join(this.folder, 'gitconfig');
    fs.writeFileSync(emptyConfig, '');
    this.env = {
      ...process.env,
      PATH: `${binFolder}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      GIT_CONFIG_GLOBAL: emptyConfig,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Balanced Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Balanced Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    };
  }

  async init(): Promise<void> {
    await this.git(['init', '--quiet', '--initial-branch=main']);
  }

  /** Writes files (paths relative to the repository root). */
  write(files: Readonly<Record<string, string>>): void {
    for (const [relative, text] of Object.entries(files)) {
      const filePath = path.join(this.root, relative);
      fs.mkdirSync(path.dirname(filePath), { recursive: true });
      fs.writeFileSync(filePath, text);
    }
  }

  /** Runs git in the repository; fails the test with git's output when git fails. */
  async git(args: readonly string[]): Promise<string> {
    const run = await this.run('git', args);
    if (run.exitCode !== 0) throw new Error(`git ${args.join(' ')} failed (${run.exitCode}): ${run.stderr}`);
    return run.stdout;
  }

  run(command: string, args: readonly string[]): Promise<ProcessRun> {
    return runProcess(command, args, { cwd: this.root, env: this.env });
  }

  async commitCount(): Promise<number> {
    const run = await this.run('git', ['rev-list', '--count', 'HEAD']);
    return run.exitCode === 0 ? Number(run.stdout.trim()) : 0;
  }

  remove(): void {
    fs.rmSync(this.folder, { recursive: true, force: true });
  }
}
