// Prints one closing line in the plain "N passed, N failed" form that CI reads. It is written
// when the process exits, so it comes after Jest's own summary.
class SummaryReporter {
  constructor(globalConfig, options) {
    this.label = (options && options.label) || "tests";
  }
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line =
      `${this.label}: ${results.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : "");
    process.once("exit", () => process.stdout.write(`${line}\n`));
  }
}
module.exports = SummaryReporter;
