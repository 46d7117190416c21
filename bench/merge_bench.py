#!/usr/bin/env python3
"""merge_bench.py -- synthetic near-duplicate corpus for the merge bench (issue 6), and its scorer.

  merge_bench.py gen BBC.jsonl.gz OUT.jsonl TRUTH.tsv [N]
      N articles (default 100000) made from the BBC corpus: every BBC article as it is
      (dated at random in 2005), copies of them (synonym spinning with our own small
      list, sentence drops, cut endings, new headlines, boilerplate lines added, dates
      0-2 days later), and many non-copies (new articles built from sentences of six or
      more different BBC articles, some of them spun too). TRUTH.tsv: id, copy group.
      BBC articles that are copies of each other (133 repeated bodies, some edited
      republications: half of one's word 5-grams in the other) share a group.
  merge_bench.py score TRUTH.tsv STORIES.jsonl
      pairwise precision and recall of the copy groups that `khabar stories --format
      jsonl` reports (an article and its original are one group) against TRUTH.tsv.
Deterministic (fixed random seed). Written for khabar; no code from elsewhere."""
import gzip, json, random, re, sys
from collections import defaultdict

SYN = {  # our own spinner list: word -> replacements (applied one way)
    "said": ["stated", "mentioned"], "says": ["states", "mentions"], "told": ["informed"],
    "big": ["massive", "giant"], "large": ["huge", "sizeable"], "small": ["little", "tiny"],
    "increase": ["rise", "enhance"], "rose": ["climbed", "elevated"], "fell": ["dropped", "declined"],
    "company": ["firm", "agency"], "firm": ["agency", "company"], "people": ["individuals", "folks"],
    "government": ["authorities", "administration"], "country": ["nation", "international location"],
    "countries": ["nations", "international locations"], "important": ["vital", "essential"],
    "issue": ["problem", "concern"], "issues": ["problems", "points"], "concerns": ["issues", "worries"],
    "security": ["safety"], "foreign": ["international", "overseas"], "hundreds": ["tons", "lots"],
    "officials": ["officers", "authorities"], "official": ["officer", "authority"],
    "speaking": ["talking"], "because": ["as a result of", "since"], "also": ["additionally", "moreover"],
    "however": ["nonetheless", "however,"], "help": ["assist", "support"], "show": ["present", "exhibit"],
    "new": ["recent", "contemporary"], "old": ["outdated", "previous"], "start": ["begin", "commence"],
    "started": ["began", "commenced"], "end": ["finish", "conclude"], "make": ["create", "produce"],
    "made": ["created", "produced"], "buy": ["purchase"], "bought": ["purchased"], "need": ["require"],
    "needs": ["requires"], "think": ["imagine", "assume"], "believe": ["imagine", "consider"],
    "many": ["quite a few", "numerous"], "most": ["largest part of", "most"], "very": ["extremely", "really"],
    "good": ["nice", "respectable"], "bad": ["dangerous", "unhealthy"], "high": ["excessive", "excessive"],
    "low": ["low cost", "minimal"], "price": ["value", "worth"], "prices": ["costs", "values"],
    "market": ["market", "marketplace"], "shares": ["stocks", "shares"], "profit": ["revenue", "earnings"],
    "profits": ["earnings", "income"], "sales": ["gross sales", "revenues"], "growth": ["progress", "development"],
    "economy": ["financial system"], "economic": ["financial"], "money": ["cash", "funds"],
    "plans": ["plans", "intentions"], "plan": ["plan", "scheme"], "deal": ["settlement", "deal"],
    "win": ["victory", "win"], "won": ["gained", "received"], "game": ["recreation", "sport"],
    "match": ["match", "recreation"], "team": ["workforce", "crew"], "players": ["gamers"], "player": ["participant"],
    "coach": ["coach", "trainer"], "season": ["season", "time of year"], "film": ["movie"], "films": ["films", "movies"],
    "music": ["music", "tunes"], "award": ["award", "prize"], "best": ["greatest", "finest"],
    "show": ["present"], "users": ["customers"], "technology": ["expertise", "know-how"],
    "mobile": ["cellular"], "phone": ["cellphone"], "phones": ["telephones"], "software": ["software program"],
    "computer": ["laptop", "pc"], "online": ["on-line"], "internet": ["web"], "week": ["week", "weekly period"],
    "year": ["yr"], "years": ["years", "yrs"], "month": ["month"], "months": ["months"],
    "minister": ["minister"], "party": ["social gathering"], "election": ["election", "ballot"],
    "vote": ["vote", "poll"], "told": ["informed"], "claims": ["claims", "allegations"], "added": ["added", "further"],
    "expected": ["anticipated"], "likely": ["probably"], "around": ["round", "about"], "almost": ["nearly", "virtually"],
    "recent": ["current", "latest"], "current": ["present"], "attack": ["assault"], "attacks": ["assaults"],
    "military": ["army", "navy"], "soldiers": ["troopers"], "daily": ["each day"], "each": ["every"],
    "both": ["each"], "facing": ["going through"], "face": ["face", "confront"], "said.": ["stated."],
}
BOILER = ["Source link", "Please enter your comment!", "Please enter your name here",
          "Share this article", "Follow us on Twitter and Facebook", "Subscribe to our newsletter",
          "Advertisement", "Read more:", "Related Articles", "Copyright 2005. All rights reserved.",
          "Click here to get the latest news on your phone", "Must Read", "Leave a Reply"]
