import { parseDocument } from 'yaml';
import { isYamlRegistry, parseFlagRegistry } from './flag-registry';
import { findEntry, type LocatedValue } from './located-value';
import { parseLocatedJson } from './parse-located-json';
import { parseLocatedYaml } from './parse-located-yaml';

/** The outcome of deleting a flag from a registry file's text. */
export interface RegistryEditResult {
  readonly text: string;
  readonly changed: boolean;
  readonly problems: readonly string[];
}

/**
 * Deletes one flag from the text of a flagd definition file (JSON, or YAML by extension), touching only the text
 * of that flag so the rest keeps its formatting (and, in YAML, its comments). Pure: text in, text out. The
 * language server applies it after the code cleanup; it never returns a registry that no longer parses.
 */
export function removeFlagFromRegistry(registryText: string, fileName: string, key: string): RegistryEditResult {
  const isYaml = isYamlRegistry(fileName);
  const parsed = isYaml ? parseLocatedYaml(registryText) : parseLocatedJson(registryText);
  if ('problem' in parsed) return unchanged(registryText, [`${fileName} does not parse, so flag \`${key}\` was not removed: ${parsed.problem.message}`]);
  const flags = parsed.value.kind === 'object' ? findEntry(parsed.value, 'flags')?.value : undefined;
  const members = flags ? getMembers(flags) : [];
  const index = members.findIndex((member) => member.key === key);
  if (!flags || index === -1) return unchanged(registryText, [`Flag \`${key}\` is not in ${fileName}`]);

  let text: string;
  if (!isYaml) {
    const range = getJsonRemovalRange(flags, members, index);
    text = registryText.slice(0, range.start) + registryText.slice(range.end);
  } else if (registryText[flags.start] === '{' || registryText[flags.start] === '[' || members.length === 1) {
    text = deleteThroughDocument(registryText, flags.kind === 'array' ? index : key);
  } else {
    const member = members[index] as Member;
    text = registryText.slice(0, getLineStart(registryText, member.start)) + registryText.slice(getNextLineStart(registryText, member.end));
  }
  const check = parseFlagRegistry(text, fileName);
  if (!check.isUsable) return unchanged(registryText, [`Removing flag \`${key}\` would break ${fileName}; edit it by hand`]);
  return { text, changed: true, problems: [] };
}

interface Member {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

function getMembers(flags: LocatedValue): Member[] {
  if (flags.kind === 'object') return flags.entries.map((entry) => ({ key: entry.key, start: entry.keyStart, end: entry.value.end }));
  if (flags.kind === 'array') {
    return flags.items.flatMap((item) => {
      const keyEntry = item.kind === 'object' ? findEntry(item, 'key') : undefined;
      return keyEntry?.value.kind === 'scalar' && typeof keyEntry.value.value === 'string' ? [{ key: keyEntry.value.value, start: item.start, end: item.end }] : [];
    });
  }
  return [];
}

/**
 * A JSON member with the comma that goes with it: up to the next member (taking the comma after it), else back
 * from the previous one (taking the comma before it), else the whole content of the container.
 */
function getJsonRemovalRange(flags: LocatedValue, members: readonly Member[], index: number): { start: number; end: number } {
  const member = members[index] as Member;
  const next = members[index + 1];
  const previous = members[index - 1];
  if (next) return { start: member.start, end: next.start };
  if (previous) return { start: previous.end, end: member.end };
  return { start: flags.start + 1, end: flags.end - 1 };
}

/** Flow-style YAML and a last remaining flag have no lines of their own to delete: the YAML library rewrites them. */
function deleteThroughDocument(text: string, member: string | number): string {
  const document = parseDocument(text);
  document.deleteIn(['flags', member]);
  return document.toString();
}

function getLineStart(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset).trim() === '' ? lineStart : offset;
}

function getNextLineStart(text: string, offset: number): number {
  if (text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function unchanged(text: string, problems: string[]): RegistryEditResult {
  return { text, changed: false, problems };
}
