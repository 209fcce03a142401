/**
 * A node:test reporter that prints one line at the end: how many tests passed, failed and were skipped, and how long
 * the run took. `npm test` pairs it with the dot reporter, which prints a dot per test and every failure in full, so
 * the log of a run that passes is a few lines and the log of one that fails says what failed.
 */
export default async function* summary(source) {
  const started = Date.now();
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip !== undefined || event.data.todo !== undefined) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const time = seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
  const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
  const n = (count) => count.toLocaleString('en-US');
  yield `\n${counts.failed === 0 ? '✔' : '✖'} ${n(counts.passed)} tests passed, ${n(counts.failed)} failed${skipped} (${time}).\n`;
}
