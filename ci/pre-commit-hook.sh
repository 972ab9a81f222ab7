#!/usr/bin/env bash
# The pre-commit hook `ssot` (.pre-commit-hooks.yaml): pre-commit runs it at the root of the
# repository being committed to, with the hook's args and then the staged files. The whole tree is
# analysed; only findings in the staged files are reported and fail the commit (exit code 1).
# The jar comes from ci/ssot-jar.sh: $SSOT_JAR, else one built once in pre-commit's copy of ssot.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$("$here/ssot-jar.sh")"
java_cmd="java"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java_cmd="$JAVA_HOME/bin/java"; fi
# shellcheck disable=SC2086
exec "$java_cmd" ${SSOT_JAVA_OPTS:-} -jar "$jar" check . "$@"
