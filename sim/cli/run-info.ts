// run.json: what was run and with which code, so a result can be reproduced. No
// wall-clock time or worker count: the same run writes the same bytes.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { name as packageName, version as packageVersion } from '../../package.json';
import type { Scenario } from '../scenario/schema.js';

/** HEAD of the git checkout the CLI runs from, or null (not a checkout, no git). */
export function gitCommit(packageRoot: string): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', '--show-toplevel', 'HEAD'], {
      cwd: packageRoot,
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
      encoding: 'utf8',
    });
    const [top, head] = out.trim().split('\n');
    // Inside some other repository (installed as a dependency): not our commit.
    if (!top || !head || realpathSync(top) !== realpathSync(packageRoot)) return null;
    return /^[0-9a-f]{40}$/.test(head) ? head : null;
  } catch {
    return null;
  }
}

export interface RunInfoInput {
  readonly file: string;
  readonly scenario: Scenario;
  readonly sets: readonly string[];
  readonly flags: { readonly reps?: number; readonly seed?: number | string; readonly steps?: number };
  readonly packageRoot: string;
}

export function runInfoJson(input: RunInfoInput): string {
  const { scenario } = input;
  const info = {
    scenarioFile: input.file,
    seed: scenario.seed,
    replicates: scenario.replicates,
    steps: scenario.time.steps,
    overrides: input.sets,
    flags: input.flags,
    package: { name: packageName, version: packageVersion },
    gitCommit: gitCommit(input.packageRoot),
    node: process.version,
    scenario,
  };
  return `${JSON.stringify(info, null, 2)}\n`;
}
