import type { FlagEvaluationMethod, FlagSdkEntry } from './types';

/**
 * Feature-flag SDKs: how code gets a client and which client methods evaluate a flag, with the argument that
 * holds the key. `src/flags/flag-references.ts` reads this list; `balanced/no-orphaned-flag` and the flag cleanup
 * act on what it finds. Versions are those installed as devDependencies and type-checked by the tests, unless the
 * entry says it was read from the docs.
 */

// OpenFeature's evaluation API is the same in every SDK; only the server one returns promises.
// https://openfeature.dev/specification/sections/flag-evaluation
const openFeatureEvaluations = [
  { method: 'getBooleanValue', keyArgument: 0, returns: 'boolean', defaultArgument: 1 },
  { method: 'getStringValue', keyArgument: 0, returns: 'value', defaultArgument: 1 },
  { method: 'getNumberValue', keyArgument: 0, returns: 'value', defaultArgument: 1 },
  { method: 'getObjectValue', keyArgument: 0, returns: 'value', defaultArgument: 1 },
  { method: 'getBooleanDetails', keyArgument: 0, returns: 'object', defaultArgument: 1 },
  { method: 'getStringDetails', keyArgument: 0, returns: 'object', defaultArgument: 1 },
  { method: 'getNumberDetails', keyArgument: 0, returns: 'object', defaultArgument: 1 },
  { method: 'getObjectDetails', keyArgument: 0, returns: 'object', defaultArgument: 1 },
] satisfies readonly FlagEvaluationMethod[];

// The server and browser Unleash clients evaluate alike. https://docs.getunleash.io/reference/sdks/node
const unleashEvaluations = [
  { method: 'isEnabled', keyArgument: 0, returns: 'boolean' },
  { method: 'getVariant', keyArgument: 0, returns: 'object' },
] satisfies readonly FlagEvaluationMethod[];

// GrowthBook's client, also re-exported and handed out (`useGrowthBook()`) by its React SDK.
const growthBookEvaluations = [
  { method: 'isOn', keyArgument: 0, returns: 'boolean' },
  { method: 'isOff', keyArgument: 0, returns: 'negated-boolean' },
  { method: 'getFeatureValue', keyArgument: 0, returns: 'value', defaultArgument: 1 },
  { method: 'evalFeature', keyArgument: 0, returns: 'object' },
  { method: 'feature', keyArgument: 0, returns: 'object' },
] satisfies readonly FlagEvaluationMethod[];

