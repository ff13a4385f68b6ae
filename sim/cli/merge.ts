// `spread merge DIR... --out MERGED`: join the shard directories of one sweep into the
// whole sweep's tables; MERGED appears only when complete (staged, then renamed).
import { InputError } from '../scenario/errors.js';
import { checkSources, writeMerged } from '../sweep/merge.js';
import { checkOutputDir, stageOutputDir } from './output-dir.js';

export interface MergeFlags {
  readonly out?: string;
  readonly csv?: boolean;
  readonly force?: boolean;
  readonly quiet?: boolean;
}

export async function mergeCommand(dirs: readonly string[], flags: MergeFlags, stderr: NodeJS.WritableStream): Promise<void> {
  if (!flags.out) throw new InputError('--out', [{ path: '', message: 'required: the directory to write the merged sweep to' }]);
  const sources = checkSources(dirs);
  const force = flags.force ?? false;
  await checkOutputDir(flags.out, force);
  const staged = await stageOutputDir(flags.out, force);
  try {
    await writeMerged(sources, staged.path, flags.csv ?? false);
    await staged.commit();
  } catch (e) {
    await staged.discard();
    throw e;
  }
  if (!flags.quiet) {
    const m = sources.manifest;
    stderr.write(`spread: merged ${dirs.length} directories: ${m.design.points} points x ${m.replicates} replicates x ${m.strategies.length} strategies, ${m.chunks.count} chunks; wrote ${flags.out}/\n`);
  }
}
