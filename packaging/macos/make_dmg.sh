#!/bin/bash
# The macOS disk image: AgencyDesk.app beside a link to /Applications, to drag it across.
#
#   bash packaging/macos/make_dmg.sh dist/AgencyDesk.app dist/AgencyDesk-0.1.0.dmg
#
# packaging/build.py runs it on a Mac after PyInstaller has made the bundle (its settings, the
# bundle id org.agencydesk.AgencyDesk, high resolution, version and the .agencydesk document
# type, are in packaging/pyinstaller/agencydesk.spec). Uses only the system's hdiutil and
# codesign. Signing: with AGENCYDESK_SIGN_IDENTITY set ("Developer ID Application: ..."), the
# bundle is signed with it and the hardened runtime; without, it gets an ad-hoc signature,
# which Apple Silicon needs to run it at all (users then open it once with right-click > Open).
# Notarization needs an Apple account and the network: sign the DMG too, then
# `xcrun notarytool submit` it. Under the hardened runtime Python's ctypes may need the
# com.apple.security.cs.allow-unsigned-executable-memory entitlement (codesign --entitlements).
set -euo pipefail

app="${1:?usage: make_dmg.sh AgencyDesk.app OUT.dmg}"
out="${2:?usage: make_dmg.sh AgencyDesk.app OUT.dmg}"
[ -d "$app/Contents/MacOS" ] || { echo "not an application bundle: $app" >&2; exit 1; }

if [ -n "${AGENCYDESK_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$AGENCYDESK_SIGN_IDENTITY" "$app"
else
  codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict "$app"

stage=$(mktemp -d "${TMPDIR:-/tmp}/agencydesk-dmg.XXXXXX")
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/$(basename "$app")"  # keeps the bundle's symlinks and signatures
ln -s /Applications "$stage/Applications"

rm -f "$out" "$out.partial.dmg"
hdiutil create -volname "AgencyDesk" -srcfolder "$stage" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 "$out.partial.dmg"
mv "$out.partial.dmg" "$out"
hdiutil verify "$out"
echo "$out"
