#!/usr/bin/env bash
# PartnerCrm at national scale, side by side with PostgreSQL running the same SQL.
#   benchmarks/run.sh            20,000 companies, 200,000 candidates, 1,000,000 placements; writes
#                                benchmarks/results/<time>.json and the results table of BENCHMARKS.md
#   benchmarks/run.sh --smoke    10,000 placements and one short run of each kind, nothing written
#                                (continuous integration runs it, so the benchmark cannot rot)
#   benchmarks/run.sh --import   only the company import: 100,000 rows of a CVR extract, new and then again;
#                                prints the times, nothing written
set -euo pipefail
cd "$(dirname "$0")/.."

scale=full
[ "${1:-}" = "--smoke" ] && scale=smoke
[ "${1:-}" = "--import" ] && scale=import

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v pgbench >/dev/null 2>&1 || missing+=(postgresql-contrib)
command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

published=$(mktemp -d /tmp/partnercrm-api.XXXXXX)
trap 'rm -rf "$published"' EXIT
echo "Publishing the API in Release"
dotnet publish src/Api -c Release -o "$published" -nologo -v q -clp:ErrorsOnly >/dev/null

stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
if [ "$scale" = full ]; then
  results="benchmarks/results/$stamp.json"
  python3 benchmarks/bench.py --scale full --published "$published" --results "$results"
  python3 benchmarks/report.py "$results" BENCHMARKS.md
elif [ "$scale" = import ]; then
  python3 benchmarks/bench.py --scale import --published "$published" --results "$published/import.json"
else
  results="$published/smoke.json"
  python3 benchmarks/bench.py --scale smoke --published "$published" --results "$results"
  echo "Benchmark smoke run: every request of every kind answered"
fi
