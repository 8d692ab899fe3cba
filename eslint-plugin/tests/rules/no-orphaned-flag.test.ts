import * as path from 'node:path';
import rule from '../../src/rules/no-orphaned-flag';
import { runRuleTests } from '../rule-tester';
import { fixturesDir } from '../type-check';

const flagsDir = path.join(fixturesDir, 'flags');
const registry = path.join(flagsDir, 'flags.flagd.json');
/** `now` pins expiry: `black-friday-banner` and `banner-color` expired on 2024-12-01, `checkout-v2` runs to 2030. */
const options = [{ registry, now: '2025-06-01' }] as const;
/** How messages name the registry file: relative to ESLint's working directory, the RuleTester's being the file-system root. */
const registryName = path.relative('/', registry);

const openFeature = `import { OpenFeature } from '@openfeature/server-sdk';
const client = OpenFeature.getClient();
`;

/** Both evaluations of `dark-mode` in the theme/logo case offer the same whole-file cleanup. */
const themeAndLogoCleanup = [
  { messageId: 'removeFlagKeepOn' as const, data: { key: 'dark-mode' }, output: `export async function theme(): Promise<string> {\n  return 'dark';\n}\nexport async function logo(): Promise<string> {\n  return 'logo-dark.svg';\n}\n` },
  { messageId: 'removeFlagKeepOff' as const, data: { key: 'dark-mode' }, output: `export async function theme(): Promise<string> {\n  return 'light';\n}\nexport async function logo(): Promise<string> {\n  return 'logo.svg';\n}\n` },
];

