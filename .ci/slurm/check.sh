#!/usr/bin/env bash
# The sweep's cluster check: runs scenarios/sweeps/default-small.json as a 4-task Slurm job
# array on the local cluster (.ci/setup-slurm.sh), merges the shards, and checks the result
# equals a single-process run: every table's rows (sorted) and its Parquet bytes. Stops the
# cluster at the end; on failure prints the job's and the daemons' logs.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SWEEP=scenarios/sweeps/default-small.json
WORK=$(mktemp -d "${TMPDIR:-/tmp}/spread-slurm-XXXXXX")
started=$SECONDS

finish() {
  status=$?
  if [ "$status" != 0 ]; then
    echo "slurm check: FAILED (exit $status)" >&2
    for f in "$WORK"/logs/*; do [ -f "$f" ] && { echo "---- $f" >&2; cat "$f" >&2; }; done
    squeue -a >&2 2>/dev/null || true
    sacct >/dev/null 2>&1 || true
    for f in /var/lib/spread-slurm/slurmctld.log /var/lib/spread-slurm/slurmd.log; do
      [ -f "$f" ] && { echo "---- $f (last 60 lines)" >&2; tail -n 60 "$f" >&2; }
    done
  fi
  bash "$ROOT/.ci/setup-slurm.sh" stop
  rm -rf "$WORK"
  exit "$status"
}
trap finish EXIT

[ -f dist/cli.js ] || npm run build:cli --silent
sinfo -h -N -o '%T' | grep -qx idle || { echo "slurm check: no idle node: run bash .ci/setup-slurm.sh first" >&2; exit 1; }

echo "slurm check: single-process run of $SWEEP"
node dist/cli.js sweep "$SWEEP" --out "$WORK/single" --csv --quiet

echo "slurm check: 4-task job array"
mkdir -p "$WORK/logs"
# --wait: return when every task has ended, with a non-zero status if any failed.
timeout 600 sbatch --wait --array=0-3 --chdir="$ROOT" --output="$WORK/logs/task-%a.out" \
  .ci/slurm/sweep-array.sbatch "$SWEEP" "$WORK/tasks"

node dist/cli.js merge "$WORK"/tasks/task-* --out "$WORK/merged" --csv

for table in points runs groups series; do
  if ! cmp -s <(sort "$WORK/single/$table.csv") <(sort "$WORK/merged/$table.csv"); then
    echo "slurm check: $table.csv differs between the single-process run and the merged job array:" >&2
    diff <(sort "$WORK/single/$table.csv") <(sort "$WORK/merged/$table.csv") | head -n 20 >&2
    exit 1
  fi
  cmp "$WORK/single/$table.parquet" "$WORK/merged/$table.parquet"
done
rows=$(($(wc -l < "$WORK/merged/runs.csv") - 1))
for i in 0 1 2 3; do grep -q "shard $i/4 of" "$WORK/logs/task-$i.out" || { echo "slurm check: task $i did not run shard $i/4" >&2; exit 1; }; done
echo "slurm check: OK: 4 array tasks merged equal the single-process run ($rows runs rows, 4 tables, byte for byte) in $((SECONDS - started)) s"