HEAD = ["Breaking:", "Update:", "Report:", "Exclusive:", "Analysis:", "News:"]


def spin(text, rng, rate):
    def rep(m):
        w = m.group(0)
        low = w.lower()
        if low in SYN and rng.random() < rate:
            s = rng.choice(SYN[low])
            return s[0].upper() + s[1:] if w[0].isupper() else s
        return w
    return re.sub(r"[A-Za-z]+\.?", lambda m: rep(m) if not m.group(0).endswith(".") else rep(m), text)


def sentences(par):
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", par) if s]


def drop_sentences(text, rng, rate):
    out = []
    for par in text.split("\n\n"):
        ss = sentences(par)
        keep = [s for s in ss if rng.random() >= rate] or ss[:1]
        out.append(" ".join(keep))
    return "\n\n".join(out)


def norm(text):
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def corpus_groups(base):
    """Copy groups among the BBC articles themselves: the same words (BBC repeats 133
    bodies), or one text inside another for half of its word 5-grams (BBC also republished
    edited versions and reused long passages). Exact set arithmetic, independent of khabar's estimates."""
    sh = []
    for d in base:
        w = re.findall(r"[a-z0-9]+", d["text"].lower())
        sh.append(set(" ".join(w[k:k + 5]) for k in range(max(1, len(w) - 4))))
    parent = list(range(len(base)))
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    inv = defaultdict(list)
    for i, s in enumerate(sh):
        for g in s: inv[g].append(i)
    seen = set()
    for lst in inv.values():
        if len(lst) < 2 or len(lst) > 50: continue
        for a in lst:
            for b in lst:
                if a < b and (a, b) not in seen:
                    seen.add((a, b))
                    inter = len(sh[a] & sh[b])
                    if inter >= 0.5 * min(len(sh[a]), len(sh[b])):
                        parent[find(a)] = find(b)
    return ["g%d" % find(i) for i in range(len(base))]


