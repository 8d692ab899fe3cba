import { Workspace } from '../engine';
import type { CommonOptions } from './arguments';
import { printProblems, type CliIo } from './cli-io';

/** Opens the workspace and prints what is wrong with its configuration; undefined means exit 2. */
export async function openWorkspace(options: CommonOptions, io: CliIo): Promise<Workspace | undefined> {
  const opened = await Workspace.open({ root: options.root, isTrusted: options.isTrusted });
  printProblems(io, opened.problems);
  return opened.result;
}
