#!/bin/sh
# Installs AgencyDesk from this unpacked folder, for you (default: ~/.local) or, with
# --system and as root, for everyone (/opt/agencydesk and /usr/local). No internet is needed.
# Your data (~/.local/share/AgencyDesk) is never touched by installing or uninstalling.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
app_id=org.agencydesk.AgencyDesk

case "${1:-}" in
  --system)
    lib=/opt/agencydesk
    share=/usr/local/share
    bin=/usr/local/bin
    ;;
  "")
    lib="$HOME/.local/lib/agencydesk"
    share="${XDG_DATA_HOME:-$HOME/.local/share}"
    bin="$HOME/.local/bin"
    ;;
  *)
    echo "usage: $0 [--system]" >&2
    exit 2
    ;;
esac

mkdir -p "$lib" "$bin" "$share/applications" "$share/metainfo" "$share/mime/packages"
# Replace the program, never anything else: the old copy goes only once the new one is there.
rm -rf "$lib.new"
cp -RP "$here/AgencyDesk" "$lib.new"  # the bundle's symlinks stay links
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sf "$lib/agencydesk" "$bin/agencydesk"

# The menu entry runs the program by its full path: ~/.local/bin is not on every desktop's PATH.
# A folder name with characters the desktop file would need escaped falls back to the PATH.
case "$lib" in
  *[\"\`\$\\%\|\&]*) exec_line='Exec=agencydesk %f' ;;
  *) exec_line="Exec=\"$lib/agencydesk\" %f" ;;
esac
sed "s|^Exec=.*|$exec_line|" "$here/share/applications/$app_id.desktop" \
  > "$share/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
cp "$here/share/mime/packages/$app_id.xml" "$share/mime/packages/"
cp -R "$here/share/icons" "$share/"

# Refresh the desktop's caches when their tools are there (they are optional).
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" || true
# A user's own icon cache is refreshed only if there is one already: a new one would hide the
# icons other programs add later (GTK trusts it while the folder looks older).
if [ "${1:-}" = "--system" ]; then
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
elif [ -f "$share/icons/hicolor/icon-theme.cache" ]; then
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$share/icons/hicolor" || true
fi

echo "AgencyDesk installed in $lib"
echo "Start it from the applications menu, or with: $bin/agencydesk"
