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

from softmax_fit import accuracy, fit
from spacy.tokens import DocBin, Span

from quotex.api import get_pipeline
from quotex.attribution.attribute import attribute_quotes
from quotex.attribution.choosers import RuleChooser
from quotex.attribution.cues import CueIndex
from quotex.attribution.mentions import mention_bounds
from quotex.attribution.ranker import NOBODY, QuoteContext
from quotex.attribution.types import NO_ATTRIBUTION, Attribution, Evidence
from quotex.document.index import doc_index
from quotex.extensions import QUOTES_KEY

OUT = Path(__file__).with_name("speaker_ranker.json")
MARKS = "“”\"‘’'`«» \n\t\xa0"


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

    decides_titles = True  # the ranker sees quotes that look like titles; the rules give them no speaker

    def __init__(self) -> None:
        self.contexts: list[QuoteContext] = []

    def choose(self, quote: Span, index: CueIndex, evidence: Evidence) -> Attribution:
        context = QuoteContext(quote, index, evidence)
        self.contexts.append(context)
        return NO_ATTRIBUTION if context.title_like else super().choose(quote, index, evidence)


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
