import * as path from 'node:path';

/**
 * Base-name markers of test, story and declaration files: `checkout.test.ts`, `payment.spec.tsx`, NestJS's
 * `app.e2e-spec.ts`, Cypress's `cart.cy.ts`, `Button.stories.tsx`, `api.d.ts`.
 */
const TEST_FILE_NAME = /\.(test|spec|e2e|e2e-spec|cy|stories|story|d)\.[cm]?[jt]sx?$/;

/** Folders that hold tests and mocks by convention (Jest's `__tests__` and `__mocks__`). */
const TEST_FOLDERS = new Set(['__tests__', '__mocks__', '__fixtures__']);

/**
 * Whether a file is a test, mock, story or declaration file, where production-only rules stay silent
 * (`createOrder` in a test helper is not a critical path). Plain `test/` folders are deliberately not matched:
 * a project may keep production code or a linted corpus under such a name, and a silent rule is worse there.
 */
export function isTestFile(fileName: string): boolean {
  const normalized = fileName.replace(/\\/g, '/');
  if (TEST_FILE_NAME.test(path.posix.basename(normalized))) return true;
  return normalized.split('/').some((segment) => TEST_FOLDERS.has(segment));
}
