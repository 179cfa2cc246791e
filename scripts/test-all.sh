#!/usr/bin/env bash
# `npm test`: type check, build, domain + API tests on the embedded PostgreSQL server, the API tests again on
# TEST_DATABASE_URL's server when it is set, the crash-safety check, then the browser tests. Ends with one line "N passed, N failed[, N skipped]".
set -u
cd "$(dirname "$0")/.."
rm -rf reports && mkdir -p reports
status=0
check_failures=0

# Each step's wall time, printed when the next one starts and listed at the end (where the suite's time goes).
step_name=""
step_started=$SECONDS
step_times=""
step_end() {
  [ -n "$step_name" ] && step_times="${step_times}  $((SECONDS - step_started)) s  ${step_name}"$'\n'
  step_name=""
}
step() { step_end; echo; echo "== $*"; step_name="$*"; step_started=$SECONDS; }

# Browser tests use Debian's Chromium; install it when missing and we may (root with apt).
if ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  step "installing Debian chromium"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "chromium install failed"
fi

step "type check and lint"
npx biome ci src test e2e scripts bench || check_failures=$((check_failures + 1))
npx tsx scripts/check-boundaries.ts || check_failures=$((check_failures + 1))
npx tsc -p . || check_failures=$((check_failures + 1))
# The domain again without DOM and Node types (src/domain/tsconfig.json).
npx tsc -p src/domain || check_failures=$((check_failures + 1))

step "build web app"
npm run -s build || check_failures=$((check_failures + 1))

step "domain and API tests (embedded PostgreSQL)"
env -u TEST_DATABASE_URL npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest-embedded.json || status=1

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "API tests (PostgreSQL: ${TEST_DATABASE_URL%%\?*})"
  npx vitest run test/server --reporter=default --reporter=json --outputFile.json=reports/vitest-postgres.json || status=1
else
  echo; echo "(TEST_DATABASE_URL not set: PostgreSQL run skipped)"
fi

# The real server SIGKILLed under concurrent writes, restarted, every acknowledged write checked (scripts/crash-test.ts):
# a short run (the documented full one is 50 writers × 10 kills); one test per engine in reports/crash.json.
step "crash safety"
CRASH_WRITERS=${CRASH_WRITERS:-20} CRASH_KILLS=${CRASH_KILLS:-5} CRASH_REPORT=reports/crash.json \
  CRASH_ENGINES=$([ -n "${TEST_DATABASE_URL:-}" ] && echo embedded,postgres || echo embedded) npx tsx scripts/crash-test.ts || status=1

step "browser tests (Chromium)"
CI=true E2E_SKIP_BUILD=$([ "$check_failures" -eq 0 ] && echo 1) npx playwright test || status=1

step_end
echo; echo "== time per step"; printf '%s' "$step_times"

# A failed type check, lint or build counts as a failure in the closing line too.
echo "{\"checks\": {\"failed\": $check_failures}}" > reports/checks.json
[ "$check_failures" -gt 0 ] && status=1
echo
node scripts/test-summary.mjs reports || status=1
exit $status
