// Prints one closing line in the plain "N passed, N failed" form that CI reads.
class SummaryReporter {
  constructor(globalConfig, options) {
    this.label = (options && options.label) || "tests";
  }
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `\n${this.label}: ${results.numPassedTests} passed, ${failed} failed` +
        (skipped ? `, ${skipped} skipped` : "") +
        "\n",
    );
  }
}
module.exports = SummaryReporter;