def gen(src, out, truth, n):
    rng = random.Random(20251202)
    base = [json.loads(l) for l in gzip.open(src, "rt", encoding="utf-8")]
    cat = defaultdict(list)
    for i, d in enumerate(base):
        cat[d["id"].split("-")[1]].append(i)
        d["day"] = rng.randrange(0, 365)
    gid_of = corpus_groups(base)
    sents = {c: [s for i in idx for p in base[i]["text"].split("\n\n") for s in sentences(p)]
             for c, idx in cat.items()}
    src_of = {c: [i for i in idx for p in base[i]["text"].split("\n\n") for s in sentences(p)]
              for c, idx in cat.items()}
    def date(day):
        import datetime
        return (datetime.date(2005, 1, 1) + datetime.timedelta(days=day)).isoformat()
    n_copies = (n - len(base)) * 45 // 100
    n_non = n - len(base) - n_copies
    fo, ft = open(out, "w"), open(truth, "w")
    def emit(i, title, text, day, group):
        url = "https://bench.example/%s" % i
        fo.write(json.dumps({"id": i, "url": url, "title": title, "date": date(day), "text": text}) + "\n")
        ft.write("%s\t%s\n" % (i, group))
    for i, d in enumerate(base):
        emit(d["id"], d["title"], d["text"], d["day"], gid_of[i])
    for k in range(n_copies):
        i = rng.randrange(len(base))
        d = base[i]
        text = d["text"]
        ops = [o for o in ("spin", "drop", "cut", "boiler") if rng.random() < 0.5] or ["spin"]
        if "drop" in ops: text = drop_sentences(text, rng, rng.uniform(0.1, 0.3))
        if "cut" in ops:
            pars = text.split("\n\n")
            keep = max(1, int(len(pars) * rng.uniform(0.7, 0.9) + 0.5))
            text = "\n\n".join(pars[:keep])
        if "spin" in ops: text = spin(text, rng, rng.uniform(0.5, 0.95))
        if "boiler" in ops:
            text = "\n\n".join([text] + rng.sample(BOILER, rng.randint(1, 3)))
            if rng.random() < 0.5: text = rng.choice(BOILER) + "\n\n" + text
        title = rng.choice(HEAD) + " " + (spin(d["title"], rng, 0.9) if rng.random() < 0.5 else d["title"])
        emit("copy-%06d-of-%s" % (k, d["id"]), title, text, d["day"] + rng.randrange(0, 3), gid_of[i])
    cats = sorted(sents)
    for k in range(n_non):
        c = rng.choice(cats)
        used, pars, cur = set(), [], []
        want = rng.randint(6, 16)
        while sum(len(p) for p in pars) + len(cur) < want:
            j = rng.randrange(len(sents[c]))
            if src_of[c][j] in used: continue
            used.add(src_of[c][j])
            cur.append(sents[c][j])
            if len(cur) >= rng.randint(1, 3): pars.append(cur); cur = []
        if cur: pars.append(cur)
        text = "\n\n".join(" ".join(p) for p in pars)
        if rng.random() < 0.3: text = spin(text, rng, 0.7)
        emit("new-%06d" % k, "Roundup %d" % k, text, rng.randrange(0, 365), "n%d" % k)
    fo.close(); ft.close()


def score(truth, stories):
    group = dict(l.rstrip("\n").split("\t") for l in open(truth))
    of = {}
    for l in open(stories):
        s = json.loads(l)
        for c in s["copies"]:
            of[c["doc"]] = c["of"]
    pred = defaultdict(list)
    for i in group:
        pred[of.get(i, i)].append(i)
    true = defaultdict(list)
    for i, g in group.items():
        true[g].append(i)
    pairs = lambda k: k * (k - 1) // 2
    tp = 0
    for members in pred.values():
        cnt = defaultdict(int)
        for m in members: cnt[group[m]] += 1
        tp += sum(pairs(v) for v in cnt.values())
    npred = sum(pairs(len(v)) for v in pred.values())
    ntrue = sum(pairs(len(v)) for v in true.values())
    p = tp / npred if npred else 1.0
    r = tp / ntrue if ntrue else 1.0
    print("articles %d, true copy pairs %d, predicted pairs %d, precision %.4f, recall %.4f"
          % (len(group), ntrue, npred, p, r))


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]) if len(sys.argv) > 5 else 100000)
    else:
        score(sys.argv[2], sys.argv[3])
