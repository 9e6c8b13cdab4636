#!/usr/bin/env bash
# Install (or remove) the Claim Ledger bundle for the current user, under ~/.local (XDG):
#
#   ~/.local/lib/claimledger/                       the PyInstaller bundle
#   ~/.local/bin/claimledger                        symlink to it
#   ~/.local/share/applications/io.github.claimledger.ClaimLedger.desktop
#   ~/.local/share/icons/hicolor/<N>x<N>/apps/io.github.claimledger.ClaimLedger.png (+ scalable SVG)
#   ~/.local/share/metainfo/io.github.claimledger.ClaimLedger.metainfo.xml
#
# Works from the repository (after packaging/build.sh: dist/claimledger/) and from the unpacked
# release tarball (install.sh next to claimledger/ and share/).
#
#   packaging/install-linux.sh [--prefix DIR] [--uninstall]
set -euo pipefail

APP_ID=io.github.claimledger.ClaimLedger
PREFIX="${PREFIX:-$HOME/.local}"
UNINSTALL=0
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$2"; shift 2 ;;
        --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install-linux.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -x "$HERE/claimledger/claimledger" ] && [ -d "$HERE/share" ]; then      # unpacked tarball
    BUNDLE="$HERE/claimledger"
    DESKTOP="$HERE/share/$APP_ID.desktop"
    METAINFO="$HERE/share/$APP_ID.metainfo.xml"
    ICONS="$HERE/share/icons"
else                                                                          # repository
    ROOT="$(cd "$HERE/.." && pwd)"
    BUNDLE="$ROOT/dist/claimledger"
    DESKTOP="$ROOT/packaging/linux/$APP_ID.desktop"
    METAINFO="$ROOT/packaging/linux/$APP_ID.metainfo.xml"
    ICONS="$ROOT/resources/icons/hicolor"
fi

LIBDIR="$PREFIX/lib/claimledger"
BINDIR="$PREFIX/bin"
SHARE="$PREFIX/share"

refresh_caches() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" || true
}

if [ "$UNINSTALL" = 1 ]; then
    rm -f "$BINDIR/claimledger" "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
    find "$SHARE/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    rm -rf "$LIBDIR"
    refresh_caches
    echo "removed Claim Ledger from $PREFIX (your ledgers in ~/.local/share/claimledger/ are kept)"
    exit 0
fi

[ -x "$BUNDLE/claimledger" ] || { echo "install-linux.sh: no bundle at $BUNDLE (run packaging/build.sh)" >&2; exit 1; }

mkdir -p "$PREFIX/lib" "$BINDIR" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor"
# Replace the bundle as a whole: copy aside, then swap, so a failed copy leaves the old one.
rm -rf "$LIBDIR.new"
cp -a "$BUNDLE" "$LIBDIR.new"
rm -rf "$LIBDIR"
mv "$LIBDIR.new" "$LIBDIR"
ln -sfn "$LIBDIR/claimledger" "$BINDIR/claimledger"

install -m 644 "$DESKTOP" "$SHARE/applications/$APP_ID.desktop"
install -m 644 "$METAINFO" "$SHARE/metainfo/$APP_ID.metainfo.xml"
( cd "$ICONS" && find . -name "$APP_ID.*" -type f ) | while read -r icon; do
    install -D -m 644 "$ICONS/$icon" "$SHARE/icons/hicolor/$icon"
done
refresh_caches

echo "installed Claim Ledger $("$BINDIR/claimledger" --version 2>/dev/null | awk '{print $2}') in $PREFIX"
case ":$PATH:" in
    *":$BINDIR:"*) ;;
    *) echo "note: $BINDIR is not on your PATH; add it to run 'claimledger' from a shell" ;;
esac
