/**
 * Entry point VS Code calls with `--extensionTestsPath`: runs the mocha suite inside the extension host and
 * rejects when a test fails, which makes VS Code exit with a failure code. Results also go to report.txt beside
 * this file: in a web workbench the extension host's console is not the runner's.
 */
import Mocha from 'mocha';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REPORT_FILE = join(__dirname, 'report.txt');

export function run(): Promise<void> {
  writeFileSync(REPORT_FILE, '');
  const report = (line: string): void => appendFileSync(REPORT_FILE, `${line}\n`);
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  // The trusted pass (run.ts) runs the deployed check's suite, which fetches from a loopback server.
  const deployed = process.env.SECURITY_POLICY_SUITE === 'deployed';
  mocha.addFile(join(__dirname, deployed ? 'deployed.test.js' : 'extension.test.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      report(failures > 0 ? `${failures} failing` : 'all passing');
      if (failures > 0) reject(new Error(`${failures} test${failures === 1 ? '' : 's'} failed`));
      else resolve();
    });
    runner.on('pass', (test) => report(`ok - ${test.fullTitle()} (${test.duration ?? 0} ms)`));
    runner.on('pending', (test) => report(`skipped - ${test.fullTitle()}`));
    runner.on('fail', (test, error: Error) =>
      report(`not ok - ${test.fullTitle()}\n  ${String(error.stack ?? error).replace(/\n/g, '\n  ')}`),
    );
  });
}
