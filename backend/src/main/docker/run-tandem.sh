#!/bin/sh
# The container's entrypoint (Dockerfile.jvm), and what the image build runs to train the JDK's ahead-of-time cache.
#   run-tandem.sh          starts the service: the heap sized from the container's memory limit, the AOT cache used
#                          when the image has one (a cache that does not fit this JVM is ignored with a warning)
#   run-tandem.sh --train  starts the application to the end of its static initialisation and stops (no database,
#                          no identity provider needed), writing the AOT cache of what it loaded (JDK 25 and later)
# TANDEM_HEAP_PERCENT (40) is the heap's share of the memory limit; JAVA_OPTS_APPEND adds JVM options.
set -eu
APP_DIR="${TANDEM_APP_DIR:-$(cd "$(dirname "$0")" && pwd)}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
AOT_CACHE="$APP_DIR/app.aot"
cd "$APP_DIR"

if [ "${1:-}" = "--train" ]; then
  # JDKs before 25 have no -XX:AOTCacheOutput: the image then simply has no cache.
  "$JAVA" -XX:AOTCacheOutput="$AOT_CACHE" -Dquarkus.appcds.generate=true -jar quarkus-run.jar \
    || { echo "run-tandem.sh: no AOT cache trained (JDK 25 or later needed)" >&2; rm -f "$AOT_CACHE"; }
  exit 0
fi

# G1, not the serial collector the JVM picks below 2 CPUs or 1792 MB: see JVM_OPTIONS in the tandem launcher.
set -- -XX:MaxRAMPercentage="${TANDEM_HEAP_PERCENT:-40}" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError
if [ -s "$AOT_CACHE" ]; then
  set -- "$@" -XX:AOTCache="$AOT_CACHE"
fi
# shellcheck disable=SC2086 # JAVA_OPTS_APPEND is a list of options
exec "$JAVA" "$@" ${JAVA_OPTS_APPEND:-} -jar quarkus-run.jar
