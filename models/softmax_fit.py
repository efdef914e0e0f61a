"""Softmax over groups of options with binary features, shared by the ranker training scripts.

Each group is one decision (a quote's speaker, a pronoun's antecedent): a list of options, each a list of
feature names; one option is correct. :func:`fit` learns one weight per feature seen often enough.
"""

import numpy as np

MIN_FEATURE_COUNT = 3


def accuracy(weights: dict[str, float], groups: list[list[list[str]]], answers: list[int]) -> float:
    """Share of quotes whose best-scoring option is a correct one."""
    hits = 0
    for options, answer in zip(groups, answers, strict=True):
        scores = [sum(weights.get(f, 0.0) for f in feats) for feats in options]
        hits += scores.index(max(scores)) == answer
    return hits / len(groups) if groups else 0.0


def fit(
    groups: list[list[list[str]]], answers: list[int], epochs: int, l2: float, verbose: bool = True
) -> dict[str, float]:
    """Softmax over each group's options, full-batch gradient descent with Adam."""
    counts: dict[str, int] = {}
    for options in groups:
        for feats in options:
            for f in feats:
                counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)
    ids = {f: i for i, f in enumerate(names)}
    rows, cols, group_of, gold_rows = [], [], [], []
    row = 0
    for g, (options, answer) in enumerate(zip(groups, answers, strict=True)):
        for k, feats in enumerate(options):
            for f in feats:
                if f in ids:
                    rows.append(row)
                    cols.append(ids[f])
            group_of.append(g)
            if k == answer:
                gold_rows.append(row)
            row += 1
    rows_a, cols_a, group_a = np.array(rows), np.array(cols), np.array(group_of)
    gold_a = np.array(gold_rows)
    n_rows, n_groups = row, len(groups)
    w = np.zeros(len(names))
    m, v = np.zeros_like(w), np.zeros_like(w)
    target = np.bincount(cols_a[np.isin(rows_a, gold_a)], minlength=len(names)).astype(float)
    for step in range(1, epochs + 1):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=n_rows)
        zmax = np.full(n_groups, -np.inf)
        np.maximum.at(zmax, group_a, z)
        e = np.exp(z - zmax[group_a])
        p = e / np.bincount(group_a, weights=e, minlength=n_groups)[group_a]
        expected = np.bincount(cols_a, weights=p[rows_a], minlength=len(names))
        grad = (expected - target) / n_groups + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= 0.05 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        if verbose and (step % 100 == 0 or step == epochs):
            loss = -np.log(p[gold_a] + 1e-12).mean()
            acc = np.mean(p[gold_a] >= best_in_group(p, group_a))
            print(f"step {step}: loss {loss:.4f}, train accuracy {acc:.4f}")
    return {f: round(float(x), 5) for f, x in zip(names, w, strict=True) if abs(x) > 1e-4}


def best_in_group(p: np.ndarray, group_of: np.ndarray) -> np.ndarray:
    """The highest option probability of each group."""
    best = np.zeros(group_of.max() + 1)
    np.maximum.at(best, group_of, p)
    return best - 1e-12
