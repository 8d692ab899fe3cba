import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect } from 'vitest';
import { Workspace, type FileFindings, type Problem } from '../src/engine';

const REPOSITORY_NODE_MODULES = path.resolve(__dirname, '../../node_modules');

/** A workspace written from inline files into a temporary folder; the real libraries resolve through `node_modules`. */
export class FixtureWorkspace {
  readonly root: string;

  constructor(files: Readonly<Record<string, string>>) {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'balanced-engine-'));
    fs.symlinkSync(REPOSITORY_NODE_MODULES, path.join(this.root, 'node_modules'), 'dir');
    this.write({ 'package.json': '{ "name": "engine-fixture", "private": true, "type": "module" }\n', ...files });
  }

  write(files: Readonly<Record<string, string>>): void {
    for (const [relative, text] of Object.entries(files)) {
      const filePath = path.join(this.root, relative);
      fs.mkdirSync(path.dirname(filePath), { recursive: true });
      fs.writeFileSync(filePath, text);
    }
  }

  path(relative: string): string {
    return path.join(this.root, relative);
  }

  async open(isTrusted = true): Promise<{ workspace: Workspace | undefined; problems: readonly Problem[] }> {
    const opened = await Workspace.open({ root: this.root, isTrusted });
    return { workspace: opened.result, problems: opened.problems };
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** Findings as `file:line:column rule severity`, the form every engine test compares. */
export function describeFindings(root: string, files: readonly FileFindings[]): string[] {
  return files.flatMap((file) =>
    file.findings.map((finding) => `${path.relative(root, file.path)}:${finding.range.start.line}:${finding.range.start.column} ${finding.ruleId ?? 'parse-error'} ${finding.severity}`),
  );
}

/**
 * The one helper engine tests funnel through: opens a workspace made of `files`, scans it, and compares the
 * findings of `ruleId` (all findings when omitted) with `expected`. Returns the open workspace for follow-up
 * edits; the caller removes the fixture.
 */
export async function check(fixture: FixtureWorkspace, expected: readonly string[], ruleId?: string): Promise<Workspace> {
  const { workspace, problems } = await fixture.open();
  expect(problems).toEqual([]);
  if (!workspace) throw new Error('the fixture workspace did not open');
  await expectFindings(workspace, fixture.root, expected, ruleId);
  return workspace;
}

export async function expectFindings(workspace: Workspace, root: string, expected: readonly string[], ruleId?: string): Promise<void> {
  const scanned = await workspace.scan();
  expect(scanned.problems).toEqual([]);
  const found = describeFindings(root, scanned.result).filter((line) => ruleId === undefined || line.includes(` ${ruleId} `));
  expect(found).toEqual(expected);
}
