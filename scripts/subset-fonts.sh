#!/usr/bin/env bash
# Regenerates resources/fonts/*.ttf: the DejaVu 2.37 fonts (Debian fonts-dejavu-core and
# fonts-dejavu-extra) cut down to the characters of shared/documents/data/font-coverage.json.
# Full DejaVu is 3.4 MB and its OpenType tables are parsed again for every document; the
# subset is 0.7 MB and halves the time of a one-page form. Needs pyftsubset (Debian fonttools).
#
#   bash scripts/subset-fonts.sh [folder of the full fonts, default /usr/share/fonts/truetype/dejavu]
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${1:-/usr/share/fonts/truetype/dejavu}
UNICODES=$(node -e '
  const { ranges } = require("./shared/documents/data/font-coverage.json");
  console.log(ranges.map(([a, b]) => (a === b ? `U+${a}` : `U+${a}-${b}`)).join(","));
')
for font in DejaVuSans DejaVuSans-Bold DejaVuSans-Oblique DejaVuSansCondensed DejaVuSansCondensed-Bold; do
  pyftsubset "$SRC/$font.ttf" \
    --unicodes="$UNICODES" \
    --layout-features='*' \
    --name-IDs='*' --name-languages='*' \
    --notdef-outline \
    --output-file="resources/fonts/$font.ttf"
  echo "resources/fonts/$font.ttf: $(wc -c < "resources/fonts/$font.ttf") bytes"
done
