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
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# The launcher's settings, so that the JVM accepts the archive. A training build that fails (an invalid
# input) still leaves an archive of what it loaded; the build itself will report the input.
"$java" "-XX:ArchiveClassesAtExit=$target/figures.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmx320m \
    -jar "$target/figures.jar" build --force --quiet --root "$training" >/dev/null 2>&1 || true
[ -f "$target/figures.jsa" ] || echo "figures: no class-data archive was made; target/figures runs without one" >&2
