#!/usr/bin/env python3
"""Candidate trigger words for a human to review, learnt from the gold records the coder missed.

    python3 scripts/events/candidate_triggers.py GOLD_DIR PRED_DIR [--lang en] [--top 15] [--min 3]

GOLD_DIR holds <dataset>.jsonl gold files (e.g. ../shared/data/events); PRED_DIR the predictions written by
`./vigil bench events --out PRED_DIR`. For each gold type, words are counted in the records where a gold event
of that type got no prediction of the same type, and ranked by how much more often they occur there than in
all records of the language (a smoothed log ratio). Only single words and their counts are printed, never
text: the output is a reading list, not a dictionary. Review each word in real sentences before adding a
general entry to src/main/resources/vigil/events/triggers-LANG.tsv; never add proper names or one-off phrases.
"""
import argparse
import collections
import glob
import json
import math
import os
import re

STOP = set("""a an the of in on at to for from by with and or but as is are was were be been being has have had
it its this that these those he she they them his her their who which what when where while after before than
then there here said says say also not no more most some any all into over under about against between during
up out off one two three four five six seven eight nine ten first last new other such very can could would
should will may might must do did does just only our we you your i s""".split())


def words(text):
    for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.lower()):
        if len(w) > 2 and w not in STOP:
            yield w


def root(gold_type, ontology):
    return gold_type[:2] if ontology == "CAMEO" else gold_type


def pred_types(events, ontology):
    out = set()
    for e in events:
        key = {"CAMEO": "cameo", "ACLED": "acled"}.get(ontology, "plover")
        t = e.get(key) or e.get("type")
        if t:
            out.add(root(str(t), ontology))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--min", type=int, default=3, help="least number of missed records a word must occur in")
    a = ap.parse_args()

    missed = collections.defaultdict(collections.Counter)  # type -> word -> records
    missed_n = collections.Counter()
    everywhere = collections.Counter()
    total = 0
    for gold in sorted(glob.glob(os.path.join(a.gold, "*.jsonl"))):
        name = os.path.basename(gold)[:-6]
        pred = os.path.join(a.pred, name + ".pred.jsonl")
        if name == "all" or not os.path.exists(pred):
            continue
        preds = {}
        with open(pred, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                preds[r["id"]] = r.get("events", [])
        with open(gold, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("lang") != a.lang:
                    continue
                ws = set(words(r["text"]))
                total += 1
                everywhere.update(ws)
                got = pred_types(preds.get(r["id"], []), r["ontology"])
                for e in r.get("events", []):
                    t = root(str(e.get("type")), r["ontology"])
                    if t not in got:
                        key = r["ontology"] + ":" + t
                        missed[key].update(ws)
                        missed_n[key] += 1
    for key, n in missed_n.most_common():
        scored = []
        for w, c in missed[key].items():
            if c < a.min:
                continue
            p_missed = (c + 0.5) / (n + 1)
            p_all = (everywhere[w] + 0.5) / (total + 1)
            scored.append((math.log(p_missed / p_all), c, w))
        scored.sort(reverse=True)
        shown = ", ".join(f"{w} ({c})" for _, c, w in scored[: a.top])
        print(f"{key}: {n} missed; {shown}")


if __name__ == "__main__":
    main()
