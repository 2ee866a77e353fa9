#!/usr/bin/env bash
# Renders resources/icons/paydesk.svg into the PNG sizes the package installs (and the window's 64-pixel icon).
# Run after changing the SVG; needs rsvg-convert (Debian package librsvg2-bin), which the build does not.
set -euo pipefail
icons=$(cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons" && pwd)
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" "$icons/paydesk.svg" -o "$icons/hicolor/paydesk-$size.png"
done
cp "$icons/hicolor/paydesk-64.png" "$icons/paydesk.png"
