// Runs a list of jobs one per macrotask, so the page can paint and take input between
// them (no long task); starting a new list drops what is left of the previous one.
export class TaskQueue {
  private generation = 0;
  private readonly channel = new MessageChannel();
  private readonly waiting: (() => void)[] = [];

  constructor() {
    this.channel.port1.onmessage = () => this.waiting.shift()?.();
  }

  private post(fn: () => void): void {
    this.waiting.push(fn);
    this.channel.port2.postMessage(null);
  }

  /** Run `jobs` in order, each in its own task; `done` after the last one. */
  run(jobs: readonly (() => void)[], done?: () => void): void {
    const generation = ++this.generation;
    const step = (i: number) => {
      if (generation !== this.generation) return;
      if (i >= jobs.length) return done?.();
      jobs[i]();
      this.post(() => step(i + 1));
    };
    this.post(() => step(0));
  }
}
