#!/usr/bin/env bash
# Install the reader bundle for the current user, so it starts from the desktop's menu and opens
# .readercmp comparison files.
#
#   packaging/install.sh [BUNDLE]     # BUNDLE: the folder build.sh made (default: dist/reader)
#
# Puts, under ${XDG_DATA_HOME:-~/.local/share}:
#   reader/                                         the bundle (replacing an older one)
#   applications/io.github.reader.Reader.desktop    the menu entry
#   metainfo/io.github.reader.Reader.metainfo.xml   the software-centre description
#   icons/hicolor/<N>x<N>/apps/, scalable/apps/     the icon
#   mime/packages/io.github.reader.Reader.xml       the comparison file type
# and the command ~/.local/bin/reader (a symbolic link). packaging/uninstall.sh removes them.
set -euo pipefail
: "${HOME:?install paths are under \$HOME, which is not set}"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
app_id=io.github.reader.Reader
bundle=$(cd "${1:-$root/dist/reader}" 2>/dev/null && pwd) || {
    echo "install.sh: no bundle at ${1:-$root/dist/reader}; run packaging/build.sh first" >&2
    exit 1
}
[ -x "$bundle/reader" ] || { echo "install.sh: $bundle/reader is not a program" >&2; exit 1; }

data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
icons="$root/resources/icons/app"
[ -f "$icons/$app_id.svg" ] || icons="$bundle/_internal/reader/resources/icons/app"
target="$data/reader"

# 1. the bundle, copied beside the old one first so a failed copy leaves the old one working
mkdir -p "$data" "$bin"
if [ "$bundle" != "$target" ]; then
    rm -rf "$target.new"
    cp -a "$bundle" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi
ln -sfn "$target/reader" "$bin/reader"

# 2. the menu entry, pointing at the installed program (the desktop may not have ~/.local/bin
#    on its PATH)
mkdir -p "$data/applications"
# (Exec quoting: \ " ` $ escaped inside the quotes, % doubled)
exe=${target//\\/\\\\}
exe=${exe//\"/\\\"}
exe=${exe//\`/\\\`}
exe=${exe//\$/\\\$}
exe=${exe//%/%%}
while IFS= read -r line; do
    case $line in
        Exec=*) printf 'Exec="%s/reader" %%F\n' "$exe" ;;
        TryExec=*) printf 'TryExec=%s/reader\n' "$target" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/$app_id.desktop" > "$data/applications/$app_id.desktop"

# 3. metainfo, icons, file type
install -Dm644 "$here/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
for n in 16 24 32 48 64 128 256; do
    install -Dm644 "$icons/$app_id-$n.png" "$data/icons/hicolor/${n}x${n}/apps/$app_id.png"
done
install -Dm644 "$icons/$app_id.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"
install -Dm644 "$here/$app_id.mime.xml" "$data/mime/packages/$app_id.xml"

# 4. refresh the desktop's caches, with whichever tools this system has
if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime" || true; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$data/applications" || true; fi
if command -v gtk-update-icon-cache >/dev/null; then
    touch "$data/icons/hicolor"
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
fi

echo "install.sh: installed reader in $target"
echo "install.sh: start it from the menu or as $bin/reader"
case ":$PATH:" in *":$bin:"*) ;; *) echo "install.sh: (add $bin to PATH to type just 'reader')";; esac
