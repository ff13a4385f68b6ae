// Runs full validations in a worker, one at a time, and answers only the latest request:
// an answer to an older one (the user has typed since) resolves to undefined.
import * as Comlink from 'comlink';
import type { CheckWorkerApi } from './check-worker.js';
import type { Checked } from './validate.js';

export class ScenarioChecker {
  private api: Comlink.Remote<CheckWorkerApi> | undefined;
  private latest = 0;

  async check(text: string, source: string): Promise<Checked | undefined> {
    const ticket = ++this.latest;
    this.api ??= Comlink.wrap<CheckWorkerApi>(
      new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'check-worker' }),
    );
    const checked = await this.api.check(text, source);
    return ticket === this.latest ? checked : undefined;
  }
}
