import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 120_000,
          // Several files run astro build, which writes .astro/ in the project: one at a time.
          fileParallelism: false,
        },
      },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts', 'tests/deploy/**/*.test.ts'] } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts', 'tests/search/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium and one server for the whole project.
          fileParallelism: false,
        },
      },
    ],
  },
});
