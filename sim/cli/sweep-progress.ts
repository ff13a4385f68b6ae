// Progress of a sweep on stderr: a bar with ETA on a terminal; on a log (a cluster job's
// output) one line at each tenth, so logs stay short.
import cliProgress from 'cli-progress';

export interface Progress {
  start(total: number, before: number): void;
  update(done: number): void;
  stop(): void;
}

export function sweepProgress(stderr: NodeJS.WriteStream, quiet: boolean, label: string): Progress {
  if (quiet) return { start() {}, update() {}, stop() {} };
  if (stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: stderr,
        format: `${label} {bar} {value}/{total} replicates | {duration_formatted} elapsed | ETA {eta_formatted}`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 200,
      },
      cliProgress.Presets.shades_classic,
    );
    return {
      start: (total) => bar.start(total, 0),
      update: (done) => bar.update(done),
      stop: () => bar.stop(),
    };
  }
  let total = 0;
  let tenth = 0;
  let started = 0;
  return {
    start(t, before) {
      total = t;
      started = performance.now();
      stderr.write(`${label}: ${t} replicates to run${before > 0 ? ` (${before} done before)` : ''}\n`);
    },
    update(done) {
      if (total === 0) return;
      const now = Math.floor((done * 10) / total);
      if (now > tenth) {
        tenth = now;
        const elapsed = (performance.now() - started) / 1000;
        const eta = done < total ? `, ETA ${Math.round((elapsed * (total - done)) / done)} s` : '';
        stderr.write(`${label}: ${done}/${total} replicates, ${Math.round(elapsed)} s${eta}\n`);
      }
    },
    stop() {},
  };
}
