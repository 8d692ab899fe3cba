/**
 * Golden cases of the flag cleanup: each shape of flag use, the flag removed keeping the on path and keeping
 * the off path. Inputs are complete modules that type-check in the rule-test fixture project.
 */
export interface CleanupCase {
  readonly name: string;
  /** Fixture file the code is checked as (`react.tsx` for JSX). */
  readonly fileName?: string;
  readonly key: string;
  /** For a flag that is not boolean: the values kept to produce `on` and `off` (instead of `true` and `false`). */
  readonly values?: readonly [string, string];
  /** The rule's `evaluators` option, for project wrappers. */
  readonly evaluators?: readonly { callee: string; returns?: 'boolean' | 'value' }[];
  readonly input: string;
  /** Expected text with `keep: true` (or the first of `values`), and with `keep: false` (or the second). */
  readonly on: string;
  readonly off: string;
}

const openFeature = `import { OpenFeature } from '@openfeature/server-sdk';

const flags = OpenFeature.getClient();
`;

export const cleanupCases: CleanupCase[] = [
  {
    name: 'awaited evaluation as an if test, with an else',
    key: 'new-checkout',
    input: `${openFeature}
export async function checkout(cartId: string): Promise<string> {
  if (await flags.getBooleanValue('new-checkout', false)) {
    // The new flow batches the payment calls.
    const batch = [cartId];
    return \`new:\${batch.join(',')}\`;
  } else {
    return \`old:\${cartId}\`;
  }
}
`,
    on: `export async function checkout(cartId: string): Promise<string> {
  // The new flow batches the payment calls.
  const batch = [cartId];
  return \`new:\${batch.join(',')}\`;
}
`,
    off: `export async function checkout(cartId: string): Promise<string> {
  return \`old:\${cartId}\`;
}
`,
  },
  {
    name: 'constant holding the evaluation, read twice',
    key: 'new-checkout',
    input: `${openFeature}
export async function checkout(cartId: string, total: number): Promise<string> {
  const useNewFlow = await flags.getBooleanValue('new-checkout', false, { targetingKey: cartId });
  const fee = useNewFlow ? 0 : 2;
  if (useNewFlow) {
    console.info('new checkout', cartId);
  }
  return \`\${cartId}:\${total + fee}\`;
}
`,
    on: `export async function checkout(cartId: string, total: number): Promise<string> {
  const fee = 0;
  console.info('new checkout', cartId);
  return \`\${cartId}:\${total + fee}\`;
}
`,
    off: `export async function checkout(cartId: string, total: number): Promise<string> {
  const fee = 2;
  return \`\${cartId}:\${total + fee}\`;
}
`,
  },
  {
    name: 'early return guarded by the negated flag, legacy helper only used there',
    key: 'new-pricing',
    input: `${openFeature}
function legacyPrice(total: number): number {
  return Math.round(total * 1.2);
}

export async function price(total: number, userId: string): Promise<number> {
  const context = { targetingKey: userId };
  if (!(await flags.getBooleanValue('new-pricing', false, context))) {
    return legacyPrice(total);
  }
  const discounted = total * 0.9;
  return Math.round(discounted);
}
`,
    on: `export async function price(total: number, userId: string): Promise<number> {
  const discounted = total * 0.9;
  return Math.round(discounted);
}
`,
    off: `function legacyPrice(total: number): number {
  return Math.round(total * 1.2);
}

export async function price(total: number, userId: string): Promise<number> {
  return legacyPrice(total);
}
`,
  },
  {
    name: 'ternary on the evaluation',
    key: 'express-shipping',
    input: `${openFeature}
export async function shippingDays(): Promise<number> {
  return (await flags.getBooleanValue('express-shipping', false)) ? 1 : 3;
}
`,
    on: `export async function shippingDays(): Promise<number> {
  return 1;
}
`,
    off: `export async function shippingDays(): Promise<number> {
  return 3;
}
`,
  },
  {
    name: '&& with another condition',
    key: 'beta-dashboard',
    input: `${openFeature}
export async function dashboard(user: { isAdmin: boolean; name: string }): Promise<string> {
  const beta = await flags.getBooleanValue('beta-dashboard', false);
  if (beta && user.isAdmin) {
    return \`beta:\${user.name}\`;
  }
  return \`classic:\${user.name}\`;
}
`,
    on: `export async function dashboard(user: { isAdmin: boolean; name: string }): Promise<string> {
  if (user.isAdmin) {
    return \`beta:\${user.name}\`;
  }
  return \`classic:\${user.name}\`;
}
`,
    off: `export async function dashboard(user: { isAdmin: boolean; name: string }): Promise<string> {
  return \`classic:\${user.name}\`;
}
`,
  },
  {
    name: '|| with another condition on the left',
    key: 'beta-dashboard',
    input: `${openFeature}
export async function canSeeBeta(user: { isStaff: boolean }): Promise<boolean> {
  if (user.isStaff || (await flags.getBooleanValue('beta-dashboard', false))) {
    return true;
  }
  return false;
}
`,
    on: `export async function canSeeBeta(user: { isStaff: boolean }): Promise<boolean> {
  return true;
}
`,
    off: `export async function canSeeBeta(user: { isStaff: boolean }): Promise<boolean> {
  if (user.isStaff) {
    return true;
  }
  return false;
}
`,
  },
  {
    name: 'negated constant with an else branch',
    key: 'strict-validation',
    input: `${openFeature}
export async function validate(input: string): Promise<string[]> {
  const strict = await flags.getBooleanValue('strict-validation', false);
  const errors: string[] = [];
  if (!strict) {
    errors.push('lenient');
  } else {
    if (input.trim() === '') errors.push('empty');
    if (input.length > 100) errors.push('too long');
  }
  return errors;
}
`,
    on: `export async function validate(input: string): Promise<string[]> {
  const errors: string[] = [];
  if (input.trim() === '') errors.push('empty');
  if (input.length > 100) errors.push('too long');
  return errors;
}
`,
    off: `export async function validate(input: string): Promise<string[]> {
  const errors: string[] = [];
  errors.push('lenient');
  return errors;
}
`,
  },
  {
    name: 'else-if chain',
    key: 'holiday-banner',
    input: `${openFeature}
export async function banner(hour: number): Promise<string> {
  if (hour < 6) {
    return 'night';
  } else if (await flags.getBooleanValue('holiday-banner', false)) {
    return 'holiday';
  } else {
    return 'day';
  }
}
`,
    on: `export async function banner(hour: number): Promise<string> {
  if (hour < 6) {
    return 'night';
  } else {
    return 'holiday';
  }
}
`,
    off: `export async function banner(hour: number): Promise<string> {
  if (hour < 6) {
    return 'night';
  } else {
    return 'day';
  }
}
`,
  },
  {
    name: 'JSX && conditional with a component only used there',
    fileName: 'react.tsx',
    key: 'promo-banner',
    input: `import { GrowthBook } from '@growthbook/growthbook';

const growthbook = new GrowthBook();

function PromoBanner({ percent }: { percent: number }) {
  return <p className="promo">{percent}% off</p>;
}

export function Header({ title }: { title: string }) {
  return (
    <header>
      <h1>{title}</h1>
      {growthbook.isOn('promo-banner') && <PromoBanner percent={20} />}
    </header>
  );
}
`,
    on: `function PromoBanner({ percent }: { percent: number }) {
  return <p className="promo">{percent}% off</p>;
}

export function Header({ title }: { title: string }) {
  return (
    <header>
      <h1>{title}</h1>
      <PromoBanner percent={20} />
    </header>
  );
}
`,
    off: `export function Header({ title }: { title: string }) {
  return (
    <header>
      <h1>{title}</h1>
    </header>
  );
}
`,
  },
  {
    name: 'JSX ternary between two components',
    fileName: 'react.tsx',
    key: 'new-cart',
    input: `import { GrowthBook } from '@growthbook/growthbook';

const growthbook = new GrowthBook();

function NewCart() {
  return <section>new cart</section>;
}

function OldCart() {
  return <section>old cart</section>;
}

export function Cart() {
  const showNewCart = growthbook.isOn('new-cart');
  return <main>{showNewCart ? <NewCart /> : <OldCart />}</main>;
}
`,
    on: `function NewCart() {
  return <section>new cart</section>;
}

export function Cart() {
  return <main><NewCart /></main>;
}
`,
    off: `function OldCart() {
  return <section>old cart</section>;
}

export function Cart() {
  return <main><OldCart /></main>;
}
`,
  },
  {
    name: 'GrowthBook isOff as an early return',
    key: 'recommendations',
    input: `import { GrowthBook } from '@growthbook/growthbook';

const growthbook = new GrowthBook();

export function recommendations(items: string[]): string[] {
  if (growthbook.isOff('recommendations')) return [];
  return items.slice(0, 3);
}
`,
    on: `export function recommendations(items: string[]): string[] {
  return items.slice(0, 3);
}
`,
    off: `export function recommendations(items: string[]): string[] {
  return [];
}
`,
  },
  {
    name: 'Unleash guard with continue inside a loop',
    key: 'skip-archived',
    input: `import { initialize } from 'unleash-client';

const unleash = initialize({ url: 'https://unleash.example/api', appName: 'shop' });

export function visible(products: { archived: boolean; name: string }[]): string[] {
  const names: string[] = [];
  for (const product of products) {
    if (product.archived) {
      if (unleash.isEnabled('skip-archived')) continue;
      names.push(\`(archived) \${product.name}\`);
      continue;
    }
    names.push(product.name);
  }
  return names;
}
`,
    on: `export function visible(products: { archived: boolean; name: string }[]): string[] {
  const names: string[] = [];
  for (const product of products) {
    if (product.archived) {
      continue;
    }
    names.push(product.name);
  }
  return names;
}
`,
    off: `export function visible(products: { archived: boolean; name: string }[]): string[] {
  const names: string[] = [];
  for (const product of products) {
    if (product.archived) {
      names.push(\`(archived) \${product.name}\`);
      continue;
    }
    names.push(product.name);
  }
  return names;
}
`,
  },
  {
    name: 'LaunchDarkly variation with a boolean default',
    key: 'fast-refunds',
    input: `import { init } from '@launchdarkly/node-server-sdk';

const launchDarkly = init('sdk-key');

export async function refundDelayDays(userKey: string): Promise<number> {
  const fast: boolean = await launchDarkly.variation('fast-refunds', { kind: 'user', key: userKey }, false);
  return fast ? 0 : 5;
}
`,
    on: `export async function refundDelayDays(userKey: string): Promise<number> {
  return 0;
}
`,
    off: `export async function refundDelayDays(userKey: string): Promise<number> {
  return 5;
}
`,
  },
  {
    name: 'evaluation that is not awaited keeps its promise',
    key: 'audit-log',
    input: `${openFeature}
export function auditEnabled(): Promise<boolean> {
  return flags.getBooleanValue('audit-log', false);
}
`,
    on: `export function auditEnabled(): Promise<boolean> {
  return Promise.resolve(true);
}
`,
    off: `export function auditEnabled(): Promise<boolean> {
  return Promise.resolve(false);
}
`,
  },
  {
    name: 'returned from an async function without await',
    key: 'audit-log',
    input: `${openFeature}
export async function auditEnabled(): Promise<boolean> {
  return flags.getBooleanValue('audit-log', false);
}

export async function record(event: string): Promise<void> {
  if (await auditEnabled()) console.log(event);
}
`,
    on: `export async function auditEnabled(): Promise<boolean> {
  return true;
}

export async function record(event: string): Promise<void> {
  if (await auditEnabled()) console.log(event);
}
`,
    off: `export async function auditEnabled(): Promise<boolean> {
  return false;
}

export async function record(event: string): Promise<void> {
  if (await auditEnabled()) console.log(event);
}
`,
  },
  {
    name: 'flag inside a switch case',
    key: 'crypto-payments',
    input: `${openFeature}
export async function provider(method: string): Promise<string> {
  switch (method) {
    case 'crypto':
      if (!(await flags.getBooleanValue('crypto-payments', false))) {
        throw new Error('crypto payments are disabled');
      }
      return 'coinbase';
    default:
      return 'stripe';
  }
}
`,
    on: `export async function provider(method: string): Promise<string> {
  switch (method) {
    case 'crypto':
      return 'coinbase';
    default:
      return 'stripe';
  }
}
`,
    off: `export async function provider(method: string): Promise<string> {
  switch (method) {
    case 'crypto':
      throw new Error('crypto payments are disabled');
    default:
      return 'stripe';
  }
}
`,
  },
  {
    name: 'object property and shorthand after inlining',
    key: 'one-click',
    input: `${openFeature}
export async function features(userId: string): Promise<{ oneClick: boolean; userId: string }> {
  const oneClick = await flags.getBooleanValue('one-click', false, { targetingKey: userId });
  return { oneClick, userId };
}
`,
    on: `export async function features(userId: string): Promise<{ oneClick: boolean; userId: string }> {
  return { oneClick: true, userId };
}
`,
    off: `export async function features(userId: string): Promise<{ oneClick: boolean; userId: string }> {
  return { oneClick: false, userId };
}
`,
  },
  {
    name: 'injected client in a class, private method only used by the removed branch',
    key: 'new-invoices',
    input: `import type { Client } from '@openfeature/server-sdk';

export class InvoiceService {
  constructor(private readonly flags: Client) {}

  async render(id: string): Promise<string> {
    if (await this.flags.getBooleanValue('new-invoices', false)) {
      return this.renderPdf(id);
    }
    return this.renderHtml(id);
  }

  private renderPdf(id: string): string {
    return \`pdf:\${id}\`;
  }

  private renderHtml(id: string): string {
    return \`html:\${id}\`;
  }
}
`,
    on: `import type { Client } from '@openfeature/server-sdk';

export class InvoiceService {
  constructor(private readonly flags: Client) {}

  async render(id: string): Promise<string> {
    return this.renderPdf(id);
  }

  private renderPdf(id: string): string {
    return \`pdf:\${id}\`;
  }
}
`,
    off: `import type { Client } from '@openfeature/server-sdk';

export class InvoiceService {
  constructor(private readonly flags: Client) {}

  async render(id: string): Promise<string> {
    return this.renderHtml(id);
  }

  private renderHtml(id: string): string {
    return \`html:\${id}\`;
  }
}
`,
  },
  {
    name: 'declarations in the kept block that clash with names around it keep their braces',
    key: 'new-tax',
    input: `${openFeature}
export async function tax(amount: number): Promise<number> {
  let total = amount;
  if (await flags.getBooleanValue('new-tax', false)) {
    const rate = 0.2;
    total += amount * rate;
  }
  const rate = 0.05;
  return total + amount * rate;
}
`,
    on: `export async function tax(amount: number): Promise<number> {
  let total = amount;
  {
    const rate = 0.2;
    total += amount * rate;
  }
  const rate = 0.05;
  return total + amount * rate;
}
`,
    off: `export async function tax(amount: number): Promise<number> {
  let total = amount;
  const rate = 0.05;
  return total + amount * rate;
}
`,
  },
  {
    name: 'kept block ending in return: the unreachable rest goes, so its declarations no longer clash',
    key: 'new-tax',
    input: `${openFeature}
export async function tax(amount: number): Promise<number> {
  if (await flags.getBooleanValue('new-tax', false)) {
    const rate = 0.2;
    return amount * rate;
  }
  const rate = 0.19;
  return amount * rate;
}
`,
    on: `export async function tax(amount: number): Promise<number> {
  const rate = 0.2;
  return amount * rate;
}
`,
    off: `export async function tax(amount: number): Promise<number> {
  const rate = 0.19;
  return amount * rate;
}
`,
  },
  {
    name: 'multi-line template literal in the kept block is not re-indented',
    key: 'new-email',
    input: `${openFeature}
export async function email(name: string): Promise<string> {
  if (await flags.getBooleanValue('new-email', false)) {
    return \`Hello \${name},
  your order shipped.\`;
  }
  return \`Hi \${name}\`;
}
`,
    on: `export async function email(name: string): Promise<string> {
  return \`Hello \${name},
  your order shipped.\`;
}
`,
    off: `export async function email(name: string): Promise<string> {
  return \`Hi \${name}\`;
}
`,
  },
  {
    name: 'let that is never assigned again is inlined; one that is keeps the literal',
    key: 'smart-retry',
    input: `${openFeature}
export async function attempts(): Promise<number> {
  let smart = await flags.getBooleanValue('smart-retry', false);
  let verbose = await flags.getBooleanValue('smart-retry', true);
  if (verbose) verbose = false;
  return smart ? 5 : 3;
}
`,
    on: `export async function attempts(): Promise<number> {
  let verbose = true;
  if (verbose) verbose = false;
  return 5;
}
`,
    off: `export async function attempts(): Promise<number> {
  let verbose = false;
  if (verbose) verbose = false;
  return 3;
}
`,
  },
  {
    name: 'string flag keeping a value',
    key: 'banner-color',
    values: ['green', 'blue'],
    input: `${openFeature}
export async function bannerStyle(): Promise<string> {
  const color = await flags.getStringValue('banner-color', 'blue');
  return \`color: \${color}\`;
}
`,
    on: `export async function bannerStyle(): Promise<string> {
  const color = 'green';
  return \`color: \${color}\`;
}
`,
    off: `export async function bannerStyle(): Promise<string> {
  const color = 'blue';
  return \`color: \${color}\`;
}
`,
  },
  {
    name: 'evaluation for its side effect only, and a sync evaluation in an arrow body',
    key: 'warm-cache',
    input: `import { initialize } from 'unleash-client';

const unleash = initialize({ url: 'https://unleash.example/api', appName: 'shop' });

export const shouldWarm = () => unleash.isEnabled('warm-cache');

export function start(): void {
  unleash.isEnabled('warm-cache');
  console.log('started');
}
`,
    on: `export const shouldWarm = () => true;

export function start(): void {
  console.log('started');
}
`,
    off: `export const shouldWarm = () => false;

export function start(): void {
  console.log('started');
}
`,
  },
  {
    name: 'project wrapper declared as a boolean evaluator',
    key: 'new-search',
    evaluators: [{ callee: 'features.isOn', returns: 'boolean' }],
    input: `declare const features: { isOn(key: string): boolean };

export function searchPath(query: string): string {
  return features.isOn('new-search') ? \`/v2/search?q=\${query}\` : \`/search?q=\${query}\`;
}
`,
    on: `declare const features: { isOn(key: string): boolean };

export function searchPath(query: string): string {
  return \`/v2/search?q=\${query}\`;
}
`,
    off: `declare const features: { isOn(key: string): boolean };

export function searchPath(query: string): string {
  return \`/search?q=\${query}\`;
}
`,
  },
  {
    name: 'Express route: the flag-client import and client go, the blank lines around them stay, and so does no stale comment',
    key: 'fast-quotes',
    input: `import { Router } from 'express';
import { OpenFeature } from '@openfeature/server-sdk';

const router = Router();

const flags = OpenFeature.getClient();

router.get('/quote', async (_req, res) => {
  const fast = await flags.getBooleanValue('fast-quotes', false); // rolled out in March
  res.json({ mode: fast ? 'fast' : 'exact' });
});

export default router;
`,
    on: `import { Router } from 'express';

const router = Router();

router.get('/quote', async (_req, res) => {
  res.json({ mode: 'fast' });
});

export default router;
`,
    off: `import { Router } from 'express';

const router = Router();

router.get('/quote', async (_req, res) => {
  res.json({ mode: 'exact' });
});

export default router;
`,
  },
  {
    name: 'React hook of the Unleash SDK, with its import',
    fileName: 'react.tsx',
    key: 'instant-pay',
    input: `import { useFlag } from '@unleash/proxy-client-react';

export function PayButton({ total }: { total: number }) {
  const instantPay = useFlag('instant-pay');
  return <button type="submit">{instantPay ? \`Pay \${total} now\` : 'Checkout'}</button>;
}
`,
    on: `export function PayButton({ total }: { total: number }) {
  return <button type="submit">{\`Pay \${total} now\`}</button>;
}
`,
    off: `export function PayButton({ total }: { total: number }) {
  return <button type="submit">{'Checkout'}</button>;
}
`,
  },
];
