// Jest reporter: ends the run with one plain line, `Tests: N passed, N failed`, that any CI log reader understands.
// Jest prints its own summary after every custom reporter, so the line is written when the process exits.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}

module.exports = SummaryReporter;
