#!/usr/bin/env bash
# The GitHub Action's check step (see action.yml): runs `ssot check` once and writes
#   - the GitHub annotations (-f github) to standard output, where the runner picks them up,
#   - the Markdown summary (-f markdown) appended to $GITHUB_STEP_SUMMARY,
#   - report.sarif (-f sarif) for github/codeql-action/upload-sarif,
# all into the report directory, and sets the step outputs findings (new findings reported),
# report-path (the report directory) and sarif (the SARIF file). Exits with ssot's exit code, so the
# step fails per --fail-on (1) or on a usage or configuration error (2).
# Inputs come from the environment: SSOT_JAR_PATH, INPUT_PATH, INPUT_CONFIG, INPUT_FAIL_ON,
# INPUT_BASELINE, INPUT_ARGS (extra arguments, split on whitespace) and REPORT_DIR.
set -euo pipefail
: "${SSOT_JAR_PATH:?the jar to run}"
: "${GITHUB_OUTPUT:?}"
report_dir="${REPORT_DIR:-${RUNNER_TEMP:-/tmp}/ssot-report}"
mkdir -p "$report_dir"
report_dir="$(cd "$report_dir" && pwd)"
rm -f "$report_dir/report.github.txt" "$report_dir/report.sarif" "$report_dir/report.md"

args=(check "${INPUT_PATH:-.}" -f github -f sarif -f markdown --output-dir "$report_dir")
if [ -n "${INPUT_CONFIG:-}" ]; then args+=(--config "$INPUT_CONFIG"); fi
if [ -n "${INPUT_FAIL_ON:-}" ]; then args+=(--fail-on "$INPUT_FAIL_ON"); fi
if [ -n "${INPUT_BASELINE:-}" ]; then args+=(--baseline "$INPUT_BASELINE"); fi
if [ -n "${INPUT_ARGS:-}" ]; then
  read -r -a extra <<<"$INPUT_ARGS"
  args+=("${extra[@]}")
fi

code=0
java ${SSOT_JAVA_OPTS:-} -jar "$SSOT_JAR_PATH" "${args[@]}" || code=$?

findings=0
if [ -f "$report_dir/report.github.txt" ]; then
  cat "$report_dir/report.github.txt"
  findings="$(grep -c -v -E '^::[a-z]+ file=[^:]*,title=(parse-problem|stale-baseline-entry)::' \
    "$report_dir/report.github.txt" || true)"
fi
if [ -f "$report_dir/report.md" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  cat "$report_dir/report.md" >>"$GITHUB_STEP_SUMMARY"
fi
{
  echo "findings=$findings"
  echo "report-path=$report_dir"
  if [ -f "$report_dir/report.sarif" ]; then echo "sarif=$report_dir/report.sarif"; fi
} >>"$GITHUB_OUTPUT"
if [ "$code" -ne 0 ]; then
  case "$code" in
    1) echo "ssot: $findings new finding(s) at or above the fail level" >&2 ;;
    *) echo "ssot: check failed with exit code $code" >&2 ;;
  esac
fi
exit "$code"
