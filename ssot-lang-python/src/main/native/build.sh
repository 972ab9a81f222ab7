#!/usr/bin/env bash
# Compiles the optimised tree-sitter libraries for the Python front end (see TreeSitterLibraries.java):
#   <arch>-linux-gnu-tree-sitter.so         the tree-sitter runtime (lib/src/lib.c) + tree_sitter_jni.c
#   <arch>-linux-gnu-tree-sitter-python.so  tree-sitter-python's parser.c and scanner.c + tree_sitter_python_jni.c
# at -O2 -DNDEBUG, into OUT_DIR/dev/ssot/lang/python/native/linux-<arch>/.
#
#   usage: build.sh OUT_DIR JAVA_HOME [offline]
#
# Run by the Maven build (ssot-lang-python/pom.xml, phase generate-resources); -Dssot.native.skip=true
# skips it. The C sources come from the npm packages tree-sitter (the Node.js binding, which ships the
# runtime under vendor/tree-sitter/lib) and tree-sitter-python, both MIT-licensed, fetched with `npm pack`
# and checked against the SHA-256 sums below; nothing of them is kept in this repository.
#
# Never fails the build: without Linux, a C compiler, npm (or its cached packages) or the JDK's jni.h it
# prints why and exits 0, and ssot runs on the libraries bundled in the binding's jars.
# Compiled libraries are cached in ${XDG_CACHE_HOME:-~/.cache}/ssot/native-build/<key>, where the key
# hashes everything that goes into them (this script, the JNI sources, the packages, the compiler and its
# flags), so a rebuild after `mvn clean` copies them in a few milliseconds.
set -uo pipefail

RUNTIME_PACKAGE=tree-sitter@0.25.1
RUNTIME_SHA256=07aeba8dd71630e7e72b2d4ca3bd2680c3471824100cc5ebff44e78a6ed0b6d3
GRAMMAR_PACKAGE=tree-sitter-python@0.25.0
GRAMMAR_SHA256=63b76b3fa8181fd79eaad4abcdb21e2babcb504dbfc7710a89934fa456d26096
CFLAGS=(-O2 -DNDEBUG -fPIC -shared -fvisibility=hidden -std=gnu11 -w)

out=${1:?usage: build.sh OUT_DIR JAVA_HOME [offline]}
java_home=${2:?usage: build.sh OUT_DIR JAVA_HOME [offline]}
offline=${3:-false}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

skip() {
  echo "[ssot-native] optimised tree-sitter not built ($*); ssot uses the binding's bundled libraries"
  exit 0
}

[[ "$(uname -s)" == Linux ]] || skip "not Linux"
case "$(uname -m)" in
  x86_64 | amd64) arch=x86_64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) skip "no build for $(uname -m)" ;;
esac
cc=${CC:-}
if [[ -z "$cc" ]]; then
  for candidate in gcc cc clang; do
    if command -v "$candidate" >/dev/null 2>&1; then cc=$candidate; break; fi
  done
fi
[[ -n "$cc" ]] || skip "no C compiler"
jni_include="$java_home/include"
[[ -f "$jni_include/jni.h" ]] || jni_include="$(dirname "$java_home")/include" # a JRE inside a JDK 8 layout
[[ -f "$jni_include/jni.h" ]] || skip "no jni.h under $java_home"

cache_base="${XDG_CACHE_HOME:-$HOME/.cache}/ssot"
sources="$cache_base/native-src"
target="$out/dev/ssot/lang/python/native/linux-$arch"
runtime_lib="$arch-linux-gnu-tree-sitter.so"
grammar_lib="$arch-linux-gnu-tree-sitter-python.so"

# fetch PACKAGE SHA256: the package's tarball in $sources (npm's own cache makes a second fetch offline).
fetch() {
  local package=$1 sha=$2 file
  file="$sources/${package/@/-}.tgz"
  if [[ -f "$file" ]] && echo "$sha  $file" | sha256sum -c --status 2>/dev/null; then
    echo "$file"
    return 0
  fi
  command -v npm >/dev/null 2>&1 || return 1
  mkdir -p "$sources"
  local -a flags=(--pack-destination "$sources" --fetch-retries=0 --fetch-timeout=30000 --loglevel=error)
  if [[ "$offline" == true ]]; then flags+=(--offline); else flags+=(--prefer-offline); fi
  (cd "$sources" && npm pack "$package" "${flags[@]}" >/dev/null 2>&1) || return 1
  echo "$sha  $file" | sha256sum -c --status 2>/dev/null || { rm -f "$file"; return 2; }
  echo "$file"
}

runtime_tgz=$(fetch "$RUNTIME_PACKAGE" "$RUNTIME_SHA256") || skip "could not fetch the npm package $RUNTIME_PACKAGE"
grammar_tgz=$(fetch "$GRAMMAR_PACKAGE" "$GRAMMAR_SHA256") || skip "could not fetch the npm package $GRAMMAR_PACKAGE"

key=$( {
  cat "${BASH_SOURCE[0]}" "$here/tree_sitter_jni.c" "$here/tree_sitter_python_jni.c"
  echo "$RUNTIME_SHA256 $GRAMMAR_SHA256 $arch ${CFLAGS[*]}"
  "$cc" --version 2>&1 | head -n 1
  sha256sum "$jni_include/jni.h"
} | sha256sum | cut -c1-16)
built="$cache_base/native-build/$key"

if [[ ! -f "$built/$runtime_lib" || ! -f "$built/$grammar_lib" ]]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/ssot-native.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/runtime" "$work/grammar" "$work/out"
  tar -xzf "$runtime_tgz" -C "$work/runtime" package/vendor/tree-sitter/lib || skip "unpacking $runtime_tgz failed"
  tar -xzf "$grammar_tgz" -C "$work/grammar" package/src || skip "unpacking $grammar_tgz failed"
  lib="$work/runtime/package/vendor/tree-sitter/lib"
  src="$work/grammar/package/src"
  jni=(-I"$jni_include" -I"$jni_include/linux")
  echo "[ssot-native] compiling the tree-sitter runtime and tree-sitter-python with $cc ${CFLAGS[*]}"
  "$cc" "${CFLAGS[@]}" "${jni[@]}" -I"$lib/include" -I"$lib/src" "$lib/src/lib.c" "$here/tree_sitter_jni.c" \
    -o "$work/out/$runtime_lib" &
  runtime_pid=$!
  "$cc" "${CFLAGS[@]}" "${jni[@]}" -I"$src" "$src/parser.c" "$src/scanner.c" "$here/tree_sitter_python_jni.c" \
    -o "$work/out/$grammar_lib" || { kill "$runtime_pid" 2>/dev/null; wait "$runtime_pid" 2>/dev/null; skip "compiling tree-sitter-python failed"; }
  wait "$runtime_pid" || skip "compiling the tree-sitter runtime failed"
  mkdir -p "$built.tmp.$$"
  cp "$work/out/$runtime_lib" "$work/out/$grammar_lib" "$built.tmp.$$/"
  rm -rf "$built"
  mv "$built.tmp.$$" "$built" 2>/dev/null || rm -rf "$built.tmp.$$"
fi

mkdir -p "$target"
cp "$built/$runtime_lib" "$built/$grammar_lib" "$target/" || skip "copying into $target failed"
echo "[ssot-native] optimised tree-sitter libraries in $target"
