/**
 * Progress of a long check on stderr: repositories done of those found, the rate, and the time left. On a terminal
 * it is one line rewritten in place (at most 5 times a second) and cleared at the end; never in a pipe or a CI log
 * unless asked (`--progress`), and then a plain line every 5 seconds and one at the end. `--no-progress` turns it
 * off on a terminal. The repositories are counted before the check by a search that only lists folders, since the
 * check's own search goes as it checks.
 */
import { unitsOf } from './repositories';

export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Whether to show progress: asked (`--progress`), refused (`--no-progress`), else on a terminal outside CI. */
export function wantsProgress(flag: boolean | undefined, out: ProgressOutput, env: NodeJS.ProcessEnv): boolean {
  return flag ?? (out.isTTY === true && !env.CI);
}

const number = (n: number): string => n.toLocaleString('en');

/** "about 1 min 20 s left", "about 9 s left". */
export function timeLeft(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  return s < 60 ? `about ${s} s left` : `about ${Math.floor(s / 60)} min ${s % 60} s left`;
}

export class Progress {
  private done = 0;
  private shownAt = 0;
  private readonly start: number;
  private readonly every: number;

  constructor(
    private readonly out: ProgressOutput,
    private readonly total: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.start = now();
    this.shownAt = this.start;
    this.every = out.isTTY ? 200 : 5000;
  }

  /** The line as it stands: `1,234 of 10,000 repositories, 410/s, about 21 s left`. */
  line(): string {
    const seconds = (this.now() - this.start) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const left = rate > 0 ? `, ${timeLeft((this.total - this.done) / rate)}` : '';
    return `${number(this.done)} of ${number(this.total)} repositories, ${number(Math.round(rate))}/s${left}`;
  }

  /** A repository is done. */
  tick(): void {
    this.done++;
    if (this.now() - this.shownAt < this.every) return;
    this.shownAt = this.now();
    this.out.write(this.out.isTTY ? `\r\u001b[K${this.line()}` : `security-policy: ${this.line()}\n`);
  }

  /** Before output on stdout, which may be the same terminal: the line is cleared, and drawn again at the next tick. */
  clear(): void {
    if (!this.out.isTTY || this.shownAt === this.start) return;
    this.out.write('\r\u001b[K');
    this.shownAt = this.start - this.every;
  }

  /** The check is over: the line is cleared on a terminal, else the last one written. */
  end(): void {
    if (this.out.isTTY) this.out.write('\r\u001b[K');
    else this.out.write(`security-policy: ${number(this.done)} of ${number(this.total)} repositories checked.\n`);
  }
}

/** The repositories the check will meet, by the same search without checking (files skipped are said then). */
export function countRepositories(paths: string[], cwd: string): number {
  let n = 0;
  for (const _ of unitsOf(paths.length > 0 ? paths : ['.'], cwd, () => undefined)) n++;
  return n;
}

/** The progress of a check of `paths`, when it is to be shown on stderr (./progress.ts, `--progress`). */
export function progressFor(paths: string[], flag: boolean | undefined, cwd: string): Progress | undefined {
  if (!wantsProgress(flag, process.stderr, process.env)) return undefined;
  return new Progress(process.stderr, countRepositories(paths, cwd));
}
