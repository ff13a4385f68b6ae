// Shard selection: the flag, Slurm job arrays (counting from the array's first task) and
// Kubernetes Indexed Jobs; malformed values are problems naming their source; the shards
// of any count partition the chunks.
import { describe, expect, it } from 'vitest';
import { inShard, resolveShard } from '../../sim/sweep/shard.js';

describe('resolveShard', () => {
  it('reads --shard first, then Slurm, then Kubernetes, else the whole sweep', () => {
    const env = { SLURM_ARRAY_TASK_ID: '6', SLURM_ARRAY_TASK_MIN: '4', SLURM_ARRAY_TASK_COUNT: '8', JOB_COMPLETION_INDEX: '1', SPREAD_SHARD_COUNT: '3' };
    expect(resolveShard('2/5', env)).toEqual({ index: 2, count: 5, from: '--shard' });
    expect(resolveShard(undefined, env)).toEqual({ index: 2, count: 8, from: 'SLURM_ARRAY_TASK_ID' });
    expect(resolveShard(undefined, { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '4' })).toEqual({ index: 3, count: 4, from: 'SLURM_ARRAY_TASK_ID' });
    expect(resolveShard(undefined, { JOB_COMPLETION_INDEX: '1', SPREAD_SHARD_COUNT: '3' })).toEqual({ index: 1, count: 3, from: 'JOB_COMPLETION_INDEX' });
    expect(resolveShard(undefined, {})).toBeNull();
  });

  it.each([
    ['0/0', {}, { path: '--shard', message: 'expected a shard count of 1 or more, got "0"' }],
    ['4/4', {}, { path: '--shard', message: 'expected a shard index from 0 to 3, got "4"' }],
    ['-1/4', {}, { path: '--shard', message: 'expected a shard index from 0 to 3, got "-1"' }],
    ['1', {}, { path: '--shard', message: 'expected I/N (such as 0/4), got "1"' }],
    [undefined, { SLURM_ARRAY_TASK_ID: '6', SLURM_ARRAY_TASK_COUNT: '4' }, { path: 'SLURM_ARRAY_TASK_ID', message: expect.stringMatching(/from 0 to 3 .*got "6"/) }],
    [undefined, { JOB_COMPLETION_INDEX: '2' }, { path: 'JOB_COMPLETION_INDEX', message: expect.stringContaining('SPREAD_SHARD_COUNT') }],
  ])('%s %j is a problem naming its source', (flag, env, problem) => {
    expect(resolveShard(flag, env as NodeJS.ProcessEnv)).toEqual(problem);
  });
});

it('shards of any count give every chunk to exactly one shard', () => {
  for (const count of [1, 2, 3, 7, 64]) {
    for (let chunk = 0; chunk < 200; chunk++) {
      const owners = Array.from({ length: count }, (_, index) => index).filter((index) => inShard(chunk, { index, count, from: 'test' }));
      expect(owners).toEqual([chunk % count]);
    }
  }
  expect(inShard(5, null)).toBe(true);
});
