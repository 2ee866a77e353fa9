#!/usr/bin/env bash
# Builds the Debian package from a built tree, checks what it holds, installs it on this machine with apt-get,
# runs the installed programs (paydeskctl --version and init on a temporary file, paydesk --version, and
# paydesk --demo under a private Xvfb, screenshotted), then removes it and checks nothing of it is left.
# Usage: package-test.sh BUILD_DIR VERSION. Exits 77 (skipped) where packages cannot be installed (not root).
set -euo pipefail
build_dir=$1
version=$2
skip=77

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null || ! command -v dpkg-deb >/dev/null; then
    echo "package-test: skipped: installing a package needs root and apt-get"
    exit $skip
fi
if dpkg-query -W -f='${Status}' paydesk 2>/dev/null | grep -q 'install ok installed'; then
    echo "package-test: skipped: a paydesk package is installed already; this test does not replace it"
    exit $skip
fi

work=$(mktemp -d)
xvfb_pid=""
installed=0
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    pkill -f "^/usr/bin/paydesk --demo" 2>/dev/null || true
    if [ "$installed" -eq 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -q paydesk >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "package-test: FAIL: $*" >&2
    exit 1
}

echo "== cpack"
(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log"
    fail "cpack could not build the package"
}
deb="$work/out/paydesk_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $(basename "$deb") (found: $(ls "$work/out"))"

echo "== contents"
dpkg-deb -x "$deb" "$work/root"
for path in usr/bin/paydesk usr/bin/paydeskctl usr/bin/aps-simulator \
    usr/share/applications/com.paydesk.PayDesk.desktop \
    usr/share/metainfo/com.paydesk.PayDesk.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/paydesk.svg \
    usr/share/icons/hicolor/48x48/apps/paydesk.png usr/share/icons/hicolor/256x256/apps/paydesk.png \
    usr/share/man/man1/paydesk.1.gz usr/share/man/man1/paydeskctl.1.gz usr/share/man/man1/aps-simulator.1.gz \
    usr/share/bash-completion/completions/paydeskctl usr/share/doc/paydesk/copyright; do
    [ -e "$work/root/$path" ] || fail "the package lacks /$path"
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6widgets6 libqt6keychain1 libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libpq5; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
if grep -rqa "$build_dir" "$work/root/usr/bin"; then
    fail "an installed program names the build tree $build_dir"
fi
# Every command paydeskctl knows is in its man page.
zcat "$work/root/usr/share/man/man1/paydeskctl.1.gz" >"$work/paydeskctl.1"
grep -q "^.B approvals approve ID" "$work/paydeskctl.1" || fail "paydeskctl.1 lacks its commands"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$work/root/usr/share/metainfo/com.paydesk.PayDesk.metainfo.xml" ||
        fail "the AppStream metainfo does not validate"
else
    echo "package-test: appstreamcli is not installed; metainfo not validated"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/com.paydesk.PayDesk.desktop" ||
        fail "the desktop file does not validate"
fi
bash -n "$work/root/usr/share/bash-completion/completions/paydeskctl" || fail "the completion is not valid bash"

echo "== install"
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log"
    fail "apt-get could not install the package"
}
dpkg-query -W -f='${Version}' paydesk | grep -qx "$version" || fail "dpkg does not list paydesk $version"

echo "== run"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
out=$(/usr/bin/paydeskctl --version)
[ "$out" = "paydeskctl $version" ] || fail "paydeskctl --version printed: $out"
/usr/bin/paydeskctl --db "$work/cache.db" init --merchant-identifier PKGTEST --environment simulator ||
    fail "paydeskctl init failed"
/usr/bin/paydeskctl --db "$work/cache.db" profile show | grep -q PKGTEST || fail "profile show lacks the merchant"
/usr/bin/paydeskctl --db "$work/cache.db" list --json | grep -qx '\[\]' || fail "a new cache is not empty"
out=$(QT_QPA_PLATFORM=offscreen /usr/bin/paydesk --version)
grep -qx "PayDesk $version" <<<"$out" || fail "paydesk --version printed: $out"
grep -q "^Qt 6" <<<"$out" || fail "paydesk --version lacks the Qt version: $out"
grep -q "^Licence: MIT" <<<"$out" || fail "paydesk --version lacks the licence: $out"

# The window, from the installed files only, on the demo.
display=""
for n in $(shuf -i 200-899 -n 20); do
    [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    sleep 1
    if kill -0 "$xvfb_pid" 2>/dev/null; then
        display=":$n"
        break
    fi
done
[ -n "$display" ] || fail "no Xvfb display could start"
(cd "$work" && DISPLAY=$display QT_QPA_PLATFORM=xcb /usr/bin/paydesk --demo >"$work/demo.log" 2>&1 &)
shot="$build_dir/package-demo.png"
colours=0
for _ in $(seq 1 40); do
    sleep 1
    xwd -root -display "$display" | convert xwd:- "$shot" 2>/dev/null || continue
    colours=$(convert "$shot" -format '%k' info:)
    [ "$colours" -gt 200 ] && break
done
pgrep -f "^/usr/bin/paydesk --demo" >/dev/null || {
    cat "$work/demo.log"
    fail "paydesk --demo is not running"
}
[ "$colours" -gt 200 ] || fail "the demo's window did not appear (screenshot has $colours colours)"
echo "package-test: the installed demo window: $shot ($colours colours)"
pkill -f "^/usr/bin/paydesk --demo" || true

echo "== remove"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q paydesk >"$work/apt-remove.log" 2>&1 || {
    cat "$work/apt-remove.log"
    fail "apt-get could not remove the package"
}
installed=0
for path in /usr/bin/paydesk /usr/bin/paydeskctl /usr/bin/aps-simulator \
    /usr/share/applications/com.paydesk.PayDesk.desktop /usr/share/man/man1/paydeskctl.1.gz; do
    [ ! -e "$path" ] || fail "$path is left after removing the package"
done
echo "package-test: built, installed, ran and removed paydesk $version"
