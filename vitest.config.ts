import { defineConfig } from 'vitest/config';

// Dates are parsed and formatted in UTC everywhere; pin the zone so a test can never pass only in some zones.
process.env['TZ'] = 'UTC';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/integrity/**/*.test.ts'],
    environment: 'node',
    // Builds of broken fixtures run the real `astro build`: give them time on a 2-core machine.
    testTimeout: 120_000,
    fileParallelism: false,
  },
});
