import * as fs from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fixture, runBalanced, SARIF_SCHEMA } from './run-balanced';

// The schema's `language` pattern is not valid under the `u` flag (a stray `]`), hence unicodeRegExp: false.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')) as object);

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string }[] } };
    artifacts: { location: { uri: string; uriBaseId: string } }[];
    results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    invocations?: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
  }[];
}

async function scanSarif(workspace: string): Promise<{ exitCode: number | null; log: SarifLog }> {
  const run = await runBalanced(['scan', '--format', 'sarif'], { cwd: fixture(workspace) });
  expect(run.stderr).toBe('');
  const log = JSON.parse(run.stdout) as SarifLog;
  const isValid = validateSarif(log);
  expect(validateSarif.errors ?? [], 'SARIF schema violations').toEqual([]);
  expect(isValid).toBe(true);
  return { exitCode: run.exitCode, log };
}

describe('balanced scan --format sarif', () => {
  it('uses a validator that rejects logs breaking the schema', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    expect(validateSarif({ version: '2.0.0', runs: [] })).toBe(false);
  });

  it('writes a SARIF 2.1.0 log that validates against the schema, with parse errors as tool notifications', async () => {
    const { exitCode, log } = await scanSarif('parse-error');
    expect(exitCode).toBe(1);
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run?.tool.driver.name).toBe('balanced');
    expect(run?.artifacts.map((artifact) => artifact.location)).toEqual([
      { uri: 'src/broken.ts', uriBaseId: '%SRCROOT%' },
      { uri: 'src/fine.ts', uriBaseId: '%SRCROOT%' },
    ]);
    expect(run?.results).toEqual([]);
    const notification = run?.invocations?.[0]?.toolExecutionNotifications[0];
    expect(run?.invocations?.[0]?.executionSuccessful).toBe(false);
    expect(notification?.message.text).toBe("Parsing error: ')' expected.");
    expect(notification?.locations[0]?.physicalLocation).toEqual(
      expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: 'src/broken.ts' }), region: expect.objectContaining({ startLine: 2, startColumn: 50 }) }),
    );
  });

  it('validates for a workspace with rule findings, each result pointing at a rule with its documentation', async () => {
    const { log } = await scanSarif('service-recommended');
    const [run] = log.runs;
    expect(run?.artifacts.map((artifact) => artifact.location.uri)).toEqual(['src/checkout.ts', 'src/clean.ts', 'src/payment-client.ts', 'flags.flagd.json']);
    const outbound = run?.results.find((result) => result.ruleId === 'balanced/no-unguarded-outbound-call');
    expect(outbound).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'src/payment-client.ts' }, region: { startLine: 10 } } }] });
    // The unused flag is a warning at its key in the registry file.
    const unusedFlag = run?.results.find((result) => result.locations[0]?.physicalLocation.artifactLocation.uri === 'flags.flagd.json');
    expect(unusedFlag).toMatchObject({ ruleId: 'balanced/no-orphaned-flag', level: 'warning', locations: [{ physicalLocation: { region: { startLine: 22 } } }] });
    for (const result of run?.results ?? []) {
      expect(result.ruleId).toMatch(/^balanced\//);
      expect(run?.tool.driver.rules.map((rule) => rule.id)).toContain(result.ruleId);
    }
    for (const rule of run?.tool.driver.rules ?? []) expect(rule.helpUri).toMatch(/eslint-plugin\/docs\/rules\/.+\.md$/);
  });
});

describe('balanced scan --format json', () => {
  it("prints ESLint's JSON result shape: one entry per file with messages and counts", async () => {
    const run = await runBalanced(['scan', '--format', 'json', 'src/broken.ts'], { cwd: fixture('parse-error') });
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        filePath: `${fixture('parse-error')}/src/broken.ts`,
        messages: [{ ruleId: null, severity: 2, fatal: true, message: "Parsing error: ')' expected.", line: 2, column: 50, endLine: 2, endColumn: 50 }],
        errorCount: 1,
        fatalErrorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
    ]);
  });
});
