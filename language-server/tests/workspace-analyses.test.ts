import { afterEach, describe, expect, it } from 'vitest';
import { FixtureWorkspace } from './check';

const PAYMENTS = `import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('payments');

/** @critical payment-success */
export async function settleInvoice(invoiceId: string): Promise<string> {
  return invoiceId;
}

export async function refundOrder(orderId: string): Promise<void> {
  await tracer.startActiveSpan('refundOrder', async (span) => {
    try {
      span.setAttribute('order.id', orderId);
    } finally {
      span.end();
    }
  });
}
`;

const REGISTRY = JSON.stringify({
  flags: {
    'new-invoice-layout': { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'on', metadata: { owner: 'team-billing', expires: '2030-01-01' } },
    'old-banner': { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'off', metadata: { owner: 'team-web', expires: '2020-01-01' } },
  },
}, null, 2);

const FLAG_USE = `import { OpenFeature } from '@openfeature/server-sdk';

export async function useNewLayout(): Promise<boolean> {
  return OpenFeature.getClient().getBooleanValue('new-invoice-layout', false);
}
`;

let fixture: FixtureWorkspace | undefined;
afterEach(() => fixture?.remove());

describe('coverage', () => {
  it('lists critical paths with why they are critical, and follows edits', async () => {
    fixture = new FixtureWorkspace({ 'src/payments.ts': PAYMENTS });
    const { workspace } = await fixture.open();
    const before = await workspace!.analyzeCoverage();
    expect(before.problems).toEqual([]);
    expect(before.result.criticalPaths.map((criticalPath) => `${criticalPath.name} ${criticalPath.reason} ${criticalPath.isInstrumented}`)).toEqual([
      'settleInvoice tagged @critical payment-success false',
      'refundOrder its name says refund true',
    ]);
    expect(before.result.coverage).toBe(0.5);

    const instrumented = PAYMENTS.replace('  return invoiceId;', "  return tracer.startActiveSpan('settleInvoice', (span) => {\n    span.end();\n    return invoiceId;\n  });");
    workspace!.updateFile(fixture.path('src/payments.ts'), instrumented, 3);
    expect((await workspace!.analyzeCoverage()).result.coverage).toBe(1);
  });
});

describe('flag inventory', () => {
  it('counts references per flag and marks expired and unused ones', async () => {
    fixture = new FixtureWorkspace({ 'flags.flagd.json': REGISTRY, 'src/layout.ts': FLAG_USE });
    const { workspace } = await fixture.open();
    const inventory = await workspace!.inventoryFlags(new Date('2026-11-26T00:00:00Z'));
    expect(inventory.problems).toEqual([]);
    expect(inventory.result.flags.map((flag) => `${flag.key} ${flag.statuses.join('+')} ${flag.uses.length}`)).toEqual(['old-banner expired+unused 0', 'new-invoice-layout active 1']);
    expect(inventory.result.registryPaths).toEqual([fixture.path('flags.flagd.json')]);
  });

  it('counts a camel-cased read of LaunchDarkly React flags as a use of its registry key', async () => {
    const camelCasedUse = [
      "import { useFlags } from 'launchdarkly-react-client-sdk';",
      '',
      'export function useInvoiceLayout(): boolean {',
      '  const { newInvoiceLayout } = useFlags();',
      '  return Boolean(newInvoiceLayout);',
      '}',
      '',
    ].join('\n');
    fixture = new FixtureWorkspace({ 'flags.flagd.json': REGISTRY, 'src/layout.ts': camelCasedUse });
    const { workspace } = await fixture.open();
    const inventory = await workspace!.inventoryFlags(new Date('2026-11-26T00:00:00Z'));
    expect(inventory.result.flags.map((flag) => `${flag.key} ${flag.statuses.join('+')} ${flag.uses.length}`)).toEqual(['old-banner expired+unused 0', 'new-invoice-layout active 1']);
    expect(inventory.result.dynamicUseCount).toBe(0);
  });
});
