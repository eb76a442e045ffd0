#!/usr/bin/env bash
# Install the reader bundle for the current user, so it starts from the desktop's menu and opens
# .readercmp comparison files.
#
#   packaging/install.sh [BUNDLE]     # BUNDLE: the folder build.sh made (default: dist/reader)
#
# Puts the program in ~/.local/lib/reader/ (replacing an older one), the command
# ~/.local/bin/reader (a symbolic link), and under ${XDG_DATA_HOME:-~/.local/share}:
#   applications/io.github.reader.Reader.desktop    the menu entry
#   metainfo/io.github.reader.Reader.metainfo.xml   the software-centre description
#   icons/hicolor/<N>x<N>/apps/, scalable/apps/     the icon
#   mime/packages/io.github.reader.Reader.xml       the comparison file type
# then refreshes the desktop's caches with whichever tools the system has.
#
# Everything it creates (files, folders, regenerated caches) is listed in
# ~/.local/lib/reader/installed-files, so packaging/uninstall.sh removes exactly that. The
# program lives apart from the app's data: ~/.local/share/reader/ holds the crash-recovery copies
# of unsaved work, and nothing here writes or deletes there.
set -euo pipefail
: "${HOME:?install paths are under \$HOME, which is not set}"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
app_id=io.github.reader.Reader
bundle=$(cd "${1:-$root/dist/reader}" 2>/dev/null && pwd) || {
    echo "install.sh: no bundle at ${1:-$root/dist/reader}; run packaging/build.sh first" >&2
    exit 1
}
[ -x "$bundle/reader" ] && [ -d "$bundle/_internal" ] || {
    echo "install.sh: $bundle is not a reader bundle (no reader program and _internal folder)" >&2
    exit 1
}

data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
prefix=$HOME/.local/lib/reader
manifest=$prefix/installed-files
icons="$root/resources/icons/app"
[ -f "$icons/$app_id.svg" ] || icons="$bundle/_internal/reader/resources/icons/app"
case $bundle/ in "$prefix"/*)
    echo "install.sh: $bundle is the installed copy; give the bundle build.sh made" >&2; exit 1;;
esac
if [ -e "$prefix" ] && [ ! -f "$manifest" ] && { [ ! -x "$prefix/reader" ] || [ ! -d "$prefix/_internal" ]; }; then
    echo "install.sh: $prefix exists but is not a reader installation; move it away first" >&2
    exit 1
fi

# What this installation created, one "kind<TAB>path" a line: program (the bundle's folder),
# file, link, dir (a folder it made), generated (a file a desktop tool wrote into a cache because
# of it). An earlier installation's list is kept: reinstalling does not make its folders someone
# else's.
entries=$(mktemp)
trap 'rm -f "$entries"' EXIT
[ -f "$manifest" ] && cat "$manifest" > "$entries"
record() { printf '%s\t%s\n' "$1" "$2" >> "$entries"; }
save_list() { awk '!seen[$0]++' "$entries" > "$manifest.new" && mv -f "$manifest.new" "$manifest"; }

make_dir() {  # mkdir -p, recording each folder it makes
    local dir=$1 missing=()
    while [ ! -e "$dir" ] && [ ! -L "$dir" ]; do
        missing=("$dir" ${missing[@]+"${missing[@]}"})
        dir=$(dirname "$dir")
    done
    mkdir -p "$1"
    for dir in ${missing[@]+"${missing[@]}"}; do record dir "$dir"; done
}

put() {  # put MODE SOURCE TARGET: copy a file into place, recording it
    make_dir "$(dirname "$3")"
    install -m "$1" "$2" "$3.new"
    mv -f "$3.new" "$3"
    record file "$3"
}

# 0. an installation made before the program moved out of the data folder (it put the bundle in
#    $data/reader, where the program file blocked the data folder $data/reader/reader): remove
#    that bundle's two entries, and the folder only when nothing else is in it
old=$data/reader
if [ -f "$old/reader" ] && [ -x "$old/reader" ] && [ -d "$old/_internal" ]; then
    rm -rf "$old/_internal" "$old/reader"
    rmdir "$old" 2>/dev/null || true
    echo "install.sh: removed the earlier installation's program from $old"
fi
[ -d "$data/reader.new/_internal" ] && rm -rf "$data/reader.new"   # a copy that old one left

# 1. the program, copied beside the old one first so a failed copy leaves the old one working
make_dir "$(dirname "$prefix")"
rm -rf "$prefix.new"
cp -a "$bundle" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
record program "$prefix"
save_list       # from here on, uninstall.sh can undo a half-finished installation

# 2. the command; a ~/.local/bin/reader that is not ours is left alone
make_dir "$bin"
link_target=$(readlink "$bin/reader" 2>/dev/null || true)
if [ ! -e "$bin/reader" ] && [ ! -L "$bin/reader" ] || [ "$link_target" = "$prefix/reader" ] \
        || [ "$link_target" = "$old/reader" ]; then
    ln -sfn "$prefix/reader" "$bin/reader"
    record link "$bin/reader"
else
    echo "install.sh: left $bin/reader alone (it is not reader's); the program is $prefix/reader"
fi

# 3. the menu entry, pointing at the installed program (the desktop may not have ~/.local/bin
#    on its PATH)
# (Exec quoting: \ " ` $ escaped inside the quotes, % doubled)
exe=${prefix//\\/\\\\}
exe=${exe//\"/\\\"}
exe=${exe//\`/\\\`}
exe=${exe//\$/\\\$}
exe=${exe//%/%%}
desktop=$(mktemp)
while IFS= read -r line; do
    case $line in
        Exec=*) printf 'Exec="%s/reader" %%F\n' "$exe" ;;
        TryExec=*) printf 'TryExec=%s/reader\n' "$prefix" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/$app_id.desktop" > "$desktop"
put 644 "$desktop" "$data/applications/$app_id.desktop"
rm -f "$desktop"

# 4. metainfo, icons, file type
put 644 "$here/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
for n in 16 24 32 48 64 128 256; do
    put 644 "$icons/$app_id-$n.png" "$data/icons/hicolor/${n}x${n}/apps/$app_id.png"
done
put 644 "$icons/$app_id.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"
put 644 "$here/$app_id.mime.xml" "$data/mime/packages/$app_id.xml"

# 5. refresh the desktop's caches, with whichever tools this system has, recording the files and
#    folders a tool creates (the whole MIME database, when the user had none)
refresh() {  # refresh FOLDER COMMAND...
    local folder=$1 before after kind path
    shift
    command -v "$1" >/dev/null || return 0
    before=$(find "$folder" -mindepth 1 | LC_ALL=C sort)
    "$@" >/dev/null 2>&1 || true
    after=$(find "$folder" -mindepth 1 | LC_ALL=C sort)
    while IFS= read -r path; do
        [ -n "$path" ] || continue
        if [ -d "$path" ] && [ ! -L "$path" ]; then kind=dir; else kind=generated; fi
        record "$kind" "$path"
    done < <(LC_ALL=C comm -13 <(printf '%s\n' "$before") <(printf '%s\n' "$after"))
}
refresh "$data/mime" update-mime-database "$data/mime"
refresh "$data/applications" update-desktop-database -q "$data/applications"
refresh "$data/icons/hicolor" gtk-update-icon-cache -q -t -f "$data/icons/hicolor"

save_list

echo "install.sh: installed reader in $prefix"
echo "install.sh: start it from the menu or as $bin/reader"
case ":$PATH:" in *":$bin:"*) ;; *) echo "install.sh: (add $bin to PATH to type just 'reader')";; esac
