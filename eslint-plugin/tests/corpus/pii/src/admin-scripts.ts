// One-off admin scripts run from a terminal; they print with console.
import { customers, users } from './services';
import type { Customer } from './domain';

export async function exportCustomers(query: string): Promise<void> {
  const found = await customers.search(query);
  console.log(`found ${found.length} customers matching the query`); // clean
  console.table(found.map((c) => ({ id: c.id, plan: c.plan }))); // clean
  console.table(found); // pii
  for (const customer of found) {
    console.log(customer.id, customer.plan, customer.addresses.length); // clean
    console.log(`${customer.id}\t${customer.email}\t${customer.name}`); // pii
  }
}

export async function inspectUser(id: string): Promise<void> {
  const user = await users.findById(id);
  if (!user) {
    console.error(`no user ${id}`); // clean
    process.exitCode = 1;
    return;
  }
  console.dir(user, { depth: 4 }); // pii
  console.log('user role:', user.role, 'verified:', user.emailVerified); // clean
  const contact = user.phone ?? user.email;
  console.log('contact:', contact); // pii
}

export function printMigrationSummary(migrated: Customer[], failed: Array<{ id: string; reason: string }>): void {
  console.log(`migrated ${migrated.length}, failed ${failed.length}`); // clean
  console.warn('failed rows', failed); // clean
  console.warn('first migrated customer', migrated[0]); // pii
}
