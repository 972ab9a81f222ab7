#!/usr/bin/env bash
# Fetch the pinned third-party sources of the duplicate-type labelled set.
#
#   usage: bench/duplicates/fetch.sh OUTDIR
#
# Each library is unpacked into OUTDIR/<name>-<version>/ (Java: the *.java entries of its
# Maven Central sources jar; Python: the importable tree of a Debian package or of a wheel
# from the Python package index) and marked done with a .done file; a re-run skips it.
# The downloaded archives are kept in OUTDIR/.dl/. The paths in labels.tsv are relative to
# OUTDIR/<name>-<version>/, so the versions below must not change once labels exist.
# Needs: mvn and unzip (Java), apt-get and dpkg-deb (Debian; run 'apt-get update' once
# first), pip (wheels).
set -euo pipefail
OUT=${1:?usage: $0 OUTDIR}
mkdir -p "$OUT/.dl"
OUT=$(cd "$OUT" && pwd)
DEP=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

# name-version  kind  coordinates
LIBS=(
  "commons-lang3-3.20.0        maven  org.apache.commons:commons-lang3:3.20.0"
  "commons-collections-3.2.2   maven  commons-collections:commons-collections:3.2.2"
  "guava-33.5.0-jre            maven  com.google.guava:guava:33.5.0-jre"
  "tomcat-embed-core-10.1.34   maven  org.apache.tomcat.embed:tomcat-embed-core:10.1.34"
  "hibernate-core-6.6.56.Final maven  org.hibernate.orm:hibernate-core:6.6.56.Final"
  "django-3.2.25               deb    python3-django=3:3.2.25-0+deb12u7"
  "sqlalchemy-1.4.46           deb    python3-sqlalchemy=1.4.46+ds1-1"
  "twisted-22.4.0              deb    python3-twisted=22.4.0-4+deb12u1"
  "setuptools-84.0.0           wheel  setuptools==84.0.0"
  "pip-26.2.1                  wheel  pip==26.2.1"
)

for entry in "${LIBS[@]}"; do
  read -r name kind coord <<<"$entry"
  dest="$OUT/$name"
  [[ -f "$dest/.done" ]] && continue
  echo "fetching $name ($kind $coord)" >&2
  rm -rf "$dest"; mkdir -p "$dest"
  case "$kind" in
    maven)
      IFS=: read -r g a v <<<"$coord"
      jar="$OUT/.dl/$a-$v-sources.jar"
      if [[ ! -s "$jar" ]]; then
        mvn -B -q -Dstyle.color=never "$DEP:get" -Dartifact="$g:$a:$v:jar:sources" -Dtransitive=false
        mvn -B -q -Dstyle.color=never "$DEP:copy" -Dartifact="$g:$a:$v:jar:sources" -DoutputDirectory="$OUT/.dl"
      fi
      unzip -q -o "$jar" '*.java' -d "$dest"
      ;;
    deb)
      pkg=${coord%%=*}
      deb=$(ls "$OUT/.dl/${pkg}"_*.deb 2>/dev/null | head -1 || true)
      if [[ -z "$deb" ]]; then
        (cd "$OUT/.dl" && apt-get download -qq "$coord" 2>&1 | grep -v unsandboxed || true)
        deb=$(ls "$OUT/.dl/${pkg}"_*.deb | head -1)
      fi
      tmp=$(mktemp -d); dpkg-deb -x "$deb" "$tmp"
      src=$(find "$tmp" -type d -name dist-packages | head -1)
      (cd "$src" && find . -name '*.py' -print0 | tar --null -T - -cf -) | tar -xf - -C "$dest"
      rm -rf "$tmp"
      ;;
    wheel)
      pkg=${coord%%==*}; ver=${coord##*==}
      whl=$(ls "$OUT/.dl/${pkg}-${ver}-"*.whl 2>/dev/null | head -1 || true)
      if [[ -z "$whl" ]]; then
        pip download -q --no-deps --only-binary=:all: -d "$OUT/.dl" "$coord"
        whl=$(ls "$OUT/.dl/${pkg}-${ver}-"*.whl | head -1)
      fi
      tmp=$(mktemp -d); unzip -q -o "$whl" -d "$tmp"
      (cd "$tmp" && find . -name '*.py' -not -path './*.dist-info/*' -print0 | tar --null -T - -cf -) | tar -xf - -C "$dest"
      rm -rf "$tmp"
      ;;
  esac
  echo "$kind $coord" > "$dest/.done"
done

for entry in "${LIBS[@]}"; do
  read -r name _ <<<"$entry"
  printf '%-28s %6d files %9d lines\n' "$name" \
    "$(find "$OUT/$name" -name '*.java' -o -name '*.py' | wc -l)" \
    "$(find "$OUT/$name" \( -name '*.java' -o -name '*.py' \) -print0 | xargs -0 cat | wc -l)"
done
