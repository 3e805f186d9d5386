/** Jest runs the TypeScript sources through SWC; tests live in test/ and mirror src/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  extensionsToTreatAsEsm: [],
  testTimeout: 60000,
};
