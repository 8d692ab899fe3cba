import * as path from 'node:path';
import type { FlagInventory, FlagInventoryEntry, FlagStatus } from '../engine';
import type { Command } from './arguments';
import { EXIT_CLEAN, EXIT_USAGE_OR_CONFIGURATION, printProblems, type CliIo } from './cli-io';
import { formatTable } from './format/table';
import { openWorkspace } from './open-workspace';
import { ProgressBar } from './progress-bar';

type FlagsCommand = Extract<Command, { name: 'flags' }>;

const ATTENTION_STATUSES: readonly FlagStatus[] = ['archived', 'expired', 'unused', 'orphaned'];

/** `balanced flags`: the flag inventory, flags that need attention first. An inventory never fails the build. */
export async function runFlags(command: FlagsCommand, io: CliIo): Promise<number> {
  const workspace = await openWorkspace(command.common, io);
  if (!workspace) return EXIT_USAGE_OR_CONFIGURATION;
  const progress = new ProgressBar(io.stderr);
  const analyzed = await workspace.inventoryFlags(new Date(), { onProgress: (done, total) => progress.update(done, total) });
  progress.finish();
  printProblems(io, analyzed.problems);
  if (analyzed.problems.some((problem) => problem.kind === 'configuration')) return EXIT_USAGE_OR_CONFIGURATION;
  io.stdout.write(command.format === 'json' ? `${JSON.stringify(toJson(analyzed.result, io.cwd), null, 2)}\n` : formatInventory(analyzed.result, io.cwd));
  return EXIT_CLEAN;
}

function formatInventory(inventory: FlagInventory, cwd: string): string {
  if (inventory.flags.length === 0) return 'No feature flags found: no flag registry (flags.flagd.json, flagd.json, flags.json) and no flag evaluation in the code.\n';
  const rows = inventory.flags.map((flag) => [
    flag.key,
    flag.statuses.join(', '),
    flag.state ?? '-',
    flag.owner ?? '-',
    flag.expires ?? '-',
    String(flag.uses.length),
    [...new Set(flag.uses.map((use) => path.relative(cwd, use.path)))].join(', ') || '-',
  ]);
  const table = formatTable(['KEY', 'STATUS', 'STATE', 'OWNER', 'EXPIRES', 'REFS', 'FILES'], rows);
  const counts = ATTENTION_STATUSES.map((status) => `${inventory.flags.filter((flag) => flag.statuses.includes(status)).length} ${status}`).join(', ');
  const registries = inventory.registryPaths.map((registry) => path.relative(cwd, registry)).join(', ') || 'no registry';
  const dynamic = inventory.dynamicUseCount > 0 ? `\n${inventory.dynamicUseCount} evaluation(s) compute their key at run time and are not counted; an "unused" flag may be used through one.` : '';
  return `${table}\n\n${inventory.flags.length} flags (${registries}): ${counts}.${dynamic}\n`;
}

function toJson(inventory: FlagInventory, cwd: string): object {
  return {
    registries: inventory.registryPaths.map((registry) => path.relative(cwd, registry)),
    dynamicReferences: inventory.dynamicUseCount,
    flags: inventory.flags.map((flag: FlagInventoryEntry) => ({
      key: flag.key,
      statuses: flag.statuses,
      state: flag.state ?? null,
      owner: flag.owner ?? null,
      expires: flag.expires ?? null,
      registry: flag.registryPath === undefined ? null : path.relative(cwd, flag.registryPath),
      line: flag.definition?.start.line ?? null,
      references: flag.uses.length,
      files: [...new Set(flag.uses.map((use) => path.relative(cwd, use.path)))],
    })),
  };
}
