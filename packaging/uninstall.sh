#!/usr/bin/env bash
# Remove what packaging/install.sh put in the current user's directories. Your settings and
# comparison files are left alone.
#
#   packaging/uninstall.sh
set -euo pipefail
: "${HOME:?install paths are under \$HOME, which is not set}"

app_id=io.github.reader.Reader
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin

# the command, only if it is our link (not some other program called reader)
if [ -L "$bin/reader" ] && [ "$(readlink "$bin/reader")" = "$data/reader/reader" ]; then
    rm -f "$bin/reader"
fi
rm -rf "$data/reader" "$data/reader.new"
rm -f "$data/applications/$app_id.desktop" \
      "$data/metainfo/$app_id.metainfo.xml" \
      "$data/mime/packages/$app_id.xml" \
      "$data/icons/hicolor/scalable/apps/$app_id.svg"
for n in 16 24 32 48 64 128 256; do
    rm -f "$data/icons/hicolor/${n}x${n}/apps/$app_id.png"
done

if command -v update-mime-database >/dev/null && [ -d "$data/mime" ]; then update-mime-database "$data/mime" || true; fi
if command -v update-desktop-database >/dev/null && [ -d "$data/applications" ]; then update-desktop-database -q "$data/applications" || true; fi
if command -v gtk-update-icon-cache >/dev/null && [ -d "$data/icons/hicolor" ]; then
    touch "$data/icons/hicolor"
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
fi
echo "uninstall.sh: removed reader from $data"
