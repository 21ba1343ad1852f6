/**
 * Tests that render generated documents with Debian packages: LibreOffice (soffice) and poppler
 * (pdftotext, pdftoppm). `npm run test:render`; CI installs the packages and runs it.
 * They fail, not skip, when a program is missing, so `npm test` leaves them out instead.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/render"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-shim.js",
    "^\\./file-worker-start$": "<rootDir>/test/support/file-worker-start-stub.js",
  },
  reporters: ["default", ["<rootDir>/test/support/summary-reporter.js", { label: "render" }]],
};
