#!/usr/bin/env bash
# Draws images/icon.png (128x128, the extension's icon) with ImageMagick: a stack of three cloud
# layers (OpenStack red) with a check mark. Run by hand after a design change; the PNG is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
IM=
for candidate in magick /usr/bin/convert convert; do
  if "$candidate" -version 2>/dev/null | grep -q ImageMagick; then IM=$candidate; break; fi
done
[ -n "$IM" ] || { echo "make-icon: needs ImageMagick (apt-get install imagemagick)" >&2; exit 1; }
"$IM" -size 128x128 xc:none \
  -fill '#1f2430' -draw 'roundrectangle 4,4 123,123 22,22' \
  -fill '#da1a32' -draw 'roundrectangle 22,78 106,96 9,9' \
  -fill '#f0524d' -draw 'roundrectangle 22,56 106,74 9,9' \
  -fill '#f7863b' -draw 'roundrectangle 22,34 106,52 9,9' \
  -stroke white -strokewidth 9 -fill none -draw 'polyline 44,66 60,82 92,40' \
  -depth 8 -strip images/icon.png
echo "wrote images/icon.png"
