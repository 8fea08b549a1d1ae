# Sourced by the scripts/bench-* scripts: a ready copy of the peer harness (../shared/bench, or
# BENCH_SOURCE) in $BENCH_DIR (default /tmp/smartbi-bench), set up once (its .venv with pandas,
# matplotlib, vl-convert, pandoc and typst). Afterwards $bench names it.
bench_source=${BENCH_SOURCE:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/../shared/bench"}
bench=${BENCH_DIR:-/tmp/smartbi-bench}
if [ ! -x "$bench/.venv/bin/python" ]; then
  mkdir -p "$bench"
  cp -r "$bench_source"/. "$bench"/
  (cd "$bench" && SKIP_QUARTO=1 ./setup.sh >&2)
fi
