// No rule may throw, whatever the code: odd constructs, half-written statements that still parse, JSX,
// decorators, CommonJS, and a huge generated file. ESLint turns a rule's exception into a thrown error,
// so linting each input with every rule on (both configs' options) is the check.
import { Linter } from 'eslint';
import * as parser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index';

const oddInputs: Record<string, string> = {
  empty: '',
  'only comments': '// nothing here\n/* @critical */\n',
  'calls with no arguments': 'fetch();\naxios();\nlogger.info();\nclient.getBooleanValue();\nrouter.post();\nsetTimeout();\n',
  'computed and optional members': "const k = 'get';\n(axios as any)[k]?.('x');\nlogger?.['info']?.(user?.email);\nclient?.getBooleanValue?.(`flag-${id}`, false);\n",
  'dynamic everything': 'export default async function (...args: any[]) { for (;;) { try { return await (args[0] as any)(...args); } catch { await new Promise((r) => setTimeout(r, args[1])); } } }\n',
  'recursion without a name': 'export const retry = async (fn: () => Promise<unknown>, n = 3): Promise<unknown> => fn().catch(() => (n ? retry(fn, n - 1) : undefined));\n',
  'class soup': [
    "import { Controller, Post, Body } from '@nestjs/common';",
    "@Controller('payments')",
    'export class PaymentsController {',
    '  #secret = 1;',
    '  static { void 0; }',
    "  @Post() async charge(@Body() body: { email: string }) { console.log(body); return this['charge']; }",
    '  get payment() { return 1; }',
    '  set payment(value: number) { void value; }',
    '}',
  ].join('\n'),
  'generators and labels': 'export function* checkout() { outer: while (true) { try { yield fetch("x"); break outer; } catch { continue outer; } } }\n',
  'CommonJS': "const axios = require('axios');\nmodule.exports.charge = async function charge() { return axios.post('/charge'); };\nexports.pay = () => require('got')('x');\n",
  'spans everywhere': "import { trace } from '@opentelemetry/api';\nconst span = trace.getTracer('x').startSpan('a');\nspan.end(); span.end();\nexport const s2 = trace.getTracer('x').startSpan('b');\n",
  'flag calls with odd keys': "import { OpenFeature } from '@openfeature/server-sdk';\nconst c = OpenFeature.getClient();\nc.getBooleanValue(123 as any, false);\nc.getBooleanValue(`a${1}`, false);\nc.getStringValue(...([] as [string, string]));\n",
};

const jsxInput = 'export function Checkout({ user }: { user: { email: string } }) {\n  console.log(user);\n  return <button onClick={() => fetch("/api/checkout")}>{user.email && <span>{user.email}</span>}</button>;\n}\n';

/** A large file made of many copies of the shapes the rules look at: nothing may be quadratic enough to hang. */
function generateHugeFile(copies: number): string {
  const lines = ["import axios from 'axios';", "import pino from 'pino';", 'const logger = pino();', 'declare const sleep: (ms: number) => Promise<void>;'];
  for (let index = 0; index < copies; index++) {
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
  return lines.join('\n');
}

const allRulesOn = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`balanced/${name}`, 'error' as const]));

function lint(code: string, filename: string) {
  const linter = new Linter({ configType: 'flat' });
  const config = [
    { files: ['**/*.ts', '**/*.tsx'], plugins: { balanced: plugin }, languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } }, rules: allRulesOn },
    { ...plugin.configs.strict, files: ['**/*.ts', '**/*.tsx'] },
  ];
  return linter.verify(code, config as Linter.Config[], { filename });
}

describe('every rule survives odd code', () => {
  it.each(Object.entries(oddInputs))('%s', (_name, code) => {
    const messages = lint(code, 'odd.ts');
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  });

  it('JSX', () => {
    expect(lint(jsxInput, 'odd.tsx').filter((message) => message.fatal)).toEqual([]);
  });

  it('a huge generated file', () => {
    const messages = lint(generateHugeFile(500), 'huge.ts');
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    // Each copy has an unguarded call, a fixed-delay retry, an email in a log and an uninstrumented charge.
    expect(messages.filter((message) => message.ruleId === 'balanced/no-unguarded-outbound-call')).toHaveLength(500);
  });
});
