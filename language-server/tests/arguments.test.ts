import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand, UsageError } from '../src/cli/arguments';

describe('parseCommand', () => {
  it.each([
    [['scan'], { name: 'scan', paths: ['/work'], format: 'stylish', maxWarnings: undefined, isStaged: false }],
    [['scan', 'src', 'lib', '--format', 'sarif', '--max-warnings', '0'], { name: 'scan', paths: ['/work/src', '/work/lib'], format: 'sarif', maxWarnings: 0, isStaged: false }],
    [['scan', '--staged', '--untrusted'], { name: 'scan', isStaged: true, common: { root: '/work', isTrusted: false } }],
    [['coverage', '--min', '0.9', '--format', 'json'], { name: 'coverage', minimum: 0.9, format: 'json' }],
    [['flags', '--root', 'services/api'], { name: 'flags', common: { root: '/work/services/api', isTrusted: true } }],
    // Run from outside the workspace it names, a scan covers that whole workspace, not the folder it was typed in.
    [['scan', '--root', 'services/api'], { name: 'scan', paths: ['/work/services/api'], common: { root: '/work/services/api' } }],
    [['scan', '--root', 'services/api', 'services/api/src'], { name: 'scan', paths: ['/work/services/api/src'], common: { root: '/work/services/api' } }],
    [['lsp', '--stdio'], { name: 'lsp' }],
    [[], { name: 'help' }],
    [['--version'], { name: 'version' }],
  ])('parses %j', (argv, expected) => {
    expect(parseCommand(argv, '/work')).toMatchObject(expected);
  });

  it.each([
    [['scan', '--min', '0.5'], '--min is not an option of "balanced scan".'],
    [['flags', 'src'], '"balanced flags" takes no paths (got "src"); it always covers the whole workspace.'],
    [['coverage', '--format', 'sarif'], '--format must be stylish or json for this command, not "sarif".'],
    [['scan', '--max-warnings=-1'], '--max-warnings must be a whole number such as 0, not "-1".'],
    [['scan', '--root', 'services/api', 'lib'], '/work/lib is outside the workspace /work/services/api; give paths inside it, or a --root that contains them.'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommand(argv, '/work')).toThrow(new UsageError(message));
  });
});

describe('the workspace root', () => {
  it('is the nearest folder up with a package.json or a config, so a run from src/ scans the package', () => {
    const fixture = path.resolve(__dirname, '../../test/fixtures/workspaces/parse-error');
    const command = parseCommand(['scan'], path.join(fixture, 'src'));
    expect(command).toMatchObject({ common: { root: fixture }, paths: [path.join(fixture, 'src')] });
  });
});

describe('the workspace root of a scan with paths', () => {
  it('is the workspace of the first path, so a service can be scanned from the repository root', () => {
    const repository = path.resolve(__dirname, '../..');
    const service = path.join(repository, 'test/fixtures/workspaces/service-recommended');
    expect(parseCommand(['scan', 'test/fixtures/workspaces/service-recommended'], repository)).toMatchObject({ common: { root: service }, paths: [service] });
    expect(parseCommand(['scan', 'test/fixtures/workspaces/service-recommended/src/clean.ts'], repository)).toMatchObject({ common: { root: service } });
  });
});
