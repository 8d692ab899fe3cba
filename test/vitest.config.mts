import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.{ts,mts}'],
    exclude: ['**/node_modules/**', 'fixtures/**'],
    // End-to-end tests start real processes (ESLint, the CLI, editors); each wait has its own deadline inside the test.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
