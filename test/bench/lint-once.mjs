// One measured lint run for run-bench.mjs, in its own process: prints { ms, rssMb, findings, ruleTimes } as JSON.
import { ESLint } from 'eslint';
import * as parser from '@typescript-eslint/parser';
import balanced from 'eslint-plugin-balanced';

const [workspace, scenarioJson] = process.argv.slice(2);
const scenario = JSON.parse(scenarioJson);

const languageOptions = {
  parser,
  parserOptions: scenario.typed ? { projectService: true, tsconfigRootDir: workspace } : {},
};
const config = scenario.balanced
  ? [balanced.configs.recommended, { languageOptions }]
  : [{ files: ['**/*.ts'], languageOptions }];

const eslint = new ESLint({ cwd: workspace, overrideConfigFile: true, overrideConfig: config, stats: true, cache: false });

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
const start = performance.now();
const results = await eslint.lintFiles([scenario.pattern ?? 'src/service-*/**/*.ts']);
const ms = Math.round(performance.now() - start);
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const ruleTimes = {};
for (const result of results) {
  for (const pass of result.stats?.times.passes ?? []) {
    for (const [rule, timing] of Object.entries(pass.rules ?? {})) ruleTimes[rule] = (ruleTimes[rule] ?? 0) + timing.total;
  }
}
const findings = results.reduce((sum, result) => sum + result.messages.length, 0);
process.stdout.write(JSON.stringify({ ms, rssMb: Math.round(peakRss / 1024 / 1024), findings, ruleTimes: scenario.balanced ? ruleTimes : undefined }));
