import * as fs from 'node:fs';
import type { FileFacts, FlagUse } from './file-facts';
import { FLAG_RULE_ID } from './file-facts';
import { LineMap } from './findings';
import { findUnusedFlags, isCamelCasedKey, loadFlagRegistry, type FlagDefinition, type FlagRegistry } from 'eslint-plugin-balanced/api';
import type { Analyzed, FileFindings, Finding, FlagInventory, FlagInventoryEntry, FlagStatus, FlagUseSite, Problem, TextRange } from './types';

/** Files that check their flag keys against the same registry files, with that registry loaded. */
interface RegistryGroup {
  readonly registryFiles: readonly string[];
  readonly registry: FlagRegistry | undefined;
  readonly files: ReadonlyMap<string, FileFacts>;
}

const STATUS_ORDER: readonly FlagStatus[] = ['archived', 'expired', 'unused', 'orphaned', 'active'];

/**
 * Unused flags as findings at their key in the registry file, for the registries of files where
 * `balanced/no-orphaned-flag` is on. Warnings, not errors: a key built at run time may use any flag.
 */
export function findUnusedFlagFindings(factsByFile: ReadonlyMap<string, FileFacts>): Analyzed<FileFindings[]> {
  const groups = groupByRegistry(factsByFile, (facts) => facts.isFlagRuleOn);
  const findingsByRegistry = new Map<string, Finding[]>();
  for (const group of groups.result) {
    if (!group.registry || !group.registry.isComplete) continue;
    const uses = [...group.files.values()].flatMap((facts) => facts.flagUses);
    for (const flag of findUnusedFlags(group.registry, uses)) {
      const findings = findingsByRegistry.get(flag.location.file) ?? [];
      findings.push(unusedFlagFinding(flag));
      findingsByRegistry.set(flag.location.file, findings);
    }
  }
  const result = [...findingsByRegistry].map(([registryPath, findings]) => ({ path: registryPath, version: 0, findings: dedupeByOffset(findings) }));
  return { result, problems: groups.problems };
}

/** The flag inventory: every registry flag and every orphaned key, with its statuses and uses. */
export function buildFlagInventory(factsByFile: ReadonlyMap<string, FileFacts>, now: Date): Analyzed<FlagInventory> {
  const groups = groupByRegistry(factsByFile, () => true);
  const entries = new Map<string, FlagInventoryEntry>();
  for (const group of groups.result) {
    for (const entry of inventoryGroup(group, now)) {
      const existing = entries.get(`${entry.registryPath ?? ''}\0${entry.key}`);
      entries.set(`${entry.registryPath ?? ''}\0${entry.key}`, existing ? mergeEntries(existing, entry) : entry);
    }
  }
  const flags = [...entries.values()].sort((a, b) => statusRank(a) - statusRank(b) || a.key.localeCompare(b.key));
  const registryPaths = [...new Set(groups.result.flatMap((group) => group.registry?.files ?? []))].sort();
  const dynamicUseCount = [...factsByFile.values()].reduce((sum, facts) => sum + facts.dynamicFlagUseCount, 0);
  return { result: { flags, registryPaths, dynamicUseCount }, problems: groups.problems };
}

function inventoryGroup(group: RegistryGroup, now: Date): FlagInventoryEntry[] {
  const usesByKey = new Map<string, FlagUseSite[]>();
  for (const [filePath, facts] of group.files) {
    for (const use of facts.flagUses) {
      const key = resolveUsedKey(group.registry, use);
      usesByKey.set(key, [...(usesByKey.get(key) ?? []), toUseSite(filePath, use)]);
    }
  }
  const registryPath = group.registry?.files[0];
  const entries: FlagInventoryEntry[] = [];
  for (const flag of group.registry?.flags.values() ?? []) {
    const uses = usesByKey.get(flag.key) ?? [];
    const statuses = STATUS_ORDER.filter((status) => hasStatus(status, flag, uses, now));
    entries.push({
      key: flag.key,
      statuses: statuses.length > 0 ? statuses : ['active'],
      registryPath: flag.location.file,
      definition: keyRange(flag),
      state: flag.state,
      owner: flag.owner,
      expires: flag.expires,
      uses,
    });
  }
  // A key is only orphaned when the registry was read completely: otherwise it may be in the unreadable part.
  const isRegistryComplete = group.registry?.isComplete ?? true;
  for (const [key, uses] of usesByKey) {
    if (group.registry?.flags.has(key) || !isRegistryComplete) continue;
    entries.push({ key, statuses: ['orphaned'], registryPath, definition: undefined, state: undefined, owner: undefined, expires: undefined, uses });
  }
  return entries;
}

