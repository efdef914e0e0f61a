"""quotex's array attribute ruler against spaCy's own, on every token of a corpus: identical outputs, time.

usage: python benchmarks/attribute_ruler.py [CORPUS.jsonl ...] [--model NAME]

The base model runs up to the attribute ruler once per text; each ruler then runs on its own copy of the Doc,
followed by the model's later components (lemmatizer, NER), and every token's tag, POS, morphology, lemma, dep
and entity annotation is compared. Prints the number of tokens that differ (0 is the only acceptable answer)
and each ruler's CPU time per article. Default corpus: ../shared/data/polnear/dev.jsonl.
"""

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from quotex.components.attributes import ArrayAttributeRuler
from quotex.pipeline import DEFAULT_MODEL

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev.jsonl"
COMPARED = [TAG, POS, MORPH, LEMMA, DEP, ENT_IOB, ENT_TYPE]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="*", type=Path, default=[DEFAULT])
    ap.add_argument("--model", default=DEFAULT_MODEL)
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for path in args.corpus for line in path.open(encoding="utf-8")]
    nlp = spacy.load(args.model)
    names = nlp.pipe_names
    theirs = nlp.get_pipe("attribute_ruler")
    ours = ArrayAttributeRuler(nlp.vocab, "attribute_ruler")
    ours.add_patterns(theirs.patterns)
    if ours.rules() is None:
        print("these patterns need spaCy's Matcher: quotex's ruler falls back to it")
    after = [nlp.get_pipe(name) for name in names[names.index("attribute_ruler") + 1 :]]
    before = names[names.index("attribute_ruler") :]
    tokens = differ = 0
    spent = {"spaCy AttributeRuler": 0.0, "quotex ArrayAttributeRuler": 0.0}
    for parsed in nlp.pipe(texts, disable=before, batch_size=32):
        results = []
        for label, ruler in zip(spent, (theirs, ours), strict=True):
            doc = Doc(nlp.vocab).from_bytes(parsed.to_bytes())
            t0 = time.process_time()
            doc = ruler(doc)
            spent[label] += time.process_time() - t0
            for pipe in after:
                doc = pipe(doc)
            results.append(doc.to_array(COMPARED))
        tokens += len(parsed)
        differ += int(np.any(results[0] != results[1], axis=1).sum())
    print(f"{len(texts)} articles, {tokens:,} tokens: {differ} differ (tag, pos, morph, lemma, dep, ents)")
    for label, seconds in spent.items():
        print(f"{label:28s} {1000 * seconds / len(texts):6.2f} ms per article (CPU)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
