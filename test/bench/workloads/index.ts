// The benchmark's workloads, in the order they run. To add one (e.g. system_10k), put it
// in its own file here exporting a Workload and append it to this list.
import type { Workload } from '../workload.js';
import { app5k } from './app-5k.js';
import { import1m } from './import-1m.js';
import { si100k } from './si-100k.js';
import { sweep } from './sweep.js';
import { system10k } from './system-10k.js';
import { threshold100k } from './threshold-100k.js';
import { threshold1m } from './threshold-1m.js';

export const workloads: readonly Workload[] = [threshold100k, si100k, threshold1m, system10k, sweep, app5k, import1m];
