#!/bin/sh
# Removes the program installed by install.sh (add --system if it was installed that way).
# Your databases, backups and settings (~/.local/share/AgencyDesk, ~/.config/AgencyDesk) stay.
set -eu
app_id=org.agencydesk.AgencyDesk
case "${1:-}" in
  --system) lib=/opt/agencydesk; share=/usr/local/share; bin=/usr/local/bin ;;
  "") lib="$HOME/.local/lib/agencydesk"; share="${XDG_DATA_HOME:-$HOME/.local/share}"; bin="$HOME/.local/bin" ;;
  *) echo "usage: $0 [--system]" >&2; exit 2 ;;
esac
rm -rf "$lib"
rm -f "$bin/agencydesk" "$share/applications/$app_id.desktop" \
  "$share/metainfo/$app_id.metainfo.xml" "$share/mime/packages/$app_id.xml"
find "$share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
if [ -f "$share/icons/hicolor/icon-theme.cache" ]; then
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$share/icons/hicolor" || true
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" || true
echo "AgencyDesk removed. Your data was kept."
