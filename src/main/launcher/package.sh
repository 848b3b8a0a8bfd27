#!/bin/sh
# Run by 'mvn package' after the jar is shaded: puts the launcher beside the jar, then makes its
# class-data archive from a training build of a copy of this project's inputs (never its outputs).
#   package.sh TARGET_DIR PROJECT_DIR
set -eu
target=$(cd "$1" && pwd -P) project=$2
cp "$project/src/main/launcher/figures" "$target/figures"
chmod +x "$target/figures"
rm -f "$target/figures.jsa"
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
mkdir -p "$training/data"
[ -d "$project/seeds" ] && cp -r "$project/seeds" "$training/"
[ -d "$project/data" ] && cp -r "$project/data/." "$training/data/"
rm -rf "$training/data/clean"
# Through the launcher itself, so that the archive is trained under the very settings it is used with,
# and those settings are written in one place. A training build that fails (an invalid
# input) still leaves an archive of what it loaded; the build itself will report the input.
FIGURES_JAVA_OPTS="-XX:ArchiveClassesAtExit=$target/figures.jsa" \
    "$target/figures" build --force --quiet --root "$training" >/dev/null 2>&1 || true
[ -f "$target/figures.jsa" ] || echo "figures: no class-data archive was made; target/figures runs without one" >&2
