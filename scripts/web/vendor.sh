#!/bin/sh
# vendor.sh regenerates internal/server/web/vendor/ from the npm registry.
#
# The page must work with no network at all, so the third-party code and the
# world map it uses are committed, built, beside their licences. Run this
# from anywhere with node and npm on PATH; it changes nothing else.
#
#   leaflet 1.9.4          the map (pan, zoom, vector layers; no tile layer)
#   topojson-client 3.1.0  TopoJSON to GeoJSON in the browser
#   world-atlas 2.0.2      country outlines, Natural Earth 1:50m (public domain)
set -eu

LEAFLET=leaflet@1.9.4
TOPOJSON=topojson-client@3.1.0
ATLAS=world-atlas@2.0.2

root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/internal/server/web/vendor"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
for spec in "$LEAFLET" "$TOPOJSON" "$ATLAS"; do
	tarball=$(npm pack --silent "$spec")
	name=${spec%@*}
	mkdir "$name"
	tar -xzf "$tarball" -C "$name" --strip-components=1
done

rm -rf "$out"
mkdir -p "$out/leaflet" "$out/topojson-client" "$out/world-atlas"
cp leaflet/dist/leaflet.js leaflet/dist/leaflet.css leaflet/LICENSE "$out/leaflet/"
cp topojson-client/dist/topojson-client.min.js topojson-client/LICENSE "$out/topojson-client/"
cp world-atlas/countries-50m.json world-atlas/LICENSE "$out/world-atlas/"

{
	echo "Vendored by scripts/web/vendor.sh; do not edit by hand."
	echo
	for spec in "$LEAFLET" "$TOPOJSON" "$ATLAS"; do
		name=${spec%@*}
		printf '%s %s (%s) from the npm registry\n' "$name" "$(node -p "require('./$name/package.json').version")" \
			"$(node -p "require('./$name/package.json').license")"
	done
	echo
	echo "world-atlas's countries-50m.json is derived from Natural Earth (public domain)."
	echo
	cd "$out" && find . -type f ! -name README | LC_ALL=C sort | xargs sha256sum
} >"$tmp/README"
mv "$tmp/README" "$out/README"
echo "vendored into $out"
