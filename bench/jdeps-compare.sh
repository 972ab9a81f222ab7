#!/usr/bin/env bash
# Compares ssot's package cycles (computed from SOURCE) with jdeps' (computed from the BINARY jar)
# for libraries from Maven Central.
#
# Usage: bench/jdeps-compare.sh GROUP:ARTIFACT:VERSION [...]
#   e.g. bench/jdeps-compare.sh com.fasterxml.jackson.core:jackson-databind:2.17.2 \
#                               org.apache.commons:commons-collections4:4.4
#
# For each coordinate: downloads ARTIFACT-VERSION.jar and ARTIFACT-VERSION-sources.jar into
# ${TMPDIR:-/tmp}/ssot-jdeps/ (kept as a cache), unpacks the sources, runs `ssot graph` (package and
# type level) and `ssot check` on them, runs `jdeps -verbose:class -filter:none` on the binary jar
# (same-package and same-archive dependencies kept), then bench/jdeps_compare.py prints:
#   - the package strongly connected components of both graphs and whether they are the same;
#   - every package edge found by only one side, with its evidence and a reason category;
#   - the same edge comparison between top-level types, as counts per reason with samples.
#
# Environment: MAVEN_REPO (default https://repo.maven.apache.org/maven2), JDEPS (default: jdeps
# from JAVA_HOME, else from PATH), SAMPLES (samples per category, default 3).
# Needs: curl, unzip, python3 (standard library only), a JDK with jdeps, and what ./ssot needs.
set -euo pipefail

if [ $# -eq 0 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
  [ $# -eq 0 ] && exit 2 || exit 0
fi

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ssot="$bench/../ssot"
repo_url="${MAVEN_REPO:-https://repo.maven.apache.org/maven2}"
work="${TMPDIR:-/tmp}/ssot-jdeps"
samples="${SAMPLES:-3}"
jdeps="${JDEPS:-}"
if [ -z "$jdeps" ]; then
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jdeps" ]; then
    jdeps="$JAVA_HOME/bin/jdeps"
  else
    jdeps="jdeps"
  fi
fi
for tool in curl unzip python3 "$jdeps"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "jdeps-compare: $tool is needed" >&2; exit 2; }
done
mkdir -p "$work"

fetch() { # URL FILE: download once, atomically
  local url="$1" file="$2"
  if [ ! -s "$file" ]; then
    echo "jdeps-compare: downloading $url" >&2
    curl -fsSL --retry 2 -o "$file.part" "$url"
    mv "$file.part" "$file"
  fi
}

status=0
for coordinate in "$@"; do
  IFS=: read -r group artifact version extra <<<"$coordinate"
  if [ -z "${group:-}" ] || [ -z "${artifact:-}" ] || [ -z "${version:-}" ] || [ -n "${extra:-}" ]; then
    echo "jdeps-compare: expected GROUP:ARTIFACT:VERSION, got '$coordinate'" >&2
    exit 2
  fi
  name="$artifact-$version"
  base="$repo_url/${group//.//}/$artifact/$version/$name"
  jar="$work/$name.jar"
  sources_jar="$work/$name-sources.jar"
  fetch "$base.jar" "$jar"
  fetch "$base-sources.jar" "$sources_jar"

  out="$work/$name"
  rm -rf "$out"
  mkdir -p "$out/src"
  # Only Java sources: the comparison is about code, and resources only slow ssot down.
  unzip -q -o "$sources_jar" '*.java' -d "$out/src"

  "$ssot" graph "$out/src" --level package -f json -o "$out/ssot-package.json"
  "$ssot" graph "$out/src" --level type -f json -o "$out/ssot-type.json"
  rc=0
  "$ssot" check "$out/src" -f json -o "$out/ssot-check.json" || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "jdeps-compare: ssot check failed on $name (exit $rc)" >&2
    exit "$rc"
  fi

  # -verbose:class -filter:none: every class-to-class dependency, same package and same jar
  # included. --multi-release base: the classes every JDK sees (no versioned overrides).
  "$jdeps" -verbose:class -filter:none --multi-release base "$jar" >"$out/jdeps.txt" 2>"$out/jdeps.err" || {
    echo "jdeps-compare: jdeps failed on $jar; see $out/jdeps.err" >&2
    exit 3
  }

  python3 "$bench/jdeps_compare.py" --name "$group:$artifact:$version" --src "$out/src" \
    --ssot-package "$out/ssot-package.json" --ssot-type "$out/ssot-type.json" \
    --ssot-check "$out/ssot-check.json" --jdeps "$out/jdeps.txt" --samples "$samples" || status=$?
  echo
done
exit "$status"
