import { ESLintUtils } from '@typescript-eslint/utils';
import { runRuleTests } from '../rule-tester';
import { createRule } from '../../src/util/create-rule';
import { getTypeInformation } from '../../src/util/type-information';
import { isTypeFromPackages } from '../../src/util/type-origin';
import { resolveQualifiedName } from '../../src/util/module-bindings';

const rule = createRule<[], 'x'>({
  name: 'x',
  meta: { type: 'problem', docs: { description: 'x', recommended: 'recommended' }, messages: { x: '{{what}}' }, schema: [], defaultOptions: [] },
  create(context) {
    const types = getTypeInformation(context);
    return {
      CallExpression(node) {
        const q = resolveQualifiedName(context.sourceCode, node.callee);
        const t = types && node.callee.type === 'MemberExpression' ? isTypeFromPackages(types, node.callee.object, ['axios'], ['AxiosInstance']) : false;
        context.report({ node, messageId: 'x', data: { what: `${q?.module ?? '-'}:${q?.path.join('.') ?? '-'}:${t}` } });
      },
    };
  },
});
void ESLintUtils;
runRuleTests('smoke', rule, {
  valid: [],
  invalid: [
    { code: "import axios from 'axios'; const api = axios.create(); api.get('/x');", typed: true, errors: [{ messageId: 'x', data: { what: 'axios:create:false' } }, { messageId: 'x', data: { what: '-:-:true' } }] },
    { code: "import axios from 'axios'; const api = axios.create(); api.get('/x');", typed: false, errors: [{ messageId: 'x', data: { what: 'axios:create:false' } }, { messageId: 'x', data: { what: '-:-:false' } }] },
    { code: "import * as http from 'node:http'; http.get('x');", errors: [{ messageId: 'x', data: { what: 'http:get:false' } }] },
    { code: "const { request } = require('undici'); request('x');", errors: [{ messageId: 'x', data: { what: '<global>:require:false' } }, { messageId: 'x', data: { what: 'undici:request:false' } }] },
    { code: "globalThis.fetch('x');", errors: [{ messageId: 'x', data: { what: '<global>:fetch:false' } }] },
  ],
});
