import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built `balanced` binary, run exactly as npm's `bin` link runs it. */
export const BALANCED_BIN = fileURLToPath(new URL('../../language-server/bin/balanced.js', import.meta.url));
export const WORKSPACE_FIXTURES = fileURLToPath(new URL('../fixtures/workspaces/', import.meta.url));
export const SARIF_SCHEMA = fileURLToPath(new URL('../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url));

export interface ProcessRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** The run fails with a message naming the command when it has not exited by then. */
  readonly deadlineMs?: number;
}

/** Runs a command to completion and collects its output; kills it and rejects if it outlives the deadline. */
export function runProcess(command: string, args: readonly string[], options: RunOptions): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const deadlineMs = options.deadlineMs ?? 120_000;
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`"${command} ${args.join(' ')}" in ${options.cwd} did not exit within ${deadlineMs} ms.\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, deadlineMs);
    child.on('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(deadline);
      resolve({ exitCode, stdout, stderr });
    });
  });
}

/** Runs `balanced <args>` in a folder. */
export function runBalanced(args: readonly string[], options: RunOptions): Promise<ProcessRun> {
  return runProcess(process.execPath, [BALANCED_BIN, ...args], options);
}

/** The path of a fixture workspace. */
export function fixture(name: string): string {
  return path.join(WORKSPACE_FIXTURES, name);
}

/** A fresh temporary folder; remove it with `removeTemporaryFolder` in `afterEach`/`afterAll`. */
export function createTemporaryFolder(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `balanced-${prefix}-`));
}

export function removeTemporaryFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
}

/** A stack trace line, which users must never see. */
export const STACK_TRACE_LINE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

