/** Browser tests against the built add-in in Debian's Chromium: `npm run test:e2e`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  testTimeout: 60000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }],
  },
  moduleNameMapper: {
    "^\\./file-worker-start$": "<rootDir>/test/support/file-worker-start-stub.js",
  },
  reporters: ["default", ["<rootDir>/test/support/summary-reporter.js", { label: "e2e" }]],
};
