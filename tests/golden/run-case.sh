#!/usr/bin/env bash
# Runs one golden CLI case: a folder holding `cmd` (shell text in which `mkba`
# is the binary under test, run from the repository root; $TMP is a fresh
# scratch folder) and the expected stdout, stderr and exit code in
# expected.out, expected.err and expected.rc.
#
#   run-case.sh MKBA_BINARY CASE_DIR
#   UPDATE_GOLDEN=1 run-case.sh ...   rewrites the expected files (review with git diff)
set -u
mkba_bin=$(realpath "$1")
case_dir=$(realpath "$2")
root=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'chmod -R u+w "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
export TMP MKBA_BIN="$mkba_bin"

cd "$root" || exit 2
# Tables follow $COLUMNS; a golden case sets it when it means to.
unset COLUMNS
stdin=/dev/null
[ -f "$case_dir/stdin" ] && stdin="$case_dir/stdin"
bash -c 'mkba() { "$MKBA_BIN" "$@"; }; '"$(cat "$case_dir/cmd")" \
  <"$stdin" >"$TMP/.out" 2>"$TMP/.err"
rc=$?
# Scratch paths differ per run; show them as $TMP.
sed -i "s#$TMP#\$TMP#g" "$TMP/.out" "$TMP/.err"

if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$TMP/.out" "$case_dir/expected.out"
  cp "$TMP/.err" "$case_dir/expected.err"
  echo "$rc" >"$case_dir/expected.rc"
  exit 0
fi

status=0
for stream in out err; do
  if ! diff -u --label "expected.$stream" --label "actual.$stream" \
    "$case_dir/expected.$stream" "$TMP/.$stream"; then
    status=1
  fi
done
expected_rc=$(cat "$case_dir/expected.rc")
if [ "$rc" != "$expected_rc" ]; then
  echo "exit code: expected $expected_rc, got $rc"
  status=1
fi
exit $status
