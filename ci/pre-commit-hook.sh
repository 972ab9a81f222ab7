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
# The parse cache goes inside .git, where it is never staged (nor seen as a change by pre-commit),
# unless the hook's args choose (--cache-dir DIR, --no-cache).
cache=()
case " $* " in
  *" --cache-dir"* | *" --no-cache "*) ;;
  *)
    git_dir="$(git rev-parse --absolute-git-dir 2>/dev/null || true)"
    if [ -n "$git_dir" ]; then cache=(--cache-dir "$git_dir/ssot-cache"); fi
    ;;
esac
# shellcheck disable=SC2086
exec "$java_cmd" ${SSOT_JAVA_OPTS:-} -jar "$jar" check . "${cache[@]}" "$@"
