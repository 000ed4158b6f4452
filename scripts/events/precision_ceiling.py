#!/usr/bin/env python3
"""How precise can any coder be on the Spanish and Arabic dev gold? Two measurements, read in place from
../shared (nothing is written into the project, nothing here is used by Vigil):

  arabic   5-fold cross-validated bag-of-words logistic regression trained on the Arabic dev labels themselves
           (event / no event, words and word pairs): precision at several recalls. Slow (numpy, ~10 min).
  spanish  majority-type oracle on up_es_protest_plover: give every gold trigger head the type the gold gives it
           most often, and count how many gold events that types right.

    python3 scripts/events/precision_ceiling.py [arabic|spanish] [DATA_DIR]   (default ../shared/data/events)
"""
import collections, json, random, re, sys
from pathlib import Path


def records(data, *names):
    return [json.loads(l) for n in names for l in open(Path(data) / f"{n}.jsonl", encoding="utf-8")]


def spanish(data):
    stop = {'el', 'la', 'los', 'las', 'un', 'una', 'se', 'de', 'en', 'a', 'por', 'ha', 'han', 'fue', 'fueron', 'para',
            'con', 'y', 'su', 'sus', 'al', 'del', 'que', 'lo', 'no'}
    by = collections.defaultdict(collections.Counter)
    for r in records(data, "up_es_protest_plover"):
        for e in r["events"]:
            ws = re.findall(r"\w+", (e.get("trigger") or "").lower())
            if ws:
                head = next((w for w in ws if w not in stop), ws[0])[:6]
                by[head][e.get("plover") or e["type"]] += 1
    total = sum(sum(c.values()) for c in by.values())
    right = sum(max(c.values()) for c in by.values())
    print(f"gold events with a trigger: {total}; majority type per trigger head is right for {right / total:.3f}")
    for head, c in sorted(by.items(), key=lambda x: -sum(x[1].values()))[:8]:
        print(f"  {head:8} {dict(c)}")


def arabic(data):
    import numpy as np
    recs = records(data, "ar_gsr_assault", "ar_gsr_protest")
    def feats(r):
        sc, ws = r["scope"][0], re.findall(r"\w+", r["text"])
        return ["S:" + sc] + [sc + ":w:" + w for w in ws] + [sc + ":b:" + a + "_" + b for a, b in zip(ws, ws[1:])]
    X = [feats(r) for r in recs]
    y = np.array([1.0 if r["events"] else 0.0 for r in recs])
    vocab = {}
    for fs in X:
        for f in fs:
            vocab.setdefault(f, len(vocab))
    M = np.zeros((len(X), len(vocab)), dtype=np.float32)
    for i, fs in enumerate(X):
        for f in set(fs):
            M[i, vocab[f]] = 1
    M /= np.sqrt(M.sum(1, keepdims=True))
    idx = list(range(len(X)))
    random.seed(0)
    random.shuffle(idx)
    scores = np.zeros(len(X))
    for k in range(5):
        test = idx[k::5]
        held = set(test)
        train = [i for i in idx if i not in held]
        A, t = M[train], y[train]
        w, b, G, gb = np.zeros(len(vocab)), 0.0, np.zeros(len(vocab)) + 1e-8, 1e-8
        for _ in range(400):  # AdaGrad, L2 1e-3
            p = 1 / (1 + np.exp(-(A @ w + b)))
            g = A.T @ (p - t) / len(train) + 1e-3 * w
            G += g * g
            w -= 0.5 * g / np.sqrt(G)
            db = float(np.mean(p - t))
            gb += db * db
            b -= 0.5 * db / np.sqrt(gb)
        scores[test] = 1 / (1 + np.exp(-(M[test] @ w + b)))
    order = np.argsort(-scores)
    tp = np.cumsum(y[order])
    n = np.arange(1, len(y) + 1)
    P, R = tp / n, tp / y.sum()
    F = 2 * P * R / (P + R + 1e-9)
    i = F.argmax()
    print(f"{len(recs)} Arabic records; best F1 {F[i]:.3f} (P {P[i]:.3f}, R {R[i]:.3f})")
    for r in (0.3, 0.4, 0.5, 0.6):
        j = np.where(R >= r)[0][0]
        print(f"  precision at recall {r}: {P[j]:.3f}")
    ok = np.where(P >= 0.8)[0]
    print(f"  highest recall with precision >= 0.8: {R[ok].max() if len(ok) else 0:.3f}")


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "spanish"
    data = sys.argv[2] if len(sys.argv) > 2 else "../shared/data/events"
    {"arabic": arabic, "spanish": spanish}[what](data)
