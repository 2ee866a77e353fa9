#!/usr/bin/env bash
# Installs missing dependencies, configures (once) and builds PayDesk with Ninja into build/.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$here/scripts/install-deps.sh"
build_dir=${PAYDESK_BUILD_DIR:-"$here/build"}
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" "$@"
