#!/usr/bin/env bash
# Installs, builds and starts PayDesk on its embedded demo: a fresh demo cache and the built-in simulator.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${PAYDESK_BUILD_DIR:-"$here/build"}
bash "$here/scripts/build.sh"
exec "$build_dir/app/paydesk/paydesk" --demo "$@"
