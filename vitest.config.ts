import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/db/**/*.test.ts',
            'test/unit/**/*.test.ts',
          ],
          setupFiles: ['test/setup/node.ts'],
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          exclude: ['renderer/db/**'],
          setupFiles: ['test/setup/dom.ts'],
        },
      },
    ],
  },
});
