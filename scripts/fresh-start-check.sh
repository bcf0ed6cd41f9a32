#!/usr/bin/env bash
# A fresh start with nothing running: `npm start` from this checkout in a private network
# namespace (no PostgreSQL, no Redis reachable: only a loopback interface of its own), then
# the newcomer's flow over HTTP (scripts/fresh-start-flow.mjs): /health, sign-in, a counts
# import, a pay run computed by the worker and approved by a second finance user.
# Needs root (unshare -n). Data goes to a temporary directory, removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${TERREN_IN_NETNS:-}" ]; then
  # Install and build outside: the namespace reaches no package registry.
  node scripts/ensure-setup.mjs --build
  exec unshare --net env TERREN_IN_NETNS=1 bash "$0" "$@"
fi

ip link set lo up
for port in 5432 6379; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "✗ something answers on 127.0.0.1:$port inside the namespace: not a fresh machine" >&2
    exit 1
  fi
done

work="$(mktemp -d -t terren-fresh-XXXXXX)"
chmod 755 "$work" # the embedded server's system user must enter it
log="$work/terren.log"
port=3000
pid=""
cleanup() {
  status=$?
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  if [ "$status" -ne 0 ]; then
    echo "--- last lines of the service's log:" >&2
    tail -n 60 "$log" >&2 || true
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

echo "• npm start (no DATABASE_URL, no REDIS_URL, nothing listening)"
# `npm start` is `node scripts/start.mjs`; run it directly so that SIGTERM reaches it (npm does
# not wait for its child on a signal).
EMBEDDED_POSTGRES_DIR="$work/postgres" REPORTS_DIR="$work/reports" PORT="$port" LOG_FORMAT=json \
  node scripts/start.mjs >"$log" 2>&1 &
pid=$!

for _ in $(seq 1 240); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
  kill -0 "$pid" 2>/dev/null || { echo "✗ npm start exited" >&2; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null || { echo "✗ /health did not answer within 4 minutes" >&2; exit 1; }
grep -q "terren is running at" "$log" || { echo "✗ no start-up banner" >&2; exit 1; }

node scripts/fresh-start-flow.mjs "http://127.0.0.1:$port"

kill -TERM "$pid"
for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$pid" 2>/dev/null; then echo "✗ the service did not stop within 30 s" >&2; exit 1; fi
pid=""
if pgrep -f -- "-D $work/postgres" >/dev/null; then echo "✗ the embedded PostgreSQL server outlived the service" >&2; exit 1; fi
echo "fresh start: 1 passed, 0 failed"