runRuleTests('no-orphaned-flag', rule, {
  valid: [
    // Registered keys, written every way the rule reads keys.
    { code: `${openFeature}export async function f() { return client.getBooleanValue('checkout-v2', false); }`, options },
    { code: `${openFeature}const KEY = 'checkout-v2';\nexport async function f() { return client.getBooleanValue(KEY, false); }`, options },
    { code: `${openFeature}enum Flags { CheckoutV2 = 'checkout-v2' }\nexport async function f() { return client.getBooleanValue(Flags.CheckoutV2, false); }`, options },
    { code: `${openFeature}const FLAGS = { checkout: 'checkout-v2' } as const;\nexport async function f() { return client.getBooleanValue(FLAGS.checkout, false); }`, options },
    { code: `${openFeature}import { CHECKOUT_V2, FlagKey } from './flags/keys';\nexport async function f() { return [await client.getBooleanValue(CHECKOUT_V2, false), await client.getBooleanValue(FlagKey.CheckoutV2, false)]; }`, options },
    // Dynamic keys are never reported.
    { code: `${openFeature}export async function f(name: string) { return client.getBooleanValue(name, false); }`, options },
    { code: `${openFeature}export async function f(region: string) { return client.getBooleanValue(\`checkout-\${region}\`, false); }`, options },
    // Look-alike methods on things that are not flag clients.
    { code: `const settings = { isEnabled: (name: string) => name.length > 3 };\nexport const on = settings.isEnabled('no-such-flag');`, options },
    { code: `const cache = new Map<string, boolean>();\nexport const on = cache.get('no-such-flag');`, options },
    { code: `export function f(featureService: { isEnabled(name: string): boolean }) { return featureService.isEnabled('no-such-flag'); }`, options },
    { code: `class FeatureService { isEnabled(name: string) { return name === 'x'; } }\nconst featureService = new FeatureService();\nexport const on = featureService.isEnabled('no-such-flag');`, options },
    { code: `const config = { getBooleanValue: (key: string, fallback: boolean) => fallback };\nexport const on = config.getBooleanValue('no-such-flag', false);`, options },
    { code: `class Experiments { variation(key: string) { return key; } }\nexport const v = new Experiments().variation('no-such-flag');`, options },
    { code: `declare function isEnabled(name: string): boolean;\nexport const on = isEnabled('no-such-flag');`, options },
    // A client imported from another module is only known with type information.
    { code: `import { flagClient } from './flags/client';\nexport async function f() { return flagClient.getBooleanValue('no-such-flag', false); }`, options, typed: false },
    // Other SDKs, registered keys; for Split and Statsig the key is the second argument.
    { code: `import { GrowthBook } from '@growthbook/growthbook';\nconst gb = new GrowthBook();\nexport const on = gb.isOn('checkout-v2') && gb.getFeatureValue('new-checkout-flow', false);`, options },
    { code: `import * as LaunchDarkly from '@launchdarkly/node-server-sdk';\nconst ld = LaunchDarkly.init('sdk-key');\nexport async function f() { return ld.variation('checkout-v2', { kind: 'user', key: 'u' }, false); }`, options },
    { code: `import statsig from 'statsig-node';\nexport const on = statsig.checkGate({ userID: 'not-a-flag' }, 'checkout-v2');`, options },
    { code: `import { SplitFactory } from '@splitsoftware/splitio';\nconst split = SplitFactory({ core: { authorizationKey: 'k' } }).client();\nexport const treatment = split.getTreatment('user-42', 'checkout-v2');`, options },
    { code: `import { Flagsmith } from 'flagsmith-nodejs';\nconst flagsmith = new Flagsmith({ environmentKey: 'k' });\nexport async function f() { const flags = await flagsmith.getEnvironmentFlags(); return flags.isFeatureEnabled('checkout-v2'); }`, options },
    { code: `import { initialize } from 'unleash-client';\nconst unleash = initialize({ url: 'u', appName: 'shop' });\nexport const on = unleash.isEnabled('checkout-v2');`, options },
    // Not expired yet (a date expires at the end of that day), not archived, and owner/expiry only in strict mode.
    { code: `${openFeature}export async function f() { return client.getBooleanValue('black-friday-banner', false); }`, options: [{ registry, now: '2024-12-01' }] },
    { code: `${openFeature}export async function f() { return client.getBooleanValue('search-ranking', false); }`, options },
    // No evaluation: no registry is needed and nothing is read.
    `export const ready = true;`,
    // Registries in YAML, several at once, and found upwards from the linted file.
    { code: `${openFeature}export async function f() { return client.getBooleanValue('checkout-v2', false); }`, options: [{ registry: path.join(flagsDir, 'flags.yaml') }] },
    {
      code: `${openFeature}export async function f() { return client.getBooleanValue('discovered-flag', false); }`,
      filename: 'flags/discovery/nested/service.ts',
    },
    // Look-alikes in service code: plan features, config services, experiments and toggles of the app's own.
    { code: `export function canChat(user: { hasFeature(name: string): boolean }) { return user.hasFeature('premium-support'); }`, options },
    { code: `class ConfigService { getValue(key: string) { return process.env[key]; } }\nexport const limit = new ConfigService().getValue('checkout-limit');`, options },
    { code: `class PricingExperiments { getConfig(name: string) { return { name }; } isOn(name: string) { return name !== ''; } }\nconst experiments = new PricingExperiments();\nexport const config = [experiments.getConfig('pricing'), experiments.isOn('pricing')];`, options },
    { code: `import { isEnabled } from './toggles';\nexport const on = isEnabled('no-such-flag');`, options, typed: false },
    { code: `import { OpenFeature } from './open-feature-mock';\nconst client = OpenFeature.getClient();\nexport const on = client.getBooleanValue('no-such-flag', false);`, options, typed: false },
    // The key of Statsig and Split is the second argument; the first is the user.
    { code: `import statsig from 'statsig-node';\nexport const on = statsig.checkGate({ userID: 'chekout-v2' }, 'checkout-v2');`, options },
    { code: `import * as LaunchDarkly from '@launchdarkly/node-server-sdk';\nconst ld = LaunchDarkly.init('sdk-key');\nexport async function f(flagKey: string) { return ld.variation(flagKey, { kind: 'user', key: 'u' }, false); }`, options },
    { code: `import { GrowthBook } from '@growthbook/growthbook';\nconst gb = new GrowthBook();\nexport const result = gb.evalFeature('checkout-v2');`, options },
    // SDKs whose types are not installed here: recognised from their imports alone.
    { code: `import flagsmith from 'flagsmith';\nexport const on = flagsmith.hasFeature('checkout-v2');`, options },
    { code: `import { useBooleanFlagValue } from '@openfeature/react-sdk';\nexport function useCheckout() { return useBooleanFlagValue('checkout-v2', false); }`, options },
    { code: `import { flagClient } from './flags/client';\nimport { CHECKOUT_V2 } from './flags/keys';\nexport async function f() { return flagClient.getBooleanValue(CHECKOUT_V2, false); }`, options, typed: true },
    // React SDK hooks, and LaunchDarkly's `useFlags()`, whose keys are camel-cased (`checkout-v2` is read as `checkoutV2`).
    { code: `import { useFlag } from '@unleash/proxy-client-react';\nexport const useCheckout = () => useFlag('checkout-v2');`, options },
    { code: `import { useFeatureIsOn, useFeatureValue } from '@growthbook/growthbook-react';\nexport const useCheckout = () => useFeatureIsOn('checkout-v2') && useFeatureValue('new-checkout-flow', false);`, options },
    { code: `import { useFlags } from 'launchdarkly-react-client-sdk';\nexport function useCheckout() { const { checkoutV2, newCheckoutFlow } = useFlags(); return checkoutV2 && newCheckoutFlow; }`, options },
    { code: `import { useFlags } from 'launchdarkly-react-client-sdk';\nexport function useFlag(name: string) { const flags = useFlags(); return flags.checkoutV2 || flags[name] || flags.hasOwnProperty(name); }`, options },
    { code: `import { useFlag as useUnleashFlag } from '@unleash/proxy-client-react';\nconst useFlag: (name: string) => boolean = useUnleashFlag;\nexport const useCheckout = () => useFlag('checkout-v2');`, options },
    // Hooks and flag objects of the application's own are not the SDK's.
    { code: `import { useFlags } from './flags/keys';\nexport function useCheckout() { const { chekoutV2 } = useFlags() as { chekoutV2: boolean }; return chekoutV2; }`, options, typed: false },
    { code: `export function useFlag(name: string): boolean { return name === 'x'; }\nexport const on = useFlag('no-such-flag');`, options },
    // A client assigned after its declaration, registered key; and look-alikes assigned something that is no SDK client.
    { code: `import * as LaunchDarkly from '@launchdarkly/node-server-sdk';\nlet ld: LaunchDarkly.LDClient | undefined;\nexport function start() { ld = LaunchDarkly.init('sdk-key'); }\nexport async function f() { return ld?.variation('checkout-v2', { kind: 'user', key: 'u' }, false); }`, options },
    { code: `class Pricing { variation(key: string) { return key; } }\nexport class Quotes { private client: any; start() { this.client = new Pricing(); } quote() { return this.client.variation('no-such-flag'); } }`, options },
    { code: `declare function makeBook(): { isOn(key: string): boolean };\nexport function attach(req: { book: { isOn(key: string): boolean } }) { req.book = makeBook(); return req.book.isOn('no-such-flag'); }`, options },
    // A project's wrapper service is not an SDK client, with or without types: its key may be rewritten before it reaches
    // the SDK, so its callers are checked only when the wrapper is declared in \`evaluators\`.
    { code: `import { FeatureFlagService } from './flags/feature-flag.service';\nexport class Checkout {\n  constructor(private readonly featureFlagService: FeatureFlagService) {}\n  async v3() { return this.featureFlagService.isEnabled('no-such-flag'); }\n}`, options },
    // Look-alikes of services: toggles lists, plan features, configuration.
    { code: `export class Billing {\n  private readonly featureToggles = (process.env.FEATURES ?? '').split(',');\n  constructor(private readonly permissions: { hasFeature(name: string): Promise<boolean> }, private readonly config: { get(key: string): string }) {}\n  async run() { return [this.featureToggles.includes('no-such-flag'), await this.permissions.hasFeature('no-such-flag'), this.config.get('no-such-flag')]; }\n}`, options },
    // A project wrapper declared in `evaluators`.
    { code: `declare const features: { on(key: string): boolean };\nexport const on = features.on('checkout-v2');`, options: [{ registry, evaluators: [{ callee: 'features.on' }] }] },
  ],
  invalid: [
    // Unknown keys: a typo gets a "did you mean" suggestion when the key is written in place.
    {
      code: `${openFeature}export async function f() { return client.getBooleanValue('chekout-v2', false); }`,
      options,
      errors: [
        {
          messageId: 'unknownFlag',
          line: 3,
          column: 59,
          suggestions: [
            {
              messageId: 'useRegisteredKey',
              data: { key: 'checkout-v2' },
              output: `${openFeature}export async function f() { return client.getBooleanValue('checkout-v2', false); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${openFeature}export async function f() { return client.getBooleanValue("new-chekout-flow", false); }`,
      options,
      errors: [
        {
          messageId: 'unknownFlag',
          suggestions: [
            {
              messageId: 'useRegisteredKey',
              data: { key: 'new-checkout-flow' },
              output: `${openFeature}export async function f() { return client.getBooleanValue("new-checkout-flow", false); }`,
            },
          ],
        },
      ],
    },
    { code: `${openFeature}export async function f() { return client.getBooleanValue('loyalty-points', false); }`, options, errors: [{ messageId: 'unknownFlag', suggestions: [] }] },
    // Keys held in constants, enums and `as const` objects: reported, but only literals get the rewrite.
    {
      code: `${openFeature}const KEY = 'chekout-v2';\nexport async function f() { return client.getBooleanValue(KEY, false); }`,
      options,
      errors: [{ messageId: 'unknownFlag', line: 4, suggestions: [] }],
    },
    {
      code: `${openFeature}enum Flags { Loyalty = 'loyalty-points' }\nexport async function f() { return client.getStringValue(Flags.Loyalty, 'none'); }`,
      options,
      errors: [{ messageId: 'unknownFlag' }],
    },
    // With type information: keys imported from another module, and clients imported from another module.
    {
      code: `${openFeature}import { TYPO_KEY, FlagKey } from './flags/keys';\nexport async function f() { return [await client.getBooleanValue(TYPO_KEY, false), await client.getBooleanValue(FlagKey.Missing, false)]; }`,
      options,
      typed: true,
      errors: [{ messageId: 'unknownFlag' }, { messageId: 'unknownFlag' }],
    },
    {
      code: `import { flagClient } from './flags/client';\nexport async function f() { return flagClient.getBooleanValue('no-such-flag', false); }`,
      options,
      typed: true,
      errors: [{ messageId: 'unknownFlag' }],
    },
    // A client injected by type, as in NestJS.
    {
      code: `import type { Client } from '@openfeature/server-sdk';\nexport class CheckoutService {\n  constructor(private readonly flags: Client) {}\n  async useV3() { return this.flags.getBooleanValue('checkout-v3', false); }\n}`,
      options,
      errors: [
        {
          messageId: 'unknownFlag',
          line: 4,
          suggestions: [
            {
              messageId: 'useRegisteredKey',
              data: { key: 'checkout-v2' },
              output: `import type { Client } from '@openfeature/server-sdk';\nexport class CheckoutService {\n  constructor(private readonly flags: Client) {}\n  async useV3() { return this.flags.getBooleanValue('checkout-v2', false); }\n}`,
            },
          ],
        },
      ],
    },
    // Every SDK of the catalog.
    {
      code: `import * as LaunchDarkly from '@launchdarkly/node-server-sdk';\nconst ld = LaunchDarkly.init('sdk-key');\nexport async function f() { return ld.boolVariation('loyalty-points', { kind: 'user', key: 'u' }, false); }`,
      options,
      errors: [{ messageId: 'unknownFlag' }],
    },
    {
      code: `import { initialize } from 'launchdarkly-js-client-sdk';\nconst ld = initialize('env-id', { kind: 'user', key: 'u' });\nexport const variant = ld.variation('loyalty-points', 'control');`,
      options,
      errors: [{ messageId: 'unknownFlag' }],
    },
    {
      code: `import { initialize, isEnabled } from 'unleash-client';\nconst unleash = initialize({ url: 'u', appName: 'shop' });\nexport const on = unleash.isEnabled('loyalty-points') || isEnabled('loyalty-tiers');`,
      options,
      errors: [{ messageId: 'unknownFlag' }, { messageId: 'unknownFlag' }],
    },
    {
      code: `import { Flagsmith } from 'flagsmith-nodejs';\nconst flagsmith = new Flagsmith({ environmentKey: 'k' });\nexport async function f() { const flags = await flagsmith.getEnvironmentFlags(); return flags.getFeatureValue('loyalty-points'); }`,
      options,
      errors: [{ messageId: 'unknownFlag' }],
    },
    {
      code: `import statsig from 'statsig-node';\nexport const on = statsig.checkGate({ userID: 'u' }, 'loyalty-points');`,
      options,
      errors: [{ messageId: 'unknownFlag', column: 54 }],
    },
    {
      code: `import { SplitFactory } from '@splitsoftware/splitio';\nconst factory = SplitFactory({ core: { authorizationKey: 'k' } });\nconst split = factory.client();\nexport const treatment = split.getTreatment('user-42', 'loyalty-points');`,
      options,
      errors: [{ messageId: 'unknownFlag', column: 56 }],
    },
    {
      code: `import * as configcat from 'configcat-node';\nconst configCat = configcat.getClient('sdk-key');\nexport async function f() { return configCat.getValueAsync('loyalty-points', false); }`,
      options,
      errors: [{ messageId: 'unknownFlag' }],
    },
    {
      code: `import { initializeDevCycle } from '@devcycle/nodejs-server-sdk';\nconst devcycle = initializeDevCycle('sdk-key');\nexport const on = devcycle.variableValue({ user_id: 'u' }, 'loyalty-points', false);`,
      options,
      errors: [{ messageId: 'unknownFlag' }],
    },
    {
      code: `import flagsmith from 'flagsmith';\nexport const on = flagsmith.hasFeature('loyalty-points');`,
      options,
      errors: [{ messageId: 'unknownFlag' }],
    },
    {
      code: `declare const features: { on(key: string): boolean };\nexport const on = features.on('loyalty-points');`,
      options: [{ registry, evaluators: [{ callee: 'features.on' }] }],
      errors: [{ messageId: 'unknownFlag' }],
    },
    // React SDK hooks, and flags read from LaunchDarkly's `useFlags()` by their camel-cased keys.
    {
      code: `import { useFeatureIsOn } from '@growthbook/growthbook-react';\nexport const useCheckout = () => useFeatureIsOn('chekout-v2');`,
      options,
      errors: [
        {
          messageId: 'unknownFlag',
          suggestions: [{ messageId: 'useRegisteredKey', data: { key: 'checkout-v2' }, output: `import { useFeatureIsOn } from '@growthbook/growthbook-react';\nexport const useCheckout = () => useFeatureIsOn('checkout-v2');` }],
        },
      ],
    },
    {
      code: `import { useFlags } from 'launchdarkly-react-client-sdk';\nexport function useTheme() {\n  const { chekoutV2 } = useFlags();\n  const flags = useFlags();\n  return [chekoutV2, flags.darkMode, useFlags().newCheckoutFlow];\n}`,
      options,
      errors: [
        { messageId: 'unknownFlagProperty', line: 3, column: 11, data: { name: 'chekoutV2', method: 'useFlags', registry: registryName } },
        { messageId: 'archivedFlag', line: 5, column: 28, data: { key: 'dark-mode', registry: registryName }, suggestions: [] },
      ],
    },
    // Clients assigned after their declaration: a module variable set at start-up, a field set in an init method, and
    // Express's \`req.growthbook = new GrowthBook()\` in a middleware.
    {
      code: `import * as LaunchDarkly from '@launchdarkly/node-server-sdk';\nlet ld;\nexport function start() { ld = LaunchDarkly.init('sdk-key'); }\nexport async function f() { return ld.variation('loyalty-points', { kind: 'user', key: 'u' }, false); }`,
      options,
      errors: [{ messageId: 'unknownFlag', line: 4 }],
    },
    {
      code: `import * as LaunchDarkly from '@launchdarkly/node-server-sdk';\nexport class Flags {\n  private client: any;\n  async init() { this.client = LaunchDarkly.init('sdk-key'); }\n  upsell() { return this.client.variation('loyalty-points', { kind: 'user', key: 'u' }, false); }\n}`,
      options,
      errors: [{ messageId: 'unknownFlag', line: 5 }],
    },
    {
      code: `import { GrowthBook } from '@growthbook/growthbook';\ntype FlaggedRequest = { growthbook: GrowthBook };\nexport function attach(req: FlaggedRequest) { req.growthbook = new GrowthBook(); }\nexport function handle(req: FlaggedRequest) { return req.growthbook.isOn('loyalty-points'); }`,
      options,
      errors: [{ messageId: 'unknownFlag', line: 4 }],
    },
    // Older names of SDK entry points: ConfigCat's \`createClient*\`, DevCycle's \`initialize\`, \`@openfeature/js-sdk\`.
    {
      code: `import * as configcat from 'configcat-node';\nconst configCat = (configcat as any).createClientWithAutoPoll('sdk-key');\nexport async function f() { return configCat.getValueAsync('loyalty-points', false); }`,
      options,
      errors: [{ messageId: 'unknownFlag', line: 3 }],
    },
    {
      code: `import { initialize } from '@devcycle/nodejs-server-sdk';\nconst devcycle = initialize('sdk-key');\nexport const on = devcycle.variableValue({ user_id: 'u' }, 'loyalty-points', false);`,
      options,
      errors: [{ messageId: 'unknownFlag', line: 3 }],
    },
    {
      code: `import { OpenFeature } from '@openfeature/js-sdk';\nconst client = OpenFeature.getClient();\nexport async function f() { return client.getBooleanValue('loyalty-points', false); }`,
      options,
      errors: [{ messageId: 'unknownFlag', line: 3 }],
    },
    // Archived and expired flags, with the cleanup as suggestions for boolean evaluations.
    {
      code: `import { GrowthBook } from '@growthbook/growthbook';
const gb = new GrowthBook();
export function theme(): string {
  if (gb.isOff('dark-mode')) {
    return 'light';
  }
  return 'dark';
}
`,
      options,
      errors: [
        {
          messageId: 'archivedFlag',
          line: 4,
          suggestions: [
            {
              messageId: 'removeFlagKeepOn',
              data: { key: 'dark-mode' },
              output: `export function theme(): string {
  return 'dark';
}
`,
            },
            {
              messageId: 'removeFlagKeepOff',
              data: { key: 'dark-mode' },
              output: `export function theme(): string {
  return 'light';
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `${openFeature}
export async function bannerText(name: string): Promise<string> {
  const showBanner = await client.getBooleanValue('black-friday-banner', false);
  const greeting = \`Hello \${name}\`;
  return showBanner ? \`\${greeting}, 30% off today\` : greeting;
}
`,
      options,
      errors: [
        {
          messageId: 'expiredFlag',
          data: { key: 'black-friday-banner', expires: '2024-12-01', registry: path.relative('/', registry) },
          suggestions: [
            {
              messageId: 'removeFlagKeepOn',
              data: { key: 'black-friday-banner' },
              output: `export async function bannerText(name: string): Promise<string> {
  const greeting = \`Hello \${name}\`;
  return \`\${greeting}, 30% off today\`;
}
`,
            },
            {
              messageId: 'removeFlagKeepOff',
              data: { key: 'black-friday-banner' },
              output: `export async function bannerText(name: string): Promise<string> {
  const greeting = \`Hello \${name}\`;
  return greeting;
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { GrowthBook } from '@growthbook/growthbook';
const gb = new GrowthBook();

function DarkBanner() {
  return <div className="dark">Dark</div>;
}

export function Header({ title }: { title: string }) {
  return (
    <header>
      <h1>{title}</h1>
      {gb.isOn('dark-mode') && <DarkBanner />}
    </header>
  );
}
`,
      filename: 'react.tsx',
      options,
      errors: [
        {
          messageId: 'archivedFlag',
          suggestions: [
            {
              messageId: 'removeFlagKeepOn',
              data: { key: 'dark-mode' },
              output: `function DarkBanner() {
  return <div className="dark">Dark</div>;
}

export function Header({ title }: { title: string }) {
  return (
    <header>
      <h1>{title}</h1>
      <DarkBanner />
    </header>
  );
}
`,
            },
            {
              messageId: 'removeFlagKeepOff',
              data: { key: 'dark-mode' },
              output: `export function Header({ title }: { title: string }) {
  return (
    <header>
      <h1>{title}</h1>
    </header>
  );
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { initialize } from 'unleash-client';
const unleash = initialize({ url: 'https://unleash.example/api', appName: 'shop' });

export function shippingCost(total: number): number {
  return unleash.isEnabled('dark-mode') ? 0 : total > 50 ? 0 : 5;
}
`,
      options,
      errors: [
        {
          messageId: 'archivedFlag',
          suggestions: [
            { messageId: 'removeFlagKeepOn', data: { key: 'dark-mode' }, output: `export function shippingCost(total: number): number {\n  return 0;\n}\n` },
            { messageId: 'removeFlagKeepOff', data: { key: 'dark-mode' }, output: `export function shippingCost(total: number): number {\n  return total > 50 ? 0 : 5;\n}\n` },
          ],
        },
      ],
    },
    // Several evaluations of one stale flag: each is reported, each suggestion cleans up all of them.
    {
      code: `${openFeature}const FLAGS = { darkMode: 'dark-mode' } as const;
export async function theme(): Promise<string> {
  const dark = await client.getBooleanValue(FLAGS.darkMode, false);
  return dark ? 'dark' : 'light';
}
export async function logo(): Promise<string> {
  return (await client.getBooleanValue(FLAGS.darkMode, false)) ? 'logo-dark.svg' : 'logo.svg';
}
`,
      options,
      errors: [
        {
          messageId: 'archivedFlag',
          line: 5,
          suggestions: themeAndLogoCleanup,
        },
        {
          messageId: 'archivedFlag',
          line: 9,
          suggestions: themeAndLogoCleanup,
        },
      ],
    },
    // A string flag has no on/off path: reported without a cleanup suggestion.
    {
      code: `${openFeature}export async function color() { return client.getStringValue('banner-color', 'blue'); }`,
      options,
      errors: [{ messageId: 'expiredFlag', suggestions: [] }],
    },
    // The strict config's owner and expiry checks: once per flag and file.
    {
      code: `${openFeature}export async function f() { return [await client.getBooleanValue('search-ranking', false), await client.getBooleanValue('search-ranking', true)]; }`,
      options: [{ registry, requireOwner: true, requireExpiry: true }],
      errors: [{ messageId: 'missingOwner' }, { messageId: 'missingExpiry' }],
    },
    // Registry problems: one report per file, at the first flag evaluation.
    {
      code: `${openFeature}export async function f() { return client.getBooleanValue('checkout-v2', false); }`,
      errors: [{ messageId: 'noRegistry', line: 3 }],
    },
    {
      code: `${openFeature}export async function f() { return [await client.getBooleanValue('no-such-flag', false), await client.getBooleanValue('other', false)]; }`,
      options: [{ registry: path.join(flagsDir, 'broken.flagd.json') }],
      errors: [{ messageId: 'invalidRegistry', data: { problem: `${path.relative('/', path.join(flagsDir, 'broken.flagd.json'))}:5:47: Invalid JSON: Trailing comma before '}' (JSON allows none)` } }],
    },
    {
      code: `${openFeature}export async function f() { return [await client.getBooleanValue('checkout-v2', false), await client.getBooleanValue('dark-mode', false)]; }`,
      options: [{ registry: path.join(flagsDir, 'invalid-schema.flagd.json') }],
      errors: [
        { messageId: 'invalidRegistry', data: { problem: `${path.relative('/', path.join(flagsDir, 'invalid-schema.flagd.json'))}:3:31: flags.checkout-v2.state must be "ENABLED" or "DISABLED", found "ON"` } },
        {
          messageId: 'archivedFlag',
          suggestions: [true, false].map((keep) => ({
            messageId: keep ? ('removeFlagKeepOn' as const) : ('removeFlagKeepOff' as const),
            data: { key: 'dark-mode' },
            output: `${openFeature}export async function f() { return [await client.getBooleanValue('checkout-v2', false), ${keep}]; }`,
          })),
        },
      ],
    },
    {
      code: `${openFeature}export async function f() { return client.getBooleanValue('checkout-v2', false); }`,
      options: [{ registry: path.join(flagsDir, 'missing.flagd.json') }],
      errors: [{ messageId: 'invalidRegistry', data: { problem: `${path.relative('/', path.join(flagsDir, 'missing.flagd.json'))}: Cannot read the flag registry: the file does not exist` } }],
    },
    // Several registries, YAML among them; the message names the registry that archived the flag.
    {
      code: `${openFeature}export async function f() { return client.getBooleanValue('yaml-only-flag', false); }`,
      options: [{ registry: [registry, path.join(flagsDir, 'flags.yaml')] }],
      errors: [
        {
          messageId: 'archivedFlag',
          data: { key: 'yaml-only-flag', registry: path.relative('/', path.join(flagsDir, 'flags.yaml')) },
          suggestions: [
            { messageId: 'removeFlagKeepOn', data: { key: 'yaml-only-flag' }, output: 'export async function f() { return true; }' },
            { messageId: 'removeFlagKeepOff', data: { key: 'yaml-only-flag' }, output: 'export async function f() { return false; }' },
          ],
        },
      ],
    },
    // A registry path relative to ESLint's working directory (the RuleTester's is the file-system root).
    {
      code: `${openFeature}export async function f() { return client.getBooleanValue('loyalty-points', false); }`,
      options: [{ registry: path.relative('/', registry) }],
      errors: [{ messageId: 'unknownFlag' }],
    },
    // The nearest registry upwards from the linted file.
    {
      code: `${openFeature}export async function f() { return client.getBooleanValue('discovered-flg', false); }`,
      filename: 'flags/discovery/nested/service.ts',
      errors: [
        {
          messageId: 'unknownFlag',
          suggestions: [
            {
              messageId: 'useRegisteredKey',
              data: { key: 'discovered-flag' },
              output: `${openFeature}export async function f() { return client.getBooleanValue('discovered-flag', false); }`,
            },
          ],
        },
      ],
    },
  ],
});
