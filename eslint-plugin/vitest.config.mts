import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Typed linting loads the real libraries' declarations once per worker; the first case of a file pays for it.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
