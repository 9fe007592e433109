#!/usr/bin/env bash
# Vendors Det Fælles Designsystem (npm package dkfds) into wwwroot/lib/dkfds: the compiled CSS and JS, the
# fonts the CSS uses, the icons and the logo placeholders. The app never loads it from a CDN.
# Run from src/Web after changing the version; commit what it writes.
set -euo pipefail
version=11.2.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "dkfds@$version" >/dev/null && tar xzf "dkfds-$version.tgz")
from="$work/package/dist"
to=wwwroot/lib/dkfds
rm -rf "$to"
mkdir -p "$to/css" "$to/js" "$to/img"
cp "$from/css/dkfds.min.css" "$to/css/"
cp "$from/js/dkfds.min.js" "$to/js/"
cp "$work/package/LICENSE.md" "$to/"
cp -r "$from/img/svg-icons" "$from/img/all-svg-icons.svg" "$from/img/logo-placeholder.png" "$from/img/logo-header-placeholder.png" "$to/img/"
grep -o "url(../fonts/[^)]*)" "$from/css/dkfds.min.css" | sort -u | sed 's/url(..\///;s/)//' | while read -r font; do
  mkdir -p "$to/$(dirname "$font")"
  cp "$from/$font" "$to/$font"
done
echo "$version" > "$to/VERSION"
echo "Vendored dkfds $version into $to"
