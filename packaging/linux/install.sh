#!/usr/bin/env sh
# Install the built bundle (dist/attache/, from `python3 dev.py bundle`) for one user, or
# for everyone with --system (run as root): the program in PREFIX/lib/attache, the two
# commands in PREFIX/bin, the menu entry, the AppStream metadata and the icons.
#
#   sh packaging/linux/install.sh            → ~/.local
#   sudo sh packaging/linux/install.sh --system   → /usr/local
#   sh packaging/linux/install.sh --uninstall [--system]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
prefix="${HOME}/.local"
action=install
for arg in "$@"; do
  case "$arg" in
    --system) prefix=/usr/local ;;
    --uninstall) action=uninstall ;;
    *) echo "install.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
app_id=fr.diplomatie.Attache
share="$prefix/share"

if [ "$action" = uninstall ]; then
  rm -rf "$prefix/lib/attache"
  rm -f "$prefix/bin/attache" "$prefix/bin/attache-app" \
        "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
  for size in 16 24 32 48 64 128 256 512; do
    rm -f "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  done
  echo "Attaché removed from $prefix (your data is kept in your data folder)."
  exit 0
fi

bundle="$root/dist/attache"
if [ ! -x "$bundle/attache-app" ]; then
  echo "No bundle in $bundle: build it first with  python3 dev.py bundle" >&2
  exit 1
fi
mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/metainfo"
rm -rf "$prefix/lib/attache"
cp -a "$bundle" "$prefix/lib/attache"
ln -sf "$prefix/lib/attache/attache-app" "$prefix/bin/attache-app"
ln -sf "$prefix/lib/attache/attache" "$prefix/bin/attache"
sed "s|^Exec=attache-app|Exec=$prefix/bin/attache-app|; s|^TryExec=attache-app|TryExec=$prefix/bin/attache-app|" \
  "$here/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$here/$app_id.metainfo.xml" "$share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$root/packaging/icons/attache-$size.png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Attaché installed in $prefix: run attache-app, or find it in the Office menu."
