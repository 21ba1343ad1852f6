/**
 * Limits for a busy or slow machine. A task pane test renders React in jsdom and can take a few
 * seconds there, beyond Jest's 5 s per test and Testing Library's 1 s wait for an element, and
 * would fail with nothing wrong. A wait still ends as soon as its element appears.
 */
if (typeof document !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { configure } = require("@testing-library/dom") as typeof import("@testing-library/dom");
  configure({ asyncUtilTimeout: 10_000 });
}
