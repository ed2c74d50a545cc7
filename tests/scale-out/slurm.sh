#!/usr/bin/env bash
# The README's Slurm array recipe on a real, single-node Slurm cluster (Debian's slurm-wlm and munge,
# on loopback only): ../shared/corpus/real split into 4 shards by an sbatch array job, merged, and
# compared byte for byte with one local run merged. Prints "slurm: passed …", or "slurm: cannot start …"
# (exit 3) when the daemons cannot run here (not root, no packages), so CI can say so plainly.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
shared=${HONGQI_SHARED:-$repo/../shared}
tool="$repo/src/HongqiExtract.Cli/bin/Release/net10.0/hongqi.dll"
cannot() { echo "slurm: cannot start a Slurm cluster here: $*"; exit 3; }
[ "$(id -u)" -eq 0 ] || cannot "the daemons need root"
if ! command -v slurmctld > /dev/null || ! command -v munged > /dev/null; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge; } > /dev/null 2>&1 || cannot "slurm-wlm and munge could not be installed"
fi
[ -f "$tool" ] || dotnet build "$repo/src/HongqiExtract.Cli" -c Release > /dev/null || exit 1

work=$(mktemp -d /tmp/hongqi-slurm.XXXXXX)
chmod 755 "$work"
state="$work/state"; mkdir -p "$state/ctld" "$state/d" "$work/out" "$work/munge"
cleanup() {
  [ -f "$work/slurmd.pid" ] && kill "$(cat "$work/slurmd.pid")" 2> /dev/null
  [ -f "$work/slurmctld.pid" ] && kill "$(cat "$work/slurmctld.pid")" 2> /dev/null
  [ -f "$work/munge/munged.pid" ] && kill "$(cat "$work/munge/munged.pid")" 2> /dev/null
  sleep 1; rm -rf "$work"
}
trap cleanup EXIT

# munge: a fresh key, its own socket, so nothing of the machine's is touched.
dd if=/dev/urandom bs=1 count=1024 of="$work/munge/munge.key" 2> /dev/null; chmod 400 "$work/munge/munge.key"
munged --key-file="$work/munge/munge.key" --socket="$work/munge/socket" --pid-file="$work/munge/munged.pid" \
  --log-file="$work/munge/munged.log" --seed-file="$work/munge/seed" --force || cannot "munged does not start"

cpus=$(nproc); host=$(hostname -s)
cat > "$work/slurm.conf" <<CONF
ClusterName=hongqi
SlurmctldHost=$host(127.0.0.1)
AuthType=auth/munge
AuthInfo=socket=$work/munge/socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
SlurmctldPort=16817
SlurmdPort=16818
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/d
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MpiDefault=none
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP OverSubscribe=YES
CONF
export SLURM_CONF="$work/slurm.conf"
slurmctld -c -f "$SLURM_CONF" || cannot "slurmctld does not start ($(tail -n 3 "$work/slurmctld.log" 2> /dev/null))"
slurmd -f "$SLURM_CONF" || cannot "slurmd does not start ($(tail -n 3 "$work/slurmd.log" 2> /dev/null))"
for _ in $(seq 1 30); do sinfo -h -o %t 2> /dev/null | grep -qE '^(idle|mix|alloc)' && break; sleep 1; done
sinfo -h -o %t | grep -qE '^(idle|mix|alloc)' || cannot "the node never came up ($(sinfo -h 2>&1 | head -n 1))"

# The README's recipe, as committed in samples/ScaleOut/slurm-array.sbatch.
start=$(date +%s.%N)
job=$(ARCHIVE="$shared/corpus/real" OUT="$work/out" SHARDS=4 HONGQI="dotnet $tool" \
  sbatch --parsable --array=0-3 --chdir="$work" --export=ALL "$repo/samples/ScaleOut/slurm-array.sbatch") || { echo "slurm: sbatch failed"; exit 1; }
for _ in $(seq 1 600); do [ -z "$(squeue -h -j "$job" 2> /dev/null)" ] && break; sleep 1; done
slurm_seconds=$(echo "$(date +%s.%N) - $start" | bc)
[ -z "$(squeue -h -j "$job")" ] || { echo "slurm: the array job did not finish in 10 minutes"; exit 1; }
ls "$work"/out/part-*.jsonl > /dev/null 2>&1 || { echo "slurm: no part was written"; cat "$work"/hongqi-*.log; exit 1; }

start=$(date +%s.%N)
dotnet "$tool" extract "$shared/corpus/real" --quiet --output "$work/one.jsonl" --manifest "$work/one.manifest.jsonl" || exit 1
local_seconds=$(echo "$(date +%s.%N) - $start" | bc)
dotnet "$tool" merge "$work"/out/part-*.jsonl "$work"/out/part-*.manifest.jsonl --output "$work/merged.jsonl" || { echo "slurm: merge found problems"; exit 1; }
dotnet "$tool" merge "$work/one.jsonl" "$work/one.manifest.jsonl" --output "$work/whole.jsonl" 2> /dev/null || exit 1
if cmp -s "$work/merged.jsonl" "$work/whole.jsonl"; then
  echo "slurm: passed: 4 array tasks, merge equals one run byte for byte ($(wc -l < "$work/merged.jsonl") records); wall ${slurm_seconds}s for the array job, ${local_seconds}s for one local process"
else
  echo "slurm: FAILED: the merged shards differ from one run"; exit 1
fi
