// resolveQualifiedName and isTypeFromPackages through a probe rule that reports what they answer for each call,
// so the helpers are exercised on the real parser's AST and scopes, with and without type information.
import { runRuleTests } from '../rule-tester';
import { createRule } from '../../src/util/create-rule';
import { resolveQualifiedName } from '../../src/util/module-bindings';
import { getTypeInformation } from '../../src/util/type-information';
import { isTypeFromPackages } from '../../src/util/type-origin';

const probe = createRule<[], 'resolved'>({
  name: 'module-bindings-probe',
  meta: {
    type: 'problem',
    docs: { description: 'Reports what the module-binding helpers resolve for each call.', recommended: 'recommended' },
    messages: { resolved: '{{name}} {{isAxiosInstance}}' },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const typeInformation = getTypeInformation(context);
    return {
      CallExpression(node) {
        const name = resolveQualifiedName(context.sourceCode, node.callee);
        const isAxiosInstance =
          typeInformation !== undefined &&
          node.callee.type === 'MemberExpression' &&
          isTypeFromPackages(typeInformation, node.callee.object, ['axios'], ['AxiosInstance']);
        context.report({
          node,
          messageId: 'resolved',
          data: { name: name ? `${name.module}:${name.path.join('.')}` : 'local', isAxiosInstance: String(isAxiosInstance) },
        });
      },
    };
  },
});

const resolved = (name: string, isAxiosInstance = false) => ({ messageId: 'resolved' as const, data: { name, isAxiosInstance: String(isAxiosInstance) } });

runRuleTests('module-bindings', probe, {
  valid: [],
  invalid: [
    {
      code: "import axios from 'axios';\nconst api = axios.create();\napi.get('/x');",
      typed: true,
      errors: [resolved('axios:create'), resolved('local', true)],
    },
    {
      code: "import axios from 'axios';\nconst api = axios.create();\napi.get('/x');",
      typed: false,
      errors: [resolved('axios:create'), resolved('local')],
    },
    { code: "import * as http from 'node:http';\nhttp.get('x');", errors: [resolved('http:get')] },
    { code: "import { request as send } from 'undici';\nsend('x');", errors: [resolved('undici:request')] },
    { code: "import * as axiosNamespace from 'axios';\naxiosNamespace.default.get('x');", errors: [resolved('axios:get')] },
    { code: "const { request } = require('undici');\nrequest('x');", errors: [resolved('<global>:require'), resolved('undici:request')] },
    { code: "const got = require('got').default;\ngot('x');", errors: [resolved('<global>:require'), resolved('got:')] },
    { code: "globalThis.fetch('x');", errors: [resolved('<global>:fetch')] },
    { code: "function run(fetch: (url: string) => void) {\n  fetch('x');\n}", errors: [resolved('local')] },
  ],
});
