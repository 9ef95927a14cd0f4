/** Unit, contract and integration tests. Browser tests run separately (npm run test:e2e). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: {
    // Type errors are the typecheck gate's job; here we only strip types, which keeps jest fast.
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  setupFiles: ['<rootDir>/test/support/egress-first.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/secret-leak-guard.ts'],
  testTimeout: 30000,
};
