import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: keep parallelism modest so PGlite/PostgreSQL tests do not starve each other.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
