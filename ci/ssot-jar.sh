#!/usr/bin/env bash
# Prints the path of an ssot.jar to run, building it only when there is none:
#   1. $SSOT_JAR, when set (a downloaded release jar, or one a previous step built);
#   2. ssot-cli/target/ssot.jar in this repository, when present (e.g. restored from a cache);
#   3. otherwise builds it here with Maven (needs JDK 17 and mvn), quietly, into that place.
# Used by the GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -n "${SSOT_JAR:-}" ]; then
  if [ ! -f "$SSOT_JAR" ]; then
    echo "ssot: SSOT_JAR=$SSOT_JAR does not exist" >&2
    exit 2
  fi
  cd "$(dirname "$SSOT_JAR")" && echo "$(pwd)/$(basename "$SSOT_JAR")"
  exit 0
fi
jar="$here/ssot-cli/target/ssot.jar"
if [ ! -f "$jar" ]; then
  command -v mvn >/dev/null 2>&1 || {
    echo "ssot: no ssot.jar (set SSOT_JAR) and no Maven (mvn) to build one" >&2
    exit 2
  }
  mkdir -p "$here/target"
  log="$here/target/ssot-build.log"
  echo "ssot: building ssot.jar (once; log: $log)" >&2
  if ! (cd "$here" && mvn -B -q -DskipTests -pl ssot-cli -am package >"$log" 2>&1); then
    echo "ssot: build failed; see $log" >&2
    tail -n 30 "$log" >&2
    exit 2
  fi
fi
echo "$jar"
