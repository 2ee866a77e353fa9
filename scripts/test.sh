#!/usr/bin/env bash
# Installs, builds and runs the whole test suite headless. ctest's summary is the last thing printed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${PAYDESK_BUILD_DIR:-"$here/build"}
bash "$here/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
cd "$build_dir"
ctest --output-on-failure --timeout 600 -j2 "$@"
