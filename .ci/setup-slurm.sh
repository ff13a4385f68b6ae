#!/usr/bin/env bash
# Starts a single-node Slurm cluster on this host for the sweep's cluster check: installs
# Debian's slurm-wlm and munge if missing, writes slurm.conf for localhost, starts munged,
# slurmctld and slurmd (as root), and waits until the node takes jobs. Stop it with
# `bash .ci/setup-slurm.sh stop` (.ci/slurm/check.sh does, at its end).
set -euo pipefail

STATE=/var/lib/spread-slurm
MUNGE_RUN=/run/munge
CONF=/etc/slurm/slurm.conf

logs() {
  for f in "$STATE"/slurmctld.log "$STATE"/slurmd.log /var/log/munge/munged.log; do
    [ -f "$f" ] && { echo "---- $f (last 40 lines)"; tail -n 40 "$f"; }
  done
  return 0
}

stop() {
  # Only the daemons this script started, by the process ids they wrote.
  for pidfile in "$STATE/slurmd.pid" "$STATE/slurmctld.pid" "$MUNGE_RUN/munged.pid"; do
    if [ -f "$pidfile" ]; then
      pid=$(cat "$pidfile")
      if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      fi
      rm -f "$pidfile"
    fi
  done
}

if [ "${1:-start}" = stop ]; then
  stop
  exit 0
fi
[ "$(id -u)" = 0 ] || { echo "setup-slurm: run as root (it installs packages and starts daemons)" >&2; exit 1; }

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null || ! command -v sbatch >/dev/null; then
  echo "setup-slurm: installing slurm-wlm and munge"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi

# Never replace a real cluster's configuration: only one this script wrote.
if [ -f "$CONF" ] && ! grep -q '^ClusterName=spread-ci$' "$CONF"; then
  echo "setup-slurm: $CONF exists and is not ours (ClusterName=spread-ci); not touching this machine's Slurm" >&2
  exit 1
fi
stop # a cluster left from an earlier run
HOST=$(hostname -s)
NODE=$(slurmd -C | head -n 1) # this machine's CPUs, cores and memory as slurmd sees them
mkdir -p "$STATE/slurmctld" "$STATE/slurmd" /etc/slurm "$MUNGE_RUN" /var/log/munge /var/lib/munge
rm -rf "${STATE:?}/slurmctld/"* "${STATE:?}/slurmd/"* "$STATE"/*.log
sed -e "s|@HOST@|$HOST|g" -e "s|@NODE@|$NODE|" -e "s|@STATE@|$STATE|g" \
  "$(dirname "$0")/slurm/slurm.conf.in" > "$CONF"

# MUNGE authenticates Slurm's messages: a key readable by the munge user only.
if [ ! -s /etc/munge/munge.key ]; then
  dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown munge:munge /etc/munge /etc/munge/munge.key "$MUNGE_RUN" /var/log/munge /var/lib/munge
chmod 0700 /etc/munge /var/log/munge /var/lib/munge
chmod 0400 /etc/munge/munge.key
chmod 0755 "$MUNGE_RUN"
runuser -u munge -- /usr/sbin/munged
munge -n | unmunge >/dev/null || { echo "setup-slurm: munge does not work" >&2; logs; exit 1; }

slurmctld
slurmd
# Wait (up to 60 s) for the node to register and be idle.
for _ in $(seq 120); do
  if sinfo -h -N -o '%T' 2>/dev/null | grep -qx idle; then
    echo "setup-slurm: cluster up on $HOST ($(sinfo -h -N -o '%c CPUs, %m MB'))"
    exit 0
  fi
  sleep 0.5
done
echo "setup-slurm: the node did not become idle:" >&2
sinfo -N -l >&2 || true
logs >&2
stop
exit 1
