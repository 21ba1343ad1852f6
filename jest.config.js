/**
 * Unit and integration tests: `npm test`, with Node alone. Tests that need Debian packages live
 * elsewhere: rendering with LibreOffice and poppler in jest.render.config.js, the browser in
 * jest.e2e.config.js.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/", "<rootDir>/test/render/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }],
  },
  // Room for a slow or busy machine; see test/support/jest-setup.ts.
  testTimeout: 30000,
  setupFilesAfterEnv: ["<rootDir>/test/support/jest-setup.ts"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-shim.js",
    "^\\./file-worker-start$": "<rootDir>/test/support/file-worker-start-stub.js",
  },
  reporters: ["default", ["<rootDir>/test/support/summary-reporter.js", { label: "unit" }]],
};
