import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as parser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import rule from '../../../src/rules/no-pii-in-logs';

/**
 * Lints the labelled corpus under `src/` with the real ESLint and `balanced/no-pii-in-logs`, and compares each report
 * with the label on its line (`// pii` or `// clean`, see README.md). A report on an unlabelled line counts as a false
 * positive: every sink call in the corpus is labelled.
 */
export const corpusDir = path.join(__dirname, 'src');

export type Label = 'pii' | 'clean';

export interface Misclassified {
  readonly file: string;
  readonly line: number;
  readonly label: Label | 'unlabelled';
  readonly code: string;
  readonly message?: string;
}

export interface CorpusMetrics {
  readonly typed: boolean;
  readonly statements: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly misclassified: readonly Misclassified[];
}

const LABEL = /\/\/\s*(pii|clean)\s*$/;

export function readLabels(text: string): Map<number, Label> {
  const labels = new Map<number, Label>();
  text.split('\n').forEach((line, index) => {
    const match = LABEL.exec(line);
    if (match) labels.set(index + 1, match[1] as Label);
  });
  return labels;
}

function createLinter(typed: boolean): ESLint {
  const config: Linter.Config = {
    files: ['**/*.ts'],
    languageOptions: {
      parser,
      parserOptions: typed ? { projectService: true, tsconfigRootDir: path.dirname(corpusDir) } : {},
    },
    plugins: { balanced: { rules: { 'no-pii-in-logs': rule } } as unknown as ESLint.Plugin },
    rules: { 'balanced/no-pii-in-logs': 'error' },
  };
  return new ESLint({ cwd: path.dirname(corpusDir), overrideConfigFile: true, overrideConfig: config, ignore: false });
}

export async function measureCorpus(typed: boolean): Promise<CorpusMetrics> {
  const files = readdirSync(corpusDir).filter((name) => name.endsWith('.ts')).map((name) => path.join(corpusDir, name));
  const results = await createLinter(typed).lintFiles(files);
  let statements = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misclassified: Misclassified[] = [];
  for (const result of results) {
    const text = readFileSync(result.filePath, 'utf8');
    const lines = text.split('\n');
    const labels = readLabels(text);
    const fatal = result.messages.find((message) => message.ruleId === null);
    if (fatal) throw new Error(`${result.filePath}:${fatal.line}: ${fatal.message}`);
    const reported = new Map(result.messages.map((message) => [message.line, message.message]));
    const file = path.relative(corpusDir, result.filePath);
    const code = (line: number): string => (lines[line - 1] ?? '').trim();
    statements += labels.size;
    for (const [line, label] of labels) {
      const message = reported.get(line);
      if (label === 'pii' && message !== undefined) truePositives++;
      if (label === 'pii' && message === undefined) {
        falseNegatives++;
        misclassified.push({ file, line, label, code: code(line) });
      }
      if (label === 'clean' && message !== undefined) {
        falsePositives++;
        misclassified.push({ file, line, label, code: code(line), message });
      }
    }
    for (const [line, message] of reported) {
      if (labels.has(line)) continue;
      falsePositives++;
      misclassified.push({ file, line, label: 'unlabelled', code: code(line), message });
    }
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  return { typed, statements, truePositives, falsePositives, falseNegatives, precision, recall, misclassified };
}

export function formatMetrics(metrics: CorpusMetrics): string {
  const mode = metrics.typed ? 'with type information' : 'without type information';
  const lines = [
    `no-pii-in-logs corpus, ${mode}: ${metrics.statements} labelled statements`,
    `  precision ${metrics.precision.toFixed(3)}  (${metrics.truePositives} reported pii, ${metrics.falsePositives} false alarms)`,
    `  recall    ${metrics.recall.toFixed(3)}  (${metrics.falseNegatives} pii statements missed)`,
  ];
  for (const miss of metrics.misclassified) {
    const kind = miss.label === 'pii' ? 'missed' : 'false alarm';
    lines.push(`  ${kind.padEnd(11)} ${miss.file}:${miss.line}  ${miss.code}`);
    if (miss.message) lines.push(`              ${miss.message.split('. ')[0]}`);
  }
  return lines.join('\n');
}
