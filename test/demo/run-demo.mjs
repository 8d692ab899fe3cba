// `npm run demo`: lints the example shop service with eslint-plugin-balanced's recommended config
// (typed linting on) and prints the findings grouped by rule, each with its suggested fixes.
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serviceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/shop-service');

const eslint = new ESLint({ cwd: serviceDir });
const results = await eslint.lintFiles(['src/**/*.ts']);

/** @type {Map<string, { file: string, line: number, column: number, message: string, fixes: string[] }[]>} */
const byRule = new Map();
for (const result of results) {
  for (const message of result.messages) {
    const rule = message.ruleId ?? '(parser)';
    const findings = byRule.get(rule) ?? [];
    findings.push({
      file: path.relative(serviceDir, result.filePath),
      line: message.line,
      column: message.column,
      message: message.message,
      fixes: (message.suggestions ?? []).map((suggestion) => suggestion.desc),
    });
    byRule.set(rule, findings);
  }
}

const total = [...byRule.values()].reduce((sum, findings) => sum + findings.length, 0);
console.log(`Balanced demo: ${path.relative(process.cwd(), serviceDir) || serviceDir} (${results.length} files, ${total} findings)\n`);
for (const [rule, findings] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${rule} (${findings.length})`);
  for (const finding of findings) {
    console.log(`  ${finding.file}:${finding.line}:${finding.column}  ${finding.message}`);
    for (const fix of finding.fixes) console.log(`      fix: ${fix}`);
  }
  console.log('');
}
