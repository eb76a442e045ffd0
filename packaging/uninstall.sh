#!/usr/bin/env bash
# Remove what packaging/install.sh created, and only that: the program, the command, the menu
# entry, icon and file type, the folders the installation made (when they are empty again) and
# the desktop caches it caused to be written (the MIME database, when there was none before).
# install.sh lists them in ~/.local/lib/reader/installed-files. The app's data (crash-recovery
# copies of unsaved work in ~/.local/share/reader, settings in ~/.config/reader) and your
# comparison files are left alone.
#
#   packaging/uninstall.sh
set -euo pipefail
: "${HOME:?install paths are under \$HOME, which is not set}"

app_id=io.github.reader.Reader
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
prefix=$HOME/.local/lib/reader
manifest=$prefix/installed-files
old=$data/reader        # where installations before the list put the program

is_bundle() { [ -f "$1/reader" ] && [ -x "$1/reader" ] && [ -d "$1/_internal" ]; }

entries=$(mktemp)
trap 'rm -f "$entries"' EXIT
if [ -f "$manifest" ]; then
    cat "$manifest" > "$entries"
    touch -r "$manifest" "$entries"     # the time of the installation, once the list is gone
elif is_bundle "$old"; then
    # an installation that kept no list: its program and its files by name; folders and caches
    # stay (which of them it made is not known), the caches are brought up to date
    printf 'old-program\t%s\n' "$old" > "$entries"
    printf 'link\t%s\n' "$bin/reader" >> "$entries"
    for f in "applications/$app_id.desktop" "metainfo/$app_id.metainfo.xml" "mime/packages/$app_id.xml" \
             "icons/hicolor/scalable/apps/$app_id.svg" \
             icons/hicolor/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}/apps/$app_id.png; do
        printf 'file\t%s\n' "$data/$f" >> "$entries"
    done
else
    echo "uninstall.sh: reader is not installed here (no $manifest)"
    exit 0
fi

listed() {  # listed KIND: the paths of that kind
    awk -F '\t' -v kind="$1" '$1 == kind { print substr($0, length(kind) + 2) }' "$entries"
}

# 1. the command (only while it is our link), the files, the program
while IFS= read -r path; do
    target=$(readlink "$path" 2>/dev/null || true)
    if [ "$target" = "$prefix/reader" ] || [ "$target" = "$old/reader" ]; then rm -f "$path"; fi
done < <(listed link)
while IFS= read -r path; do rm -f "$path"; done < <(listed file)
while IFS= read -r path; do
    if [ "$path" = "$prefix" ] && is_bundle "$path"; then rm -rf "$path"; fi
done < <(listed program)
while IFS= read -r path; do   # the folder only when empty: it holds the recovery copies
    if [ "$path" = "$old" ] && is_bundle "$path"; then
        rm -rf "$path/_internal" "$path/reader"
        rmdir "$path" 2>/dev/null || true
    fi
done < <(listed old-program)

# 2. the desktop caches. One the installation created is removed with everything the tool wrote,
#    unless something installed after reader uses it too (then, like a cache that was there
#    before, it is brought up to date without reader's entries).
generated=$(listed generated)
is_generated() { [ -n "$generated" ] && grep -qxF -- "$1" <<< "$generated"; }
newer_than_install() {  # a file in FOLDER, not written by the tools for reader, newer than the list
    local path
    while IFS= read -r path; do
        is_generated "$path" || return 0
    done < <(find "$1" \( -type f -o -type l \) -newer "$entries")
    return 1
}
settle() {  # settle FOLDER INDEX COMMAND...: INDEX is the cache's main file
    local folder=$1 index=$2 path
    shift 2
    [ -d "$folder" ] || return 0
    if is_generated "$folder/$index" && ! newer_than_install "$folder"; then
        while IFS= read -r path; do
            case $path in "$folder"/*) rm -f "$path" ;; esac
        done <<< "$generated"
    elif [ -e "$folder/$index" ] && command -v "$1" >/dev/null; then
        "$@" >/dev/null 2>&1 || true
    fi
}
settle "$data/mime" mime.cache update-mime-database "$data/mime"
settle "$data/applications" mimeinfo.cache update-desktop-database -q "$data/applications"
settle "$data/icons/hicolor" icon-theme.cache gtk-update-icon-cache -q -t -f "$data/icons/hicolor"

# 3. the folders the installation made, deepest first, if nothing else lives in them now
while IFS= read -r path; do
    rmdir "$path" 2>/dev/null || true
done < <(listed dir | LC_ALL=C sort -r)

echo "uninstall.sh: removed reader (the program was in $prefix)"