export const flagSdks = [
  {
    name: 'OpenFeature (server)',
    // `@openfeature/js-sdk` is the server SDK's name before 1.6 (deprecated on npm, still in many services).
    modules: ['@openfeature/server-sdk', '@openfeature/nestjs-sdk', '@openfeature/js-sdk'],
    typePackages: ['@openfeature/server-sdk', '@openfeature/core'],
    clients: [{ path: ['OpenFeature', 'getClient'], use: 'call' }],
    derivedClientMethods: [],
    clientTypeNames: ['Client'],
    evaluations: openFeatureEvaluations,
    isAsync: true,
    source: { url: 'https://github.com/open-feature/js-sdk/blob/main/packages/server/src/client/client.ts', version: '1.23.0' },
  },
  {
    name: 'OpenFeature (web)',
    modules: ['@openfeature/web-sdk', '@openfeature/react-sdk'],
    typePackages: ['@openfeature/web-sdk', '@openfeature/react-sdk', '@openfeature/core'],
    clients: [
      { path: ['OpenFeature', 'getClient'], use: 'call' },
      { path: ['useOpenFeatureClient'], use: 'call' },
      // The React SDK's hooks are evaluations exported by the module itself.
      { path: [], use: 'value' },
    ],
    derivedClientMethods: [],
    clientTypeNames: ['Client'],
    evaluations: [
      ...openFeatureEvaluations,
      { method: 'useBooleanFlagValue', keyArgument: 0, returns: 'boolean', defaultArgument: 1 },
      { method: 'useStringFlagValue', keyArgument: 0, returns: 'value', defaultArgument: 1 },
      { method: 'useNumberFlagValue', keyArgument: 0, returns: 'value', defaultArgument: 1 },
      { method: 'useObjectFlagValue', keyArgument: 0, returns: 'value', defaultArgument: 1 },
      { method: 'useFlag', keyArgument: 0, returns: 'object', defaultArgument: 1 },
    ],
    isAsync: false,
    source: { url: 'https://openfeature.dev/docs/reference/technologies/client/web/react', version: 'react-sdk 1.x (docs)' },
  },
  {
    name: 'LaunchDarkly (server)',
    modules: ['@launchdarkly/node-server-sdk', 'launchdarkly-node-server-sdk'],
    typePackages: ['@launchdarkly/node-server-sdk', '@launchdarkly/js-server-sdk-common', 'launchdarkly-node-server-sdk'],
    clients: [{ path: ['init'], use: 'call' }],
    derivedClientMethods: ['waitForInitialization'],
    clientTypeNames: ['LDClient'],
    evaluations: [
      { method: 'variation', keyArgument: 0, returns: 'value', defaultArgument: 2 },
      { method: 'boolVariation', keyArgument: 0, returns: 'boolean', defaultArgument: 2 },
      { method: 'stringVariation', keyArgument: 0, returns: 'value', defaultArgument: 2 },
      { method: 'numberVariation', keyArgument: 0, returns: 'value', defaultArgument: 2 },
      { method: 'jsonVariation', keyArgument: 0, returns: 'value', defaultArgument: 2 },
      { method: 'variationDetail', keyArgument: 0, returns: 'object', defaultArgument: 2 },
      { method: 'boolVariationDetail', keyArgument: 0, returns: 'object', defaultArgument: 2 },
      { method: 'stringVariationDetail', keyArgument: 0, returns: 'object', defaultArgument: 2 },
      { method: 'numberVariationDetail', keyArgument: 0, returns: 'object', defaultArgument: 2 },
      { method: 'jsonVariationDetail', keyArgument: 0, returns: 'object', defaultArgument: 2 },
    ],
    isAsync: true,
    source: { url: 'https://github.com/launchdarkly/js-core/blob/main/packages/shared/sdk-server/src/api/LDClient.ts', version: 'node-server-sdk 9.13.7' },
  },
  {
    name: 'LaunchDarkly (client)',
    modules: ['launchdarkly-js-client-sdk'],
    typePackages: ['launchdarkly-js-client-sdk', 'launchdarkly-js-sdk-common'],
    clients: [{ path: ['initialize'], use: 'call' }],
    derivedClientMethods: [],
    clientTypeNames: ['LDClient'],
    evaluations: [
      { method: 'variation', keyArgument: 0, returns: 'value', defaultArgument: 1 },
      { method: 'variationDetail', keyArgument: 0, returns: 'object', defaultArgument: 1 },
    ],
    isAsync: false,
    source: { url: 'https://github.com/launchdarkly/js-client-sdk/blob/main/typings.d.ts', version: '3.9.5' },
  },
  {
    name: 'Unleash',
    modules: ['unleash-client'],
    typePackages: ['unleash-client'],
    clients: [
      { path: ['initialize'], use: 'call' },
      { path: ['startUnleash'], use: 'call' },
      { path: ['Unleash'], use: 'new' },
      // `isEnabled` and `getVariant` are also exported functions bound to the client `initialize()` created.
      { path: [], use: 'value' },
    ],
    derivedClientMethods: [],
    clientTypeNames: ['Unleash'],
    evaluations: unleashEvaluations,
    isAsync: false,
    source: { url: 'https://github.com/Unleash/unleash-node-sdk/blob/main/src/unleash.ts', version: '6.12.1' },
  },
  {
    name: 'Unleash (frontend)',
    modules: ['unleash-proxy-client'],
    typePackages: ['unleash-proxy-client'],
    clients: [{ path: ['UnleashClient'], use: 'new' }],
    derivedClientMethods: [],
    clientTypeNames: ['UnleashClient'],
    evaluations: unleashEvaluations,
    isAsync: false,
    source: { url: 'https://docs.getunleash.io/reference/sdks/javascript-browser', version: '3.x (docs)' },
  },
  {
    name: 'Unleash (React)',
    modules: ['@unleash/proxy-client-react'],
    typePackages: ['@unleash/proxy-client-react'],
    clients: [
      // The hooks are evaluations exported by the module itself; `useUnleashClient()` gives the underlying client.
      { path: [], use: 'value' },
      { path: ['useUnleashClient'], use: 'call' },
      { path: ['UnleashClient'], use: 'new' },
    ],
    derivedClientMethods: [],
    clientTypeNames: [],
    evaluations: [
      { method: 'useFlag', keyArgument: 0, returns: 'boolean' },
      { method: 'useVariant', keyArgument: 0, returns: 'object' },
      ...unleashEvaluations,
    ],
    isAsync: false,
    source: { url: 'https://github.com/Unleash/proxy-client-react/blob/main/src/index.ts', version: '5.1.0' },
  },
  {
    name: 'GrowthBook (React)',
    modules: ['@growthbook/growthbook-react'],
    typePackages: ['@growthbook/growthbook-react'],
    clients: [
      { path: [], use: 'value' },
      { path: ['useGrowthBook'], use: 'call' },
      { path: ['GrowthBook'], use: 'new' },
    ],
    derivedClientMethods: [],
    clientTypeNames: ['GrowthBook'],
    evaluations: [
      { method: 'useFeatureIsOn', keyArgument: 0, returns: 'boolean' },
      { method: 'useFeatureValue', keyArgument: 0, returns: 'value', defaultArgument: 1 },
      { method: 'useFeature', keyArgument: 0, returns: 'object' },
      ...growthBookEvaluations,
    ],
    isAsync: false,
    source: { url: 'https://github.com/growthbook/growthbook/blob/main/packages/sdk-react/src/GrowthBookReact.tsx', version: '1.8.0' },
  },
  {
    name: 'LaunchDarkly (React)',
    modules: ['launchdarkly-react-client-sdk'],
    typePackages: ['launchdarkly-react-client-sdk'],
    clients: [{ path: ['useLDClient'], use: 'call' }],
    derivedClientMethods: [],
    clientTypeNames: ['LDClient'],
    evaluations: [
      { method: 'variation', keyArgument: 0, returns: 'value', defaultArgument: 1 },
      { method: 'variationDetail', keyArgument: 0, returns: 'object', defaultArgument: 1 },
    ],
    // `useFlags()` returns every flag with its key camel-cased (`useCamelCaseFlagKeys`, on by default).
    flagMaps: [{ path: ['useFlags'], keyCase: 'camelCase' }],
    isAsync: false,
    source: { url: 'https://github.com/launchdarkly/react-client-sdk/blob/main/src/useFlags.ts', version: '3.9.4' },
  },
  {
    name: 'GrowthBook',
    modules: ['@growthbook/growthbook'],
    typePackages: ['@growthbook/growthbook'],
    clients: [
      { path: ['GrowthBook'], use: 'new' },
      { path: ['GrowthBookClient'], use: 'new' },
    ],
    derivedClientMethods: ['createScopedInstance'],
    clientTypeNames: ['GrowthBook', 'GrowthBookClient', 'UserScopedGrowthBook'],
    evaluations: growthBookEvaluations,
    isAsync: false,
    source: { url: 'https://github.com/growthbook/growthbook/blob/main/packages/sdk-js/src/GrowthBook.ts', version: '1.8.0' },
  },
  {
    name: 'Flagsmith (server)',
    modules: ['flagsmith-nodejs'],
    typePackages: ['flagsmith-nodejs'],
    // v3+ exports the class by name; v2 and earlier default-exported it.
    clients: [
      { path: ['Flagsmith'], use: 'new' },
      { path: [], use: 'new' },
    ],
    // Evaluations run on the `Flags` object these return, not on the client.
    derivedClientMethods: ['getEnvironmentFlags', 'getIdentityFlags'],
    clientTypeNames: ['Flags'],
    evaluations: [
      { method: 'isFeatureEnabled', keyArgument: 0, returns: 'boolean' },
      { method: 'getFeatureValue', keyArgument: 0, returns: 'value' },
    ],
    isAsync: false,
    source: { url: 'https://github.com/Flagsmith/flagsmith-nodejs-client/blob/main/sdk/models.ts', version: '8.1.2' },
  },
  {
    name: 'Flagsmith (client)',
    modules: ['flagsmith', 'flagsmith/isomorphic', 'react-native-flagsmith'],
    typePackages: ['flagsmith', 'react-native-flagsmith'],
    clients: [
      { path: [], use: 'value' },
      { path: ['createFlagsmithInstance'], use: 'call' },
    ],
    derivedClientMethods: [],
    clientTypeNames: ['IFlagsmith'],
    evaluations: [
      { method: 'hasFeature', keyArgument: 0, returns: 'boolean' },
      { method: 'getValue', keyArgument: 0, returns: 'value' },
    ],
    isAsync: false,
    source: { url: 'https://docs.flagsmith.com/clients/javascript', version: '9.x (docs)' },
  },
  {
    name: 'Statsig',
    modules: ['statsig-node'],
    typePackages: ['statsig-node'],
    clients: [
      // The default export (and the named `Statsig`) is the client singleton.
      { path: [], use: 'value' },
      { path: ['Statsig'], use: 'value' },
      { path: ['StatsigServer'], use: 'new' },
    ],
    derivedClientMethods: [],
    clientTypeNames: ['StatsigServer'],
    // The user comes first: `checkGate(user, 'gate')`. Since statsig-node 6 these return synchronously.
    evaluations: [
      { method: 'checkGate', keyArgument: 1, returns: 'boolean' },
      { method: 'checkGateSync', keyArgument: 1, returns: 'boolean' },
      { method: 'getExperiment', keyArgument: 1, returns: 'object' },
      { method: 'getExperimentSync', keyArgument: 1, returns: 'object' },
      { method: 'getConfig', keyArgument: 1, returns: 'object' },
      { method: 'getConfigSync', keyArgument: 1, returns: 'object' },
    ],
    isAsync: false,
    source: { url: 'https://github.com/statsig-io/node-js-server-sdk/blob/main/src/index.ts', version: '6.5.2' },
  },
  {
    name: 'Split',
    modules: ['@splitsoftware/splitio'],
    typePackages: ['@splitsoftware/splitio', '@splitsoftware/splitio-commons'],
    clients: [{ path: ['SplitFactory'], use: 'call' }],
    derivedClientMethods: ['client'],
    clientTypeNames: [],
    // On the server the traffic key comes first: `getTreatment('user-42', 'checkout-v2')`.
    evaluations: [
      { method: 'getTreatment', keyArgument: 1, returns: 'value' },
      { method: 'getTreatmentWithConfig', keyArgument: 1, returns: 'object' },
    ],
    isAsync: false,
    source: { url: 'https://github.com/splitio/javascript-commons/blob/development/types/splitio.d.ts', version: 'splitio 11.11.2' },
  },
  {
    name: 'Split (browser)',
    modules: ['@splitsoftware/splitio-browserjs'],
    typePackages: ['@splitsoftware/splitio-browserjs', '@splitsoftware/splitio-commons'],
    clients: [{ path: ['SplitFactory'], use: 'call' }],
    derivedClientMethods: ['client'],
    clientTypeNames: [],
    // A browser client is bound to its traffic key: `getTreatment('checkout-v2')`.
    evaluations: [
      { method: 'getTreatment', keyArgument: 0, returns: 'value' },
      { method: 'getTreatmentWithConfig', keyArgument: 0, returns: 'object' },
    ],
    isAsync: false,
    source: { url: 'https://github.com/splitio/javascript-commons/blob/development/types/splitio.d.ts', version: 'splitio-commons 2.x (types)' },
  },
  {
    name: 'ConfigCat',
    modules: ['configcat-node', 'configcat-js', 'configcat-js-ssr', '@configcat/sdk'],
    typePackages: ['configcat-node', 'configcat-common', 'configcat-js', 'configcat-js-ssr', '@configcat/sdk'],
    clients: [
      { path: ['getClient'], use: 'call' },
      // Removed in configcat-node 9 / configcat-js 8, still common: https://configcat.com/docs/sdk-reference/node/
      { path: ['createClient'], use: 'call' },
      { path: ['createClientWithAutoPoll'], use: 'call' },
      { path: ['createClientWithLazyLoad'], use: 'call' },
      { path: ['createClientWithManualPoll'], use: 'call' },
    ],
    derivedClientMethods: [],
    clientTypeNames: ['IConfigCatClient'],
    evaluations: [
      { method: 'getValueAsync', keyArgument: 0, returns: 'value', defaultArgument: 1 },
      { method: 'getValueDetailsAsync', keyArgument: 0, returns: 'object', defaultArgument: 1 },
    ],
    isAsync: true,
    source: { url: 'https://github.com/configcat/common-js/blob/master/src/ConfigCatClient.ts', version: 'configcat-node 11.4.1' },
  },
  {
    name: 'DevCycle',
    modules: ['@devcycle/nodejs-server-sdk'],
    typePackages: ['@devcycle/nodejs-server-sdk', '@devcycle/js-cloud-server-sdk'],
    // `initialize` is the deprecated name of `initializeDevCycle`, kept as an alias in the types.
    clients: [
      { path: ['initializeDevCycle'], use: 'call' },
      { path: ['initialize'], use: 'call' },
    ],
    derivedClientMethods: ['onClientInitialized'],
    clientTypeNames: ['DevCycleClient', 'DevCycleCloudClient'],
    // The user comes first: `variableValue(user, 'key', default)`. Local bucketing (the default) is synchronous;
    // the cloud client returns promises, which the flag cleanup handles through the surrounding `await`.
    evaluations: [
      { method: 'variableValue', keyArgument: 1, returns: 'value', defaultArgument: 2 },
      { method: 'variable', keyArgument: 1, returns: 'object', defaultArgument: 2 },
    ],
    isAsync: false,
    source: { url: 'https://github.com/DevCycleHQ/js-sdks/blob/main/sdk/nodejs/src/client.ts', version: '1.55.9' },
  },
] satisfies readonly FlagSdkEntry[];
