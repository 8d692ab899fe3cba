import * as path from 'node:path';
import type { BalancedConfig } from './balanced-config';
import { findSourceFiles } from './file-discovery';
import { createRecommendedSetup, createWorkspaceConfigSetup, findFlatConfigFile, type FlatConfig, type LintSetup } from './lint-setup';
import type { Analyzed } from './types';
import { WorkspaceLinter } from './workspace-linter';
import type { WorkspaceProgram } from './workspace-program';

/** A lint setup with the linter that runs it. */
export interface ChosenLintSetup {
  readonly setup: LintSetup;
  readonly linter: WorkspaceLinter;
}

/**
 * Picks how the workspace is linted. A trusted workspace whose own flat config enables any `balanced/*`
 * rule is linted with that config (the user's options, files and ignores win); every other workspace gets
 * Balanced's recommended config plus `balanced.config.json`. An untrusted workspace never has its config
 * loaded: an `eslint.config.js` is a program, and loading it runs the workspace's code.
 * A config that fails to load is a configuration problem and no setup is returned.
 */
export async function chooseLintSetup(
  root: string,
  isTrusted: boolean,
  balancedConfig: BalancedConfig,
  program: WorkspaceProgram,
): Promise<Analyzed<ChosenLintSetup | undefined>> {
  const configPath = findFlatConfigFile(root);
  const recommended = (reason: string): Analyzed<ChosenLintSetup> => {
    const setup = createRecommendedSetup(root, balancedConfig, reason);
    return { result: { setup, linter: new WorkspaceLinter(root, setup, program) }, problems: [] };
  };
  if (!configPath) return recommended('no eslint.config.* in the workspace');
  const configName = path.relative(root, configPath);
  if (!isTrusted) return recommended(`untrusted workspace: ${configName} not loaded`);

  const setup = createWorkspaceConfigSetup(root, configPath);
  const linter = new WorkspaceLinter(root, setup, program);
  const problems = await linter.verifyConfig(path.join(root, 'balanced-probe.ts'));
  if (problems.length > 0) return { result: undefined, problems };
  if (!(await enablesBalancedRules(root, linter))) return recommended(`${configName} enables no balanced rule`);
  return { result: { setup, linter }, problems: [] };
}

/** Whether the workspace config turns on a `balanced/*` rule for at least one of the workspace's source files. */
async function enablesBalancedRules(root: string, linter: WorkspaceLinter): Promise<boolean> {
  for (const filePath of findSourceFiles(root, ['.']).result) {
    const config = await linter.getFileConfig(filePath);
    if (config && hasBalancedRuleOn(config)) return true;
  }
  return false;
}

function hasBalancedRuleOn(config: FlatConfig): boolean {
  return Object.entries(config.rules ?? {}).some(([ruleId, entry]) => {
    if (!ruleId.startsWith('balanced/')) return false;
    const severity: unknown = Array.isArray(entry) ? entry[0] : entry;
    return severity !== 0 && severity !== 'off';
  });
}
