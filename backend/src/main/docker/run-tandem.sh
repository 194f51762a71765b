#!/bin/sh
# The container's entrypoint (Dockerfile.jvm), and what the image build runs to train the JDK's ahead-of-time cache.
#   run-tandem.sh          starts the service: the heap sized from the container's memory limit, the AOT cache used
#                          when the image has one (a cache that does not fit this JVM is ignored with a warning)
#   run-tandem.sh --train  starts the application without a database, so that it stops, and writes the AOT cache of
#                          what the start loaded (JDK 25 and later); needs no database or identity provider
# TANDEM_HEAP_PERCENT (40) is the heap's share of the memory limit; JAVA_OPTS_APPEND adds JVM options.
set -eu
APP_DIR="${TANDEM_APP_DIR:-$(cd "$(dirname "$0")" && pwd)}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
AOT_CACHE="$APP_DIR/app.aot"
cd "$APP_DIR"

if [ "${1:-}" = "--train" ]; then
  # The application starts, finds no database (port 1: nothing listens) and stops; the JDK then writes the cache of
  # what the start loaded and linked. JDKs before 25 have no -XX:AOTCacheOutput: the image then has no cache.
  rm -f "$AOT_CACHE"
  TANDEM_PG_HOST=127.0.0.1 TANDEM_PG_PORT=1 "$JAVA" -XX:AOTCacheOutput="$AOT_CACHE" -jar quarkus-run.jar \
    >/dev/null 2>&1 || true
  if [ -s "$AOT_CACHE" ]; then
    echo "run-tandem.sh: AOT cache trained: $AOT_CACHE"
  else
    echo "run-tandem.sh: no AOT cache trained (JDK 25 or later needed)" >&2
  fi
  exit 0
fi

# G1, not the serial collector the JVM picks below 2 CPUs or 1792 MB: see JVM_OPTIONS in the tandem launcher.
set -- -XX:MaxRAMPercentage="${TANDEM_HEAP_PERCENT:-40}" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError
if [ -s "$AOT_CACHE" ]; then
  set -- "$@" -XX:AOTCache="$AOT_CACHE"
fi
# shellcheck disable=SC2086 # JAVA_OPTS_APPEND is a list of options
exec "$JAVA" "$@" ${JAVA_OPTS_APPEND:-} -jar quarkus-run.jar
