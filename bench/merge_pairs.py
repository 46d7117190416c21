#!/usr/bin/env python3
"""merge_pairs.py -- pairwise scores of copies, stories and events against a labelled set.

  merge_pairs.py GOLD.jsonl STORIES.jsonl EVENTS.jsonl
GOLD: one article a line with "id" and "expect": {"story": happening, "copy_of": id or
null} (tests/data/merge/reports.jsonl, bench/merge_pairs.jsonl). STORIES and EVENTS are
`khabar stories --format jsonl` and `khabar events --format jsonl` of a store holding
exactly those articles. Prints pairwise precision, recall and F1:
  - copies: pairs of articles in one copy group (an original and its copies);
  - stories: pairs of articles in one story;
  - events: pairs of mentions in one event, against the gold event of a mention taken
    as (its article's happening, its CAMEO root): a proxy -- one happening may hold two
    events of one root -- that counts a merge across happenings or across roots as wrong
    and two events of one happening and root as a miss.
Written for khabar."""
import json, sys
from itertools import combinations


def prf(pred_groups, gold_of):
    """pred_groups: lists of items; gold_of: item -> gold label (items not in it ignored)."""
    items = [i for g in pred_groups for i in g if i in gold_of]
    pred_of = {}
    for k, g in enumerate(pred_groups):
        for i in g:
            pred_of[i] = k
    tp = fp = fn = 0
    for a, b in combinations(sorted(set(items)), 2):
        p, g = pred_of[a] == pred_of[b], gold_of[a] == gold_of[b]
        tp += p and g
        fp += p and not g
        fn += g and not p
    P = tp / (tp + fp) if tp + fp else 1.0
    R = tp / (tp + fn) if tp + fn else 1.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    return P, R, F, tp, fp, fn


def main():
    gold = {g["id"]: g["expect"] for g in map(json.loads, open(sys.argv[1])) if g}
    stories = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
    events = [json.loads(l) for l in open(sys.argv[3]) if l.strip()]
    orig = {i: e["copy_of"] or i for i, e in gold.items()}
    pred_orig = {}
    for s in stories:
        for c in s["copies"]:
            pred_orig[c["doc"]] = c["of"]
    groups = {}
    for i in gold:
        groups.setdefault(pred_orig.get(i, i), []).append(i)
    out = [("copies", prf(list(groups.values()), orig)),
           ("stories", prf([s["articles"] for s in stories], {i: e["story"] for i, e in gold.items()}))]
    ev_groups, ev_gold = [], {}
    for e in events:
        g = []
        for m in e["mentions"]:
            key = (m["doc"], m["sentence"], m["start"], m["code"])
            if m["doc"] in gold:
                ev_gold[key] = (gold[m["doc"]]["story"], m["code"][:2])
            g.append(key)
        ev_groups.append(g)
    out.append(("events", prf(ev_groups, ev_gold)))
    for name, (P, R, F, tp, fp, fn) in out:
        print("%-8s pairwise P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)" % (name, P, R, F, tp, fp, fn))


if __name__ == "__main__":
    main()
