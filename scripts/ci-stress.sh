#!/usr/bin/env bash
# The whole CI run (.ci/run) while stress-ng keeps both cores busy: a suite that passes
# here does not depend on how fast the machine is. Installs stress-ng (Debian) if missing.
#   scripts/ci-stress.sh            # stress-ng --cpu 2 for as long as CI runs
#   STRESS_CPUS=1 scripts/ci-stress.sh
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v stress-ng >/dev/null; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq stress-ng >/dev/null
fi

stress-ng --cpu "${STRESS_CPUS:-2}" --quiet &
stress=$!
trap 'kill "$stress" 2>/dev/null || true' EXIT

started=$(date +%s)
status=0
.ci/run || status=$?
echo "== under stress-ng --cpu ${STRESS_CPUS:-2}: exit $status after $(( $(date +%s) - started )) s"
exit "$status"
