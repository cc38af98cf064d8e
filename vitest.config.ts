import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
});
