/** Browser tests: Debian's Chromium driven by playwright-core against the local site. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] },
  setupFiles: ['<rootDir>/test/support/egress-first.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/secret-leak-guard.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
};
