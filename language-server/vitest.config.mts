import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Opening a workspace builds its TypeScript program (the real libraries' declarations) once per test.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
