"""What a group of components adds to the pipeline's time per document.

The rest of the pipeline runs as in production (``nlp.pipe``, batched); the measured components then run
one document at a time on the results, in pipeline order. Best of ``repeats`` runs, each run timing both.
In production each Doc goes through every component before the next Doc comes, so the per-Doc index the
first quotex component builds is still at hand for the later ones; here the Docs wait in a list, so their
index is fetched again off the clock before the measured components run (the rest of the pipeline has
already paid for building it once).
"""

import time

from spacy.language import Language

from quotex.document.index import doc_index


def added_share(
    nlp: Language, texts: list[str], parts: tuple[str, ...], repeats: int = 2
) -> tuple[float, float]:
    """``(seconds for the rest of the pipeline, seconds for parts)`` over ``texts``, best of ``repeats``."""
    rest_best = part_best = float("inf")
    ordered = [(name, component) for name, component in nlp.pipeline if name in parts]
    for _ in range(repeats):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts, disable=list(parts), batch_size=32))
        rest = time.perf_counter() - t0
        part = 0.0
        for doc in docs:
            doc_index(doc)  # production state: built by the rest of the pipeline, see the module docstring
            t0 = time.perf_counter()
            for _name, component in ordered:
                doc = component(doc)
            part += time.perf_counter() - t0
        rest_best, part_best = min(rest_best, rest), min(part_best, part)
    return rest_best, part_best


def share_report(nlp: Language, texts: list[str], parts: tuple[str, ...], what: str) -> str:
    """One line: time per document of the rest of the pipeline and of ``parts``, and the share they add."""
    rest, part = added_share(nlp, texts, parts)
    n = len(texts)
    return (
        f"time per article: rest of the pipeline {1000 * rest / n:.1f} ms, {what} {1000 * part / n:.2f} ms: "
        f"{what} adds {100 * part / rest:.1f}%"
    )
