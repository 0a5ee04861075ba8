#!/bin/sh
# Draws the seed story's charts into docs/img (SVG, committed) and renders them to PNG with librsvg's rsvg-convert
# into target/charts, so that a person can look at them. Installs rsvg-convert from Debian's packages when missing.
#   src/test/render-charts.sh            (from the project directory)
set -eu
cd "$(dirname "$0")/../.."
if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "rsvg-convert is missing: installing librsvg2-bin"
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update
    $SUDO apt-get install -y librsvg2-bin
fi
./mvnw -q -B test -Dtest=SeedChartsTest -Dsurefire.failIfNoSpecifiedTests=false -Dcharts.update=true "$@"
mkdir -p target/charts
for svg in docs/img/*.svg; do
    png="target/charts/$(basename "${svg%.svg}").png"
    rsvg-convert --format=png --zoom=1.5 --background-color=white --output="$png" "$svg"
    echo "rendered $png"
done
