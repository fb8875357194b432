#!/usr/bin/env bash
# Set marsad up in ./.venv and run it on the bundled sample corpus of real Arabic news.
# Writes out/events.jsonl, out/events.csv (ACLED columns), out/events.geojson and an offline
# map, out/map.svg, and prints
# a table of the events found.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e .
mkdir -p out
.venv/bin/marsad extract samples/ > out/events.jsonl
.venv/bin/marsad extract samples/ --format acled-csv -o out/events.csv
.venv/bin/marsad extract samples/ --format geojson -o out/events.geojson
.venv/bin/marsad extract samples/ --format svg -o out/map.svg
.venv/bin/marsad extract samples/ --format table
echo
echo "Wrote out/events.jsonl, out/events.csv (ACLED columns), out/events.geojson and out/map.svg (open it in a browser)."
