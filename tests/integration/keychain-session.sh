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
dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "$@"' sh "$@"
