#!/usr/bin/env bash
# Builds the core, paydeskctl, the simulator and the core and integration tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (-DPAYDESK_SANITIZE=ON) in build-asan/, runs those tests, and prints how long the
# build and the run took. Any sanitizer report ends the process that made it with an error, so the test fails.
# Extra arguments go to ctest, e.g. bash scripts/sanitize.sh -R tst_money
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${PAYDESK_ASAN_BUILD_DIR:-"$here/build-asan"}
bash "$here/scripts/install-deps.sh"

start=$SECONDS
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPAYDESK_SANITIZE=ON
fi
# Only what the core and integration labels run: their test programs and the executables they start.
targets=(paydeskctl aps-simulator)
for source in "$here"/tests/core/tst_*.cpp "$here"/tests/integration/tst_*.cpp; do
  targets+=("$(basename "$source" .cpp)")
done
cmake --build "$build_dir" --target "${targets[@]}"
built=$SECONDS

# halt_on_error: the first report ends the process (ASan's default; UBSan's is to print and go on).
# Leaks are reported too: LeakSanitizer runs at the exit of every test and of every paydeskctl and aps-simulator
# they start. These programs load no fonts or GUI plugins, and the runs showed no leak inside Qt or the system
# libraries, so nothing is suppressed; a suppression would need its library's reason beside it.
# ASan keeps freed memory in quarantine, so a test that bounds its peak resident memory
# (tst_reportimporter's huge field) measures the quarantine as well.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_init_order=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export QT_QPA_PLATFORM=offscreen
status=0
(cd "$build_dir" && ctest --output-on-failure --timeout 900 -j2 -L 'core|integration' "$@") || status=$?
ran=$SECONDS

echo "sanitizer build: $(( (built - start) / 60 )) min $(( (built - start) % 60 )) s; tests: $(( (ran - built) / 60 )) min $(( (ran - built) % 60 )) s"
exit $status
