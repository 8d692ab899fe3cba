// `npm run bench`: how much Balanced adds to a lint run, as ratios against a baseline measured in the same run.
// Baseline: ESLint with the TypeScript parser and no rules. Each scenario runs in a fresh child process
// (so its peak memory is its own) over a synthetic workspace of copies of the example service.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const copies = Number(process.env.BENCH_COPIES ?? 20);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

const workspace = mkdtempSync(path.join(tmpdir(), 'balanced-bench-'));
try {
  for (let copy = 0; copy < copies; copy++) {
    cpSync(path.join(repoRoot, 'examples/shop-service/src'), path.join(workspace, 'src', `service-${copy}`), { recursive: true });
  }
  cpSync(path.join(repoRoot, 'examples/shop-service/flags.flagd.json'), path.join(workspace, 'flags.flagd.json'));
  cpSync(path.join(repoRoot, 'examples/shop-service/tsconfig.json'), path.join(workspace, 'tsconfig.json'));
  writeFileSync(path.join(workspace, 'package.json'), '{ "name": "bench-workspace", "private": true, "type": "module" }\n');
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(workspace, 'node_modules'), 'dir');

  const scenarios = [
    { name: 'baseline: parser only', balanced: false, typed: false },
    { name: 'balanced recommended, untyped', balanced: true, typed: false },
    { name: 'baseline: parser only, typed', balanced: false, typed: true },
    { name: 'balanced recommended, typed', balanced: true, typed: true },
  ];
  const results = scenarios.map((scenario) => ({ ...scenario, ...measure(scenario) }));
  const [untypedBase, untyped, typedBase, typed] = results;

  console.log(`Balanced bench: ${copies} copies of examples/shop-service, best of ${rounds} runs each\n`);
  for (const result of results) {
    console.log(`${result.name.padEnd(34)} ${String(result.ms).padStart(6)} ms  ${String(result.rssMb).padStart(5)} MB peak RSS  ${result.findings} findings`);
  }
  console.log('');
  console.log(`untyped: time x${(untyped.ms / untypedBase.ms).toFixed(2)}, memory x${(untyped.rssMb / untypedBase.rssMb).toFixed(2)} vs the parser-only baseline`);
  console.log(`typed:   time x${(typed.ms / typedBase.ms).toFixed(2)}, memory x${(typed.rssMb / typedBase.rssMb).toFixed(2)} vs the typed parser-only baseline`);
  const [single, double] = [500, 1000].map((functions) => measureHugeFile(functions));
  console.log(`\none generated file, ${double.functions} vs ${single.functions} critical functions with retries, logs and calls:`);
  console.log(`  ${single.ms} ms vs ${double.ms} ms: x${(double.ms / single.ms).toFixed(2)} for twice the code (linear is about x2)`);
  for (const [label, result] of [['untyped', untyped], ['typed', typed]]) {
    console.log(`\nper-rule time (${label} run):`);
    for (const [rule, ms] of Object.entries(result.ruleTimes ?? {}).sort(([, a], [, b]) => b - a)) console.log(`  ${rule.padEnd(40)} ${ms.toFixed(1)} ms`);
  }
} finally {
  rmSync(workspace, { recursive: true, force: true });
}

/** Lints one file of `functions` generated functions (untyped, recommended config): a quadratic rule shows here. */
function measureHugeFile(functions) {
  const lines = ["import axios from 'axios';", "import pino from 'pino';", 'const logger = pino();', 'const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));'];
  for (let index = 0; index < functions; index++) {
    lines.push(
      `export async function chargeCustomer${index}(user: { id: string; email: string }) {`,
      '  for (let attempt = 0; attempt < 3; attempt++) {',
      '    try {',
      `      logger.info({ userId: user.id, email: user.email }, 'charge ${index}');`,
      `      return await axios.post('/charges/${index}', { user: user.id });`,
      '    } catch (error) {',
      '      await sleep(100 * 2 ** attempt);',
      '    }',
      '  }',
      '  return undefined;',
      '}',
    );
  }
  writeFileSync(path.join(workspace, 'src', 'huge.ts'), lines.join('\n'));
  try {
    return { functions, ...measure({ name: 'huge file', balanced: true, typed: false, pattern: 'src/huge.ts' }) };
  } finally {
    rmSync(path.join(workspace, 'src', 'huge.ts'));
  }
}

function measure(scenario) {
  let best;
  for (let round = 0; round < rounds; round++) {
    const output = execFileSync(process.execPath, [path.join(here, 'lint-once.mjs'), workspace, JSON.stringify(scenario)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const sample = JSON.parse(output);
    if (!best || sample.ms < best.ms) best = sample;
  }
  return best;
}
