import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules';
import { DOCS_BASE_URL } from '../src/util/create-rule';
import { renderConfigs } from '../tools/render-configs';

const packageDir = path.join(__dirname, '..');

/** Every object schema is closed and every property says what it is for. */
function findSchemaProblems(schema: unknown, where: string): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, index) => findSchemaProblems(item, `${where}[${index}]`));
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const problems: string[] = [];
  if (node.type === 'object' && node.properties !== undefined && node.additionalProperties !== false) {
    problems.push(`${where} is not closed with additionalProperties: false`);
  }
  if (node.properties && typeof node.properties === 'object') {
    for (const [key, value] of Object.entries(node.properties as Record<string, unknown>)) {
      if (typeof (value as { description?: unknown }).description !== 'string') problems.push(`${where}.${key} has no description`);
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'properties') problems.push(...findSchemaProblems(value, `${where}.${key}`));
    else for (const [name, property] of Object.entries(value as Record<string, unknown>)) problems.push(...findSchemaProblems(property, `${where}.${name}`));
  }
  return problems;
}

describe.each(Object.entries(rules))('rule %s', (name, rule) => {
  it('has its source, test and docs page under its own name', () => {
    expect(existsSync(path.join(packageDir, 'src', 'rules', `${name}.ts`))).toBe(true);
    expect(existsSync(path.join(packageDir, 'tests', 'rules', `${name}.test.ts`))).toBe(true);
    expect(existsSync(path.join(packageDir, 'docs', 'rules', `${name}.md`))).toBe(true);
    expect((rule as { name?: string }).name).toBe(name);
    expect(rule.meta.docs.url).toBe(`${DOCS_BASE_URL}${name}.md`);
  });

  it('opens its docs page with the description from meta', () => {
    const doc = readFileSync(path.join(packageDir, 'docs', 'rules', `${name}.md`), 'utf8');
    const [title, , summary] = doc.split('\n');
    expect(title).toBe(`# balanced/${name}`);
    expect(summary).toBe(`📝 ${rule.meta.docs.description}`);
  });

  it('has a closed, described options schema', () => {
    expect(findSchemaProblems(rule.meta.schema, 'schema')).toEqual([]);
  });
});

describe('generated files', () => {
  it('configs match the rules\' meta (npm run generate:configs -w eslint-plugin)', () => {
    for (const [fileName, source] of Object.entries(renderConfigs())) {
      expect(readFileSync(path.join(packageDir, 'src', 'configs', fileName), 'utf8'), fileName).toBe(source);
    }
  });

  it('docs headers and the README rules table are in sync (npm run docs -w eslint-plugin)', () => {
    // eslint-doc-generator loads the built plugin; `npm test` builds first.
    expect(() => execFileSync('npm', ['run', '--silent', 'docs:check'], { cwd: packageDir, stdio: 'pipe' })).not.toThrow();
  });
});
