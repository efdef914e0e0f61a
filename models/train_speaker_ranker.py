"""Train models/speaker_ranker.json: the speaker ranker's weights, from PolNeAR train.

usage: python models/train_speaker_ranker.py [TRAIN_JSONL] [--epochs N] [--l2 X] [--cache DOCS.spacy]
                                             [--holdout N]

Runs the quotex pipeline (rules only) over the training articles, turns every quote into its options
(candidate mentions plus "nobody", see quotex.attribution.ranker), marks as correct the candidates whose
mention overlaps the gold speaker (or "nobody" for quotes without a gold speaker), and fits a softmax model
over each quote's options by full-batch gradient descent with L2 regularization, in NumPy.
"""

import argparse
import json
import re
from pathlib import Path

import numpy as np
from spacy.tokens import DocBin, Span

from quotex.api import get_pipeline
from quotex.attribution.attribute import attribute_quotes
from quotex.attribution.choosers import RuleChooser
from quotex.attribution.cues import CueIndex
from quotex.attribution.mentions import mention_bounds
from quotex.attribution.ranker import NOBODY, QuoteContext
from quotex.attribution.types import Attribution, Evidence
from quotex.document.index import doc_index
from quotex.extensions import QUOTES_KEY

OUT = Path(__file__).with_name("speaker_ranker.json")
MARKS = "“”\"‘’'`«» \n\t\xa0"
MIN_FEATURE_COUNT = 3


def _core(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in MARKS:
        start += 1
    while end > start and text[end - 1] in MARKS:
        end -= 1
    return start, end


def gold_speaker(text: str, bounds: tuple[int, int], gold: list[dict]) -> tuple[int, int] | None | bool:
    """The gold speaker span of the quote at ``bounds`` (first paragraph), None if it has none, False if the
    quote is not a gold quote at all."""
    first_line = re.match(r"[^\n]*", text[bounds[0] : bounds[1]]).group()
    s, e = _core(text, bounds[0], bounds[0] + len(first_line))
    for g in gold:
        gs, ge = _core(text, g["start"], g["end"])
        overlap = min(e, ge) - max(s, gs)
        if overlap > 0 and 2 * overlap >= ge - gs and 2 * overlap >= e - s:
            return tuple(g["speaker"]) if g["speaker"] else None
    return False


class RecordingChooser(RuleChooser):
    """The rules-only chooser, keeping the ranker's view (a QuoteContext) of every quote it decides."""

    def __init__(self) -> None:
        self.contexts: list[QuoteContext] = []

    def choose(self, quote: Span, index: CueIndex, evidence: Evidence) -> Attribution:
        self.contexts.append(QuoteContext(quote, index, evidence))
        return super().choose(quote, index, evidence)


TRAINING_DISABLE = ("quotex_speakers", "quotex_resolver", "quotex_entities", "quotex_values")


def parsed(articles: list[dict], cache: Path | None, disable: tuple[str, ...] = TRAINING_DISABLE) -> list:
    """The articles through the pipeline without the ``disable`` components (by default as the ranker is
    trained: base-model entities, no speakers), from ``cache`` (a DocBin) when it exists."""
    nlp = get_pipeline()
    if cache is not None and cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe((a["text"] for a in articles), disable=list(disable), batch_size=16))
    if cache is not None:
        DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return docs


def collect(articles: list[dict], docs: list) -> tuple[list[list[list[str]]], list[int], list[int]]:
    """Per quote: the feature lists of its options, the index of the correct option, the article number."""
    lexicon = get_pipeline().get_pipe("quotex_speakers").attributor.lexicon
    groups, answers, article_of = [], [], []
    for n, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        chooser = RecordingChooser()
        attribute_quotes(list(doc.spans[QUOTES_KEY]), CueIndex(doc_index(doc), lexicon), chooser)
        for context in chooser.contexts:
            gold = gold_speaker(doc.text, tuple(context.quote._.quotex_bounds), article["quotes"])
            options = context.options()
            correct = []
            for k, (head, _) in enumerate(options):
                if head == NOBODY:
                    if not gold:
                        correct.append(k)
                    continue
                if gold:
                    start, end = mention_bounds(doc[head])
                    span = doc[start:end]
                    if span.start_char < gold[1] and gold[0] < span.end_char:
                        correct.append(k)
            if correct:
                groups.append([feats for _, feats in options])
                answers.append(correct[0])
                article_of.append(n)
    return groups, answers, article_of


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train", nargs="?", type=Path, default=Path("../shared/data/polnear/train.jsonl"))
    ap.add_argument("--epochs", type=int, default=800)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--cache", type=Path, help="DocBin of the parsed articles, written on first use")
    ap.add_argument("--holdout", type=int, default=0, help="hold out the last N articles and report accuracy")
    args = ap.parse_args()
    articles = [json.loads(line) for line in args.train.open(encoding="utf-8")]
    groups, answers, article_of = collect(articles, parsed(articles, args.cache))
    print(f"{len(groups)} quotes, {sum(len(g) for g in groups)} options")
    if args.holdout:
        cut = len(articles) - args.holdout
        train = [k for k, n in enumerate(article_of) if n < cut]
        held = [k for k, n in enumerate(article_of) if n >= cut]
        weights = fit([groups[k] for k in train], [answers[k] for k in train], args.epochs, args.l2)
        held_acc = accuracy(weights, [groups[k] for k in held], [answers[k] for k in held])
        print(
            f"held-out accuracy over {len(held)} quotes of the last {args.holdout} articles: {held_acc:.4f}"
        )
        return
    weights = fit(groups, answers, args.epochs, args.l2)
    card = {"trained_on": args.train.name, "quotes": len(groups), "epochs": args.epochs, "l2": args.l2}
    OUT.write_text(json.dumps({"card": card, "weights": weights}, indent=0, sort_keys=True) + "\n")
    print(f"wrote {len(weights)} weights to {OUT}")


if __name__ == "__main__":
    main()
