// Which slice of a sweep this process runs: --shard I/N, else a Slurm job array's task
// (SLURM_ARRAY_TASK_ID/COUNT), else a Kubernetes Indexed Job's JOB_COMPLETION_INDEX with
// SPREAD_SHARD_COUNT; chunk c belongs to shard c mod N.
import type { Problem } from '../scenario/errors.js';

export interface Shard {
  readonly index: number;
  readonly count: number;
  /** Where it came from, for messages: `--shard`, `SLURM_ARRAY_TASK_ID`, ... */
  readonly from: string;
}

const WHOLE = /^\s*\d+\s*$/;

function check(index: string, count: string, from: string, what: string): Shard | Problem {
  const i = Number(index);
  const n = Number(count);
  if (!WHOLE.test(count) || !Number.isSafeInteger(n) || n < 1) {
    return { path: from, message: `expected a shard count of 1 or more${what}, got ${JSON.stringify(count)}` };
  }
  if (!WHOLE.test(index) || !Number.isSafeInteger(i) || i >= n) {
    return { path: from, message: `expected a shard index from 0 to ${n - 1}${what}, got ${JSON.stringify(index)}` };
  }
  return { index: i, count: n, from };
}

/**
 * The shard from the flag or the environment; null for the whole sweep. A problem when
 * the flag or the variables are malformed.
 */
export function resolveShard(flag: string | undefined, env: NodeJS.ProcessEnv): Shard | null | Problem {
  if (flag !== undefined) {
    const m = /^\s*([^/]*)\/([^/]*)\s*$/.exec(flag);
    if (!m) return { path: '--shard', message: `expected I/N (such as 0/4), got ${JSON.stringify(flag)}` };
    return check(m[1], m[2], '--shard', '');
  }
  const slurmId = env.SLURM_ARRAY_TASK_ID;
  if (slurmId !== undefined && slurmId !== '') {
    const count = env.SLURM_ARRAY_TASK_COUNT ?? '';
    // Arrays may start anywhere (--array=1-4): the index counts from the array's first task.
    const min = env.SLURM_ARRAY_TASK_MIN ?? '0';
    if (!WHOLE.test(slurmId) || !WHOLE.test(min)) {
      return { path: 'SLURM_ARRAY_TASK_ID', message: `expected whole numbers, got ${JSON.stringify(slurmId)} (SLURM_ARRAY_TASK_MIN ${JSON.stringify(min)})` };
    }
    const shard = check(String(Number(slurmId) - Number(min)), count, 'SLURM_ARRAY_TASK_ID', ' (from SLURM_ARRAY_TASK_COUNT; arrays with a step such as 0-7:2 are not supported)');
    return shard;
  }
  const k8s = env.JOB_COMPLETION_INDEX;
  if (k8s !== undefined && k8s !== '') {
    const count = env.SPREAD_SHARD_COUNT;
    if (count === undefined || count === '') {
      return { path: 'JOB_COMPLETION_INDEX', message: 'set SPREAD_SHARD_COUNT to the Job\'s completions (the number of shards)' };
    }
    return check(k8s, count, 'JOB_COMPLETION_INDEX', ' (from SPREAD_SHARD_COUNT)');
  }
  return null;
}

export const inShard = (chunk: number, shard: Shard | null): boolean => shard === null || chunk % shard.count === shard.index;
