import { describe, expect, it } from 'vitest';
import { fixture, runBalanced, STACK_TRACE_LINE } from './run-balanced';

describe('balanced scan: broken input', () => {
  it('reports a file the parser rejects as a parse error finding and keeps scanning the others', async () => {
    const run = await runBalanced(['scan', '--format', 'json'], { cwd: fixture('parse-error') });
    expect(run.exitCode).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { fatal?: boolean; message: string; line: number; column: number }[] }[];
    expect(results.map((result) => result.filePath.split('/').slice(-2).join('/')).sort()).toEqual(['src/broken.ts', 'src/fine.ts']);
    const broken = results.find((result) => result.filePath.endsWith('broken.ts'));
    expect(broken?.messages).toEqual([expect.objectContaining({ fatal: true, message: "Parsing error: ')' expected.", line: 2, column: 50 })]);
    expect(run.stderr).toBe('');
  });

  it('prints the parse error in the stylish format with its position', async () => {
    const run = await runBalanced(['scan'], { cwd: fixture('parse-error') });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('src/broken.ts\n  2:50  error  Parsing error: \')\' expected.  parse error');
    expect(run.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('exits 2 with the file and line of a broken eslint.config.js, without a stack trace', async () => {
    const run = await runBalanced(['scan'], { cwd: fixture('broken-eslint-config') });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Cannot load ${fixture('broken-eslint-config')}/eslint.config.js:9:1: Unexpected token ']'`);
    expect(run.stderr).toContain('--untrusted');
    expect(run.stderr).not.toMatch(STACK_TRACE_LINE);
  });

  it('does not load a broken eslint.config.js in untrusted mode', async () => {
    const run = await runBalanced(['scan', '--untrusted', 'src'], { cwd: fixture('broken-eslint-config') });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
  });

  it('exits 2 with the line and column of a malformed balanced.config.json', async () => {
    const run = await runBalanced(['scan'], { cwd: fixture('malformed-balanced-config') });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      `balanced: ${fixture('malformed-balanced-config')}/balanced.config.json: invalid JSON at line 4, column 3: Expected double-quoted property name\n`,
    );
  });

  it.each([
    [['scan', '--format', 'xml'], '--format must be stylish, json or sarif, not "xml".'],
    [['scan', '--max-warnings', 'many'], '--max-warnings must be a whole number such as 0, not "many".'],
    [['coverage', '--min', '1.5'], '--min must be a ratio between 0 and 1 such as 0.9, not "1.5".'],
    [['scan', '--staged', 'src'], '--staged scans the files staged in git; give either --staged or paths, not both.'],
    [['deploy'], 'Unknown command "deploy". The commands are scan, coverage, flags and lsp.'],
    [['scan', '--fix'], "Unknown option '--fix'"],
  ])('exits 2 on the usage error in %j', async (args, message) => {
    const run = await runBalanced(args, { cwd: fixture('parse-error') });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Run "balanced --help" for usage.');
  });

  it('exits 2 when a path to scan does not exist', async () => {
    const run = await runBalanced(['scan', 'src/missing.ts'], { cwd: fixture('parse-error') });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('balanced: No such file or folder: src/missing.ts\n');
  });

  it('prints its usage with --help and exits 0', async () => {
    const run = await runBalanced(['--help'], { cwd: fixture('parse-error') });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('Usage: balanced <command> [options]');
    expect(run.stdout).toContain('Exit codes: 0 clean, 1 findings (or below --min), 2 usage or configuration error.');
  });

  it('reserves "balanced lsp --stdio" for the language server', async () => {
    const run = await runBalanced(['lsp', '--stdio'], { cwd: fixture('parse-error') });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('the language server is not available yet');
  });
});