function hasStatus(status: FlagStatus, flag: FlagDefinition, uses: readonly FlagUseSite[], now: Date): boolean {
  switch (status) {
    case 'archived':
      return flag.archived;
    case 'expired':
      return isExpired(flag.expires, now);
    case 'unused':
      return uses.length === 0;
    case 'orphaned':
    case 'active':
      return false;
  }
}

/** Whether an `expires` date (`2025-06-30` or an ISO date-time) is in the past. A date expires at the end of its day (UTC). */
export function isExpired(expires: string | undefined, now: Date): boolean {
  if (expires === undefined) return false;
  const isDateOnly = /^\d{4}-\d{2}-\d{2}$/.test(expires);
  const time = Date.parse(isDateOnly ? `${expires}T23:59:59.999Z` : expires);
  return Number.isFinite(time) && time < now.getTime();
}

/** Groups files by the registry files they use and loads each registry once. Registry problems are configuration problems. */
function groupByRegistry(factsByFile: ReadonlyMap<string, FileFacts>, isIncluded: (facts: FileFacts) => boolean): Analyzed<RegistryGroup[]> {
  const filesByRegistry = new Map<string, Map<string, FileFacts>>();
  for (const [filePath, facts] of factsByFile) {
    if (!isIncluded(facts)) continue;
    const groupKey = facts.registryFiles.join('\0');
    filesByRegistry.set(groupKey, (filesByRegistry.get(groupKey) ?? new Map<string, FileFacts>()).set(filePath, facts));
  }
  const problems: Problem[] = [];
  const result: RegistryGroup[] = [...filesByRegistry].map(([groupKey, files]) => {
    const registryFiles = groupKey === '' ? [] : groupKey.split('\0');
    const registry = registryFiles.length > 0 ? loadFlagRegistry(registryFiles) : undefined;
    for (const problem of registry?.problems ?? []) problems.push(registryProblem(problem));
    return { registryFiles, registry, files };
  });
  return { result, problems: dedupeProblems(problems) };
}

function registryProblem(problem: FlagRegistry['problems'][number]): Problem {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return { kind: 'configuration', path: problem.file, message: `${where}: ${problem.message}` };
}

function unusedFlagFinding(flag: FlagDefinition): Finding {
  return {
    path: flag.location.file,
    ruleId: FLAG_RULE_ID,
    severity: 'warning',
    message: `Flag "${flag.key}" is defined in the registry but no code evaluates it. Remove it once its rollout is finished or abandoned, so the registry lists only live flags.`,
    messageId: 'unusedFlag',
    range: keyRange(flag),
    isParseError: false,
    suggestions: [],
  };
}

/** The range of the key as written in the registry: the quoted string in JSON, the bare or quoted key in YAML. */
function keyRange(flag: FlagDefinition): TextRange {
  const { file, offset } = flag.location;
  const text = readText(file);
  const lines = new LineMap(text);
  const quote = text[offset];
  const length = quote === '"' || quote === "'" ? text.indexOf(quote, offset + 1) + 1 - offset : flag.key.length;
  return { start: lines.positionOf(offset), end: lines.positionOf(offset + Math.max(length, flag.key.length)) };
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The registry key a use names: its own key, or the registry flag its camel-cased name stands for (else that name). */
function resolveUsedKey(registry: FlagRegistry | undefined, use: FlagUse): string {
  if (use.key !== undefined) return use.key;
  const name = use.camelCasedKey ?? '';
  return [...(registry?.flags.keys() ?? [])].find((key) => isCamelCasedKey(key, name)) ?? name;
}

function toUseSite(filePath: string, use: FlagUse): FlagUseSite {
  return { path: filePath, range: use.range };
}

function mergeEntries(a: FlagInventoryEntry, b: FlagInventoryEntry): FlagInventoryEntry {
  const uses = [...a.uses, ...b.uses];
  const statuses = a.statuses.filter((status) => status !== 'unused' || uses.length === 0);
  return { ...a, statuses: statuses.length > 0 ? statuses : ['active'], uses };
}

function statusRank(entry: FlagInventoryEntry): number {
  return Math.min(...entry.statuses.map((status) => STATUS_ORDER.indexOf(status)));
}

function dedupeByOffset(findings: readonly Finding[]): Finding[] {
  return [...new Map(findings.map((finding) => [finding.range.start.offset, finding])).values()];
}

/** Each problem once: every file of a workspace shares its registry, and its problems. */
export function dedupeProblems(problems: readonly Problem[]): Problem[] {
  return [...new Map(problems.map((problem) => [`${problem.kind}\0${problem.message}`, problem])).values()];
}
