#!/usr/bin/env bash
# malformed.sh -- the READ stage against malformed inputs, end to end.
#
# Each case runs `$KHABAR clean --format jsonl BAD GOOD` and checks: exactly
# one error line on stderr naming BAD (and the position where there is one),
# GOOD's document still on stdout, exit code 1 (0 where BAD is not an error).
# Small fixtures live in tests/malformed/; big ones (a 200 MB line, HTML
# nested 100,000 levels deep, a directory with an unreadable entry) are made
# in a temp dir at test time and deleted afterwards.
# Env: KHABAR (binary), KB_SRC (repo). Run one case: malformed.sh CASE.
set -u
KHABAR=${KHABAR:?set KHABAR to the khabar binary}
SRC=${KB_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
M=$SRC/tests/malformed
GOOD=$M/good.txt
T=$(mktemp -d "${TMPDIR:-/tmp}/kb-malformed.XXXXXX")
trap 'rm -rf "$T"' EXIT
fails=0
ran=0

# check NAME BAD EXPECT_RC STDERR_REGEX [MIN_DOCS_FROM_BAD]
#   STDERR_REGEX "" = stderr must be empty
check() {
    local name=$1 bad=$2 want_rc=$3 want_err=$4 min_bad=${5:-0}
    ran=$((ran + 1))
    "$KHABAR" clean --format jsonl "$bad" "$GOOD" >"$T/out" 2>"$T/err"
    local rc=$? msg=""
    local nerr
    nerr=$(wc -l <"$T/err")
    if [ "$want_rc" = "01" ]; then
        [ $rc -le 1 ] || msg="exit code $rc, want 0 or 1"
    elif [ $rc -ne "$want_rc" ]; then
        msg="exit code $rc, want $want_rc"
    fi
    if [ -z "$msg" ]; then
        if [ -z "$want_err" ]; then
            [ "$nerr" -eq 0 ] || msg="stderr not empty"
        elif [ "$want_err" = "ANY1" ]; then
            [ "$nerr" -le 1 ] || msg="$nerr stderr lines, want at most 1"
        else
            if [ "$nerr" -ne 1 ]; then
                msg="$nerr stderr lines, want exactly 1"
            elif ! grep -qE -- "$want_err" "$T/err"; then
                msg="stderr does not match /$want_err/"
            fi
        fi
    fi
    if [ -z "$msg" ] && ! grep -q '"id":"good"' "$T/out"; then
        msg="the good file's document is missing from stdout"
    fi
    local ndocs
    ndocs=$(grep -c '^{' "$T/out")
    if [ -z "$msg" ] && [ "$ndocs" -lt $((min_bad + 1)) ]; then
        msg="$ndocs documents on stdout, want at least $((min_bad + 1))"
    fi
    if [ -n "$msg" ]; then
        echo "FAIL $name: $msg"
        sed 's/^/  stderr: /' "$T/err" | head -5
        fails=$((fails + 1))
    else
        echo "ok   $name: $(head -c 160 "$T/err")"
    fi
}

re() { printf '%s' "$1" | sed 's/[][\.*^$/+?(){}|]/\\&/g'; }

case_empty() {
    check empty "$M/empty.txt" 1 "^khabar: $(re "$M/empty.txt"): empty file$"
}
case_binary() {
    check binary "$M/binary-junk.bin" 1 "^khabar: $(re "$M/binary-junk.bin"): byte [0-9]+: binary data, not text$"
}
case_truncated_gzip() {
    # the complete line before the cut is still read
    check truncated-gzip "$M/truncated.jsonl.gz" 1 \
        "^khabar: $(re "$M/truncated.jsonl.gz"): byte [0-9]+: truncated gzip stream$" 1
    grep -q '"id":"tz-1"' "$T/out" || { echo "FAIL truncated-gzip: tz-1 missing"; fails=$((fails + 1)); }
}
case_warc_cut() {
    check warc-cut "$M/cut-mid-record.warc" 1 \
        "^khabar: $(re "$M/cut-mid-record.warc"): record at byte 251: truncated$" 1
}
case_invalid_utf8() {
    check invalid-utf8 "$M/invalid-utf8.txt" 0 "" 1
}
case_long_line() {
    local f=$T/long-line.jsonl
    {
        printf '{"id":"ll-1","text":"Before the long line."}\n{"id":"ll-2","text":"'
        head -c 200000000 /dev/zero | tr '\0' 'a'
        printf '"}\n{"id":"ll-3","text":"After the long line."}\n'
    } >"$f"
    local t0=$SECONDS
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M' -o "$T/rss" "$KHABAR" clean --format jsonl "$f" "$GOOD" >/dev/null 2>&1
        local rss
        rss=$(tail -1 "$T/rss")
        # the line is not buffered whole: the reader holds at most the first
        # 64 MiB (until the line proves too long), well below the 200 MB line
        # (ASan builds add ~100 MB of quarantine on top)
        if [ "$rss" -gt 195000 ]; then
            echo "FAIL long-line: max RSS ${rss} KiB (line was buffered?)"
            fails=$((fails + 1))
        else
            echo "ok   long-line memory: max RSS ${rss} KiB"
        fi
    fi
    check long-line "$f" 1 "^khabar: $(re "$f"): line 2: line longer than 64 MiB, skipped$" 2
    grep -q '"id":"ll-3"' "$T/out" || { echo "FAIL long-line: ll-3 missing"; fails=$((fails + 1)); }
    rm -f "$f"
    echo "     long-line took $((SECONDS - t0)) s"
}
case_deep_html() {
    local f=$T/deep.html
    {
        printf '<!DOCTYPE html><html><head><title>Deep</title></head><body>'
        for _ in $(seq 1000); do printf '<div>%.0s' $(seq 100); done
        printf '<p>Text at the bottom of a very deep page.</p>'
        for _ in $(seq 1000); do printf '</div>%.0s' $(seq 100); done
        printf '</body></html>\n'
    } >"$f"
    # not a reader error; the cleaner must cope: the batch completes
    check deep-html "$f" 01 ANY1
}
case_no_body() {
    check no-body-html "$M/no-body.html" 01 ANY1
}
case_broken_jsonl() {
    check broken-jsonl "$M/broken-lines.jsonl" 1 \
        "^khabar: $(re "$M/broken-lines.jsonl"): line 2: invalid JSON: .*$" 2
}
case_unreadable_in_dir() {
    # tests run as root, so chmod 000 would not stop reading: a dangling
    # symlink is a directory entry that nobody can open
    local d=$T/dir
    mkdir -p "$d"
    cp "$M/good.txt" "$d/a-readable.txt"
    ln -s "$T/does-not-exist.txt" "$d/b-unreadable.txt"
    printf 'Another readable article in the directory.\n' >"$d/c-readable.txt"
    check unreadable-in-dir "$d" 1 "^khabar: $(re "$d/b-unreadable.txt"): cannot open: No such file or directory$" 2
    grep -q '"id":"c-readable"' "$T/out" || { echo "FAIL unreadable-in-dir: c-readable missing"; fails=$((fails + 1)); }
}
case_stdin() {
    ran=$((ran + 1))
    local out
    out=$("$KHABAR" clean --format jsonl - <"$GOOD" 2>"$T/err")
    if [ $? -ne 0 ] || ! grep -q '"id":"stdin"' <<<"$out" || [ -s "$T/err" ]; then
        echo "FAIL stdin"
        fails=$((fails + 1))
    else
        echo "ok   stdin"
    fi
}

CASES="empty binary truncated_gzip warc_cut invalid_utf8 long_line deep_html no_body broken_jsonl unreadable_in_dir stdin"
if [ $# -gt 0 ]; then CASES="$*"; fi
for c in $CASES; do "case_$c"; done
echo "malformed: $ran cases, $fails failures"
[ $fails -eq 0 ]
