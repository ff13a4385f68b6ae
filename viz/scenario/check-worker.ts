// The full validation off the main thread: the CLI's loader, which also builds the
// system of replicate 0 (a few hundred milliseconds for 10,000 units).
import * as Comlink from 'comlink';
import { checkText, type Checked } from './validate.js';

export interface CheckWorkerApi {
  check(text: string, source: string): Checked;
}

const api: CheckWorkerApi = { check: (text, source) => checkText(text, source) };

Comlink.expose(api);
