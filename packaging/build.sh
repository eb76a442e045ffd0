#!/usr/bin/env bash
# Build the one-folder Linux bundle of reader: dist/reader/ with the program dist/reader/reader,
# which runs without Python or the project's dependencies on the machine.
#
#   packaging/build.sh            # from anywhere in a clone
#
# Makes (or reuses) a build virtualenv in build/bundle-venv, installs the project into it as a
# user would get it (a built wheel, not an editable install) together with PyInstaller, then
# runs packaging/reader.spec. Environment:
#   PYTHON               the Python to build with (default python3; 3.10 or newer)
#   READER_BUILD_VENV    the build virtualenv (default build/bundle-venv)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
PYTHON=${PYTHON:-python3}
venv=${READER_BUILD_VENV:-$root/build/bundle-venv}
pyinstaller_req='pyinstaller>=6.10,<7'
pip_flags=(-q --disable-pip-version-check)

if [ ! -x "$venv/bin/python" ]; then
    echo "build.sh: creating the build virtualenv $venv"
    "$PYTHON" -m venv "$venv"
fi
py="$venv/bin/python"

echo "build.sh: installing PyInstaller and the project into the build virtualenv"
# setuptools builds in ./build/lib and would reuse files left there by an earlier build (a
# renamed seed would then ship twice): start it from nothing.
rm -rf "$root/build/lib" "$root/build/bdist."*
"$py" -m pip install "${pip_flags[@]}" "$pyinstaller_req" "$root"
# pip keeps an installed copy of the same version; make sure the bundle gets this tree's code.
"$py" -m pip install "${pip_flags[@]}" --no-deps --force-reinstall "$root"

# Run PyInstaller from outside the source tree so it collects the installed package (whose
# reader.resources and reader.seeds are real folders), never ./reader from the checkout.
work="$root/build/pyinstaller"
mkdir -p "$work"
rm -rf "$root/dist/reader"
echo "build.sh: running PyInstaller"
(cd "$work" && "$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$work" "$root/packaging/reader.spec")

bundle="$root/dist/reader"
# The Python runtime's own libraries may carry debug symbols (pyenv builds do): strip those.
# Not the wheels' libraries: their auditwheel-patched ELF files do not survive strip.
if command -v strip >/dev/null; then
    strip --strip-unneeded "$bundle"/_internal/libpython3*.so* "$bundle"/_internal/python3*/lib-dynload/*.so 2>/dev/null || true
fi
# Links into what the spec left out would be copied by install.sh as broken links.
dangling=$(find "$bundle" -xtype l)
if [ -n "$dangling" ]; then echo "build.sh: broken links in the bundle:" $dangling >&2; exit 1; fi
# Qt's X11 plugin needs xcb libraries that PyInstaller copies in only when this machine has them
# (Debian: libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
# libxkbcommon-x11-0); without them the bundle starts on X only where they are installed.
xcb_plugin="$bundle/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
if [ -f "$xcb_plugin" ] && command -v ldd >/dev/null; then
    missing=$(LD_LIBRARY_PATH="$bundle/_internal" ldd "$xcb_plugin" 2>/dev/null | awk '/not found/ { print $1 }' | sort -u)
    if [ -n "$missing" ]; then
        echo "build.sh: warning: not on this machine, so not in the bundle, and needed to start on an X11" \
             "screen:" $missing >&2
    fi
fi
# A quick check that the bundle starts and finds its data: the version and a comparison of the
# shipped seed articles, run with an empty environment.
env -i HOME="${HOME:-/tmp}" "$bundle/reader" --version
seeds=("$bundle"/_internal/reader/seeds/*.txt)
env -i HOME="${HOME:-/tmp}" "$bundle/reader" compare --format json "${seeds[@]}" \
    | "$py" -c 'import json, sys; c = json.load(sys.stdin); print("build.sh: bundle compares the", len(c["articles"]), "seed articles")'
echo "build.sh: done: $bundle/reader ($(du -sh "$bundle" | cut -f1))"
