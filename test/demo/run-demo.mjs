// `npm run demo`: Balanced on the example shop service, through the `balanced` CLI:
//   1. `balanced scan --format json`, printed grouped by rule with each finding's suggested fixes;
//   2. `balanced coverage`: the critical paths and how many are instrumented;
//   3. `balanced flags`: the feature-flag inventory.
// The scan finding problems is the point of the demo; only a crash or a configuration error (exit 2) fails it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serviceDir = path.join(repoRoot, 'examples/shop-service');
const balancedBin = path.join(repoRoot, 'language-server/bin/balanced.js');

function runBalanced(args) {
  const result = spawnSync(process.execPath, [balancedBin, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 && result.status !== 1) {
    process.stderr.write(result.stderr);
    throw new Error(`balanced ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
  return result.stdout;
}

function printScanByRule(results) {
  const byRule = new Map();
  for (const result of results) {
    for (const message of result.messages) {
      const findings = byRule.get(message.ruleId ?? '(parse error)') ?? [];
      findings.push({ file: path.relative(repoRoot, result.filePath), message });
      byRule.set(message.ruleId ?? '(parse error)', findings);
    }
  }
  const total = [...byRule.values()].reduce((sum, findings) => sum + findings.length, 0);
  console.log(`$ balanced scan examples/shop-service   (${results.length} files, ${total} findings, grouped by rule)\n`);
  for (const [rule, findings] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${rule} (${findings.length})`);
    for (const { file, message } of findings) {
      console.log(`  ${file}:${message.line}:${message.column}  ${message.message}`);
      for (const suggestion of message.suggestions ?? []) console.log(`      fix: ${suggestion.desc}`);
    }
    console.log('');
  }
}

printScanByRule(JSON.parse(runBalanced(['scan', path.relative(repoRoot, serviceDir), '--format', 'json'])));
console.log('$ balanced coverage --root examples/shop-service\n');
console.log(runBalanced(['coverage', '--root', path.relative(repoRoot, serviceDir)]));
console.log('$ balanced flags --root examples/shop-service\n');
console.log(runBalanced(['flags', '--root', path.relative(repoRoot, serviceDir)]));
