#!/bin/sh
# Runs one test inside a private D-Bus session with gnome-keyring's Secret Service unlocked, and HOME in a throw-away
# folder, so the test uses a real OS keychain without touching the user's. Without dbus-run-session the test runs
# as is and skips itself.
set -e
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    exec "$@"
fi
HOME=$(mktemp -d)
export HOME
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export PAYDESK_KEYCHAIN_SESSION=1
trap 'rm -rf "$HOME"' EXIT
# The daemon answers before its Secret Service name is on the bus; on a busy machine wait for it (up to 10 s).
dbus-run-session -- sh -c '
    echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    for i in $(seq 1 100); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
        sleep 0.1
    done
    "$@"' sh "$@"
