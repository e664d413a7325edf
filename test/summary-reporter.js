// Prints one plain closing line, `tests: N passed, N failed`, after Jest's own summary, so that
// anything reading the tail of a CI log sees the totals without parsing Jest's format.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const suffix = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(
      `\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${suffix}\n`,
    );
  }
}
module.exports = SummaryReporter;
