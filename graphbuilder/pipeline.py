"""ingest → extract → resolve → graph: the stages as typed public functions.

Examples
--------
>>> import tempfile
>>> from graphbuilder import pipeline
>>> with tempfile.TemporaryDirectory() as out:
...     graph, report = pipeline.build(["data/sample/voa-us-turkey-2016-10-21.txt"], out, html=False)
>>> report.documents
1
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from .clean import clean_text
from .errors import Errors, InputError
from .graph import GraphBuilder, extraction_time
from .ingest import Document, read_documents
from .journal import Journal
from .model import ActorMention, RelationMention, is_generic
from .nlp import MAX_CHARS
from .turtle import write_turtle

EVENTS_FILE = "events.jsonl"
GRAPH_FILE = "graph.ttl"
HTML_FILE = "graph.html"


@dataclass(frozen=True)
class Extraction:
    """What the pipeline found in one document (offsets are in ``document.text``).

    ``extracted_at``: when (an ``xsd:dateTime``, see :func:`graphbuilder.graph.extraction_time`);
    :func:`build` stamps an extraction that has none as it takes it.
    """

    document: Document
    actors: tuple[ActorMention, ...]
    relations: tuple[RelationMention, ...]
    extracted_at: Optional[str] = None


@dataclass
class BuildReport:
    """Summary of a build: counts, timing and skipped inputs."""

    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    entities_by_type: Counter = field(default_factory=Counter)
    relations_by_type: Counter = field(default_factory=Counter)
    events: int = 0
    resumed: int = 0
    triples: int = 0
    seconds: float = 0.0
    outputs: dict[str, str] = field(default_factory=dict)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        """Human-readable multi-line summary, as the CLI prints it."""
        lines = [f"documents: {self.documents} processed, {len(self.skipped)} skipped"
                 + (f" ({self.resumed} from the interrupted run)" if self.resumed else "")]
        lines.append("entities:  " + (", ".join(f"{k} {v}" for k, v in sorted(self.entities_by_type.items()))
                                      or "none"))
        lines.append("relations: " + (", ".join(f"{k} {v}" for k, v in sorted(self.relations_by_type.items()))
                                      or "none"))
        lines.append(f"events:    {self.events} rows; triples: {self.triples}")
        lines.append(f"time:      {self.seconds:.2f} s ({self.docs_per_second:.1f} docs/s)")
        for name, path in self.outputs.items():
            lines.append(f"wrote:     {path}")
        return "\n".join(lines)


def _chunks(text: str, limit: int = MAX_CHARS) -> Iterator[tuple[int, str]]:
    """Cut a long text into pieces of at most ``limit`` characters.

    Each cut is at the last paragraph break of the window, else the last line break,
    else the last sentence end, else the last space (in the second half of the window),
    so that no sentence is split and its relations lost.  Leading white space is left out (the
    offsets say where the text starts): a parse that opens on it takes the first words for a name.
    """
    start = len(text) - len(text.lstrip())
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for sep in ("\n\n", "\n", ". ", " "):
            i = window.rfind(sep)
            if i > limit // 2:
                cut = i + len(sep)
                break
        yield start, text[start:start + cut]
        start += cut
    yield start, text[start:]


def _shift(m: ActorMention, offset: int) -> ActorMention:
    from dataclasses import replace

    return replace(m, start=m.start + offset, end=m.end + offset) if offset else m


def _shift_relation(r: RelationMention, offset: int) -> RelationMention:
    from dataclasses import replace

    if not offset:
        return r
    return replace(r, source=_shift(r.source, offset), target=_shift(r.target, offset),
                   sent_start=r.sent_start + offset, sent_end=r.sent_end + offset)


def extract(documents: Iterable[Document], nlp=None, *, model: Optional[str] = None,
            actors: Optional[Path] = None, n_process: int = 1, batch_size: int = 32,
            on_error: Optional[Callable[[InputError], None]] = None) -> Iterator[Extraction]:
    """Run the spaCy pipeline over documents and yield one :class:`Extraction` each, in input order.

    Parameters
    ----------
    documents
        Any iterable of :class:`~graphbuilder.ingest.Document` (streamed).
    nlp
        A pipeline from :func:`graphbuilder.nlp.load_pipeline`; loaded when omitted.
    model, actors
        Passed to :func:`~graphbuilder.nlp.load_pipeline` when ``nlp`` is omitted.
    n_process
        Worker processes. Above 1, and where processes can be forked, the documents go to
        :func:`graphbuilder.distributed.extract_processes` in partitions of ``batch_size``
        (each worker runs the whole pipeline and sends back plain tuples); elsewhere to
        ``nlp.pipe(n_process=N)``. The output is the same.
    batch_size
        ``nlp.pipe`` batch size (and partition size of the worker processes).
    on_error
        Called with an ``E011`` :class:`~graphbuilder.errors.InputError` for a document the
        pipeline failed on (no :class:`Extraction` is yielded for it); defaults to raising it.
    """
    documents = iter(documents)
    first = next(documents, None)
    if first is None:
        return  # nothing to do: do not pay for loading the model
    documents = itertools.chain([first], documents)
    if n_process > 1:
        from .distributed import extract_processes, fork_available

        if fork_available():
            yield from extract_processes(documents, nlp, model=model, actors=actors, n_process=n_process,
                                         batch_size=batch_size, partition_size=batch_size, on_error=on_error)
            return
    if nlp is None:
        from .nlp import shared_pipeline

        nlp = shared_pipeline(model, str(actors) if actors else None)
    for document, found_actors, found_relations, failed in extract_outcomes(documents, nlp, n_process=n_process,
                                                                            batch_size=batch_size):
        if failed is None:
            yield Extraction(document, found_actors, found_relations)
        else:
            report_failure(document, failed, on_error)


def extract_outcomes(documents: Iterable[Document], nlp, *, n_process: int = 1, batch_size: int = 32
                     ) -> Iterator[tuple[Document, tuple, tuple, Optional[str]]]:
    """``(document, actors, relations, failure)`` per document, in input order (``nlp.pipe``).

    Parameters
    ----------
    documents
        Any iterable of :class:`~graphbuilder.ingest.Document` (streamed).
    nlp
        A pipeline from :func:`graphbuilder.nlp.load_pipeline`.
    n_process, batch_size
        Passed to ``nlp.pipe``.

    Yields
    ------
    tuple[Document, tuple[ActorMention, ...], tuple[RelationMention, ...], Optional[str]]
        ``failure`` is ``None``, or why a component failed on the document (then the mentions
        are empty): a one-line string, so that it crosses process boundaries.
    """
    from .components import _failed, actors_of_doc, relations_of

    def docs() -> Iterator:
        for document in documents:
            cleaned = clean_text(document.text)
            pieces = list(_chunks(cleaned))
            for n, (offset, piece) in enumerate(pieces):
                try:
                    doc = nlp.make_doc(piece)
                except Exception as exc:
                    # Text the tokenizer refuses (a lone surrogate in a Document made by hand;
                    # the readers replace them): this document fails, not the whole stream.
                    doc = nlp.make_doc("")
                    _failed(doc, exc)
                doc._.gb_date = document.date.isoformat() if document.date else None
                yield doc, (document, offset, n == len(pieces) - 1)

    pending_actors: list[ActorMention] = []
    pending_relations: list[RelationMention] = []
    failed: Optional[str] = None
    for doc, (document, offset, last) in nlp.pipe(docs(), as_tuples=True, n_process=n_process,
                                                  batch_size=batch_size):
        failed = failed or doc._.gb_error
        if failed is None:
            pending_actors.extend(_shift(m, offset) for m in actors_of_doc(doc))
            pending_relations.extend(_shift_relation(r, offset) for r in relations_of(doc))
        if last:
            if failed is None:
                yield document, *_scoped(document.id, pending_actors, pending_relations), None
            else:
                yield document, (), (), failed
            pending_actors, pending_relations, failed = [], [], None


def _scoped(doc_id: str, actors: list[ActorMention], relations: list[RelationMention]
            ) -> tuple[tuple[ActorMention, ...], tuple[RelationMention, ...]]:
    """The document's mentions with its unnamed bodies ("the coalition") made its own, so that the
    graph never merges the coalitions of two articles into one node.

    An unnamed body is kept only as a party to a relation: "the militants" alone, whom
    nothing relates to anyone, would be a node that says nothing.
    """
    from dataclasses import replace

    from .actors import scope_generic

    parties = {m.actor_id for r in relations for m in (r.source, r.target)}
    return (tuple(scope_generic(m, doc_id) for m in actors if not is_generic(m.actor_id) or m.actor_id in parties),
            tuple(replace(r, source=scope_generic(r.source, doc_id), target=scope_generic(r.target, doc_id))
                  if is_generic_relation(r) else r for r in relations))


def is_generic_relation(r: RelationMention) -> bool:
    """Whether an end of ``r`` is an unnamed body of its document."""
    return is_generic(r.source.actor_id) or is_generic(r.target.actor_id)


def report_failure(document: Document, reason: str, on_error: Optional[Callable[[InputError], None]]) -> None:
    """Raise, or pass to ``on_error``, the ``E011`` error of a document the pipeline failed on.

    Parameters
    ----------
    document
        The document, as read here (its ``origin`` names the file and line).
    reason
        What :func:`extract_outcomes` gave as the failure.
    on_error
        Called with the error; when ``None`` the error is raised.
    """
    exc = InputError(Errors.E011.format(where=document.origin or document.id, doc_id=document.id, reason=reason))
    if on_error is None:
        raise exc
    on_error(exc)


def event_record(x: Extraction, r: RelationMention) -> dict:
    """One row of ``events.jsonl`` before resolution: actors are ``{"actor_id", "span", "text"}``.

    :func:`resolve_record` fills in the canonical ``id``, ``label``, ``type`` and ``country``
    once every document has been seen.
    """
    from . import codes
    from .actors import dateline_place

    cameo = r.cameo or codes.relation_info(r.relation).cameo
    plover = (codes.plover(cameo) if cameo else None) or codes.relation_info(r.relation).plover
    return {
        "doc_id": x.document.id,
        "date": r.date,
        "date_precision": r.date_precision,
        "sentence": " ".join(x.document.text[r.sent_start:r.sent_end].split()),
        "start": r.sent_start,
        "end": r.sent_end,
        "relation": r.relation,
        "source": {"actor_id": r.source.actor_id, "span": [r.source.start, r.source.end], "text": r.source.surface},
        "target": {"actor_id": r.target.actor_id, "span": [r.target.start, r.target.end], "text": r.target.surface},
        "cameo": cameo,
        "plover": plover,
        "goldstein": codes.goldstein(cameo) if cameo else None,
        "confidence": r.confidence,
        "modality": r.modality,
        "former": r.former,
        "trigger": r.trigger,
        "rule": r.rule,
        "speaker": r.speaker,
        "title": x.document.title,
        "url": x.document.url,
        # where the story was filed, by its dateline (document metadata, as in the graph's dcterms:spatial)
        "dateline": dateline_place(x.document.text),
    }


_LINE_SEPARATORS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def json_line(record: dict) -> str:
    """One JSONL line; U+2028/U+2029/U+0085 escaped so that no reader splits it."""
    return json.dumps(record, ensure_ascii=False).translate(_LINE_SEPARATORS) + "\n"


def resolve_record(record: dict, builder: GraphBuilder) -> dict:
    """Replace the actor ids of a row by the canonical ``id`` (IRI), ``label``, ``type``, ``country``."""
    for side in ("source", "target"):
        actor = record[side]
        info = builder.canonical(actor.pop("actor_id"))
        record[side] = {**info, "span": actor["span"], "text": actor["text"]}
    return record


class AtomicOutputs:
    """Files written together: each to a temporary file beside it, all renamed into place by
    :meth:`commit`, one after the other once every one is complete, so that a killed run leaves
    the previous set of outputs or the new one (never a new ``events.jsonl`` beside the old
    ``graph.ttl`` while the graph is still being written).

    A file gets the mode of the file it replaces (0644 for a new one, not mkstemp's 0600, which
    hid graph.ttl and events.jsonl from a web server or a colleague).

    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as d, AtomicOutputs() as outputs:
    ...     with outputs.open(Path(d) / "a.txt") as fh:
    ...         _ = fh.write("a")
    ...     before = os.listdir(d) != ["a.txt"]
    ...     outputs.commit()
    ...     before, sorted(os.listdir(d))
    (True, ['a.txt'])
    """

    def __init__(self):
        self.staged: list[tuple[str, Path]] = []

    def __enter__(self) -> "AtomicOutputs":
        return self

    def __exit__(self, *exc) -> None:
        for tmp, _path in self.staged:  # not committed: an error, or the caller stopped
            try:
                os.unlink(tmp)
            except OSError:
                pass
        self.staged = []

    @contextmanager
    def open(self, path: Path, mode: str = "w"):
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.staged.append((tmp, path))
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        try:
            file_mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            file_mode = 0o644
        os.chmod(tmp, file_mode)

    def commit(self) -> None:
        """Rename every staged file into place."""
        for tmp, path in self.staged:
            os.replace(tmp, path)
        for directory in {path.parent for _tmp, path in self.staged}:
            _fsync_directory(directory)
        self.staged = []


@contextmanager
def atomic_path(path: Path, mode: str = "w"):
    """Write to a temporary file beside ``path`` and rename it into place on success
    (one file of :class:`AtomicOutputs`)."""
    with AtomicOutputs() as outputs:
        with outputs.open(path, mode) as fh:
            yield fh
        outputs.commit()


def _fsync_directory(directory: Path) -> None:
    """Make a rename durable (power loss, not only a killed process)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def build(inputs: Iterable, out: Optional[Path] = None, *, model: Optional[str] = None,
          actors: Optional[Path] = None, n_process: int = 1, batch_size: int = 32,
          html: bool = True, progress: bool = False,
          on_error: Optional[Callable[[InputError], None]] = None,
          documents: Optional[Iterable[Document]] = None, resume: bool = False,
          extractor: Optional[Callable[..., Iterable[Extraction]]] = None,
          on_extraction: Optional[Callable[[Extraction], None]] = None):
    """Build the graph of ``inputs`` and write ``graph.ttl``, ``events.jsonl``, ``graph.html`` into ``out``.

    Parameters
    ----------
    inputs
        Paths (files, directories, ``-``) as :func:`~graphbuilder.ingest.read_documents` takes.
    out
        Output directory; nothing is written when ``None``.
    documents
        Documents to use instead of reading ``inputs``.
    on_error
        Called for every skipped input (default: collected into the report only).
    resume
        Finish a killed run into the same ``out``: documents already in its journal are
        not processed again (see :mod:`graphbuilder.journal`).
    extractor
        Replaces :func:`extract` (same signature, ``on_error`` included: it is given the
        report's callback for the ``E011`` of a document the pipeline fails on), e.g. the Dask one.
    on_extraction
        Called with every document's :class:`Extraction` as it is taken into the graph
        (those replayed by ``resume`` too), e.g. to add it to a store with its exact
        per-document view.

    Returns
    -------
    tuple[rdflib.Graph, BuildReport]
    """
    report = BuildReport()
    started = time.perf_counter()

    def skip(exc: InputError) -> None:
        report.skipped.append(str(exc))
        if on_error is not None:
            on_error(exc)

    docs = documents if documents is not None else read_documents(inputs, on_error=skip)
    builder = GraphBuilder()
    out = Path(out) if out is not None else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    journal = Journal(out) if out is not None else None
    if out is not None:
        _remove_stale_temporaries(out)
    # Rows are spooled unresolved and rewritten once all documents are in, so memory
    # grows with the graph, not with the corpus.
    spool = tempfile.TemporaryFile("w+", encoding="utf-8", dir=out if out is not None else None)
    bar = _progress(progress)

    extraction_time()  # a malformed SOURCE_DATE_EPOCH is E013 before any work, not after the model loads

    def take(x: Extraction) -> Extraction:
        if x.extracted_at is None:
            x = dataclasses.replace(x, extracted_at=extraction_time())
        builder.add(x.document, x.actors, x.relations, text=x.document.text, extracted_at=x.extracted_at)
        for r in x.relations:
            spool.write(json.dumps(event_record(x, r), ensure_ascii=False) + "\n")
            report.events += 1
            report.relations_by_type[r.relation] += 1
        report.documents += 1
        bar.update(1)
        if on_extraction is not None:
            on_extraction(x)
        return x

    done: set[str] = set()
    if journal is not None and resume:
        for document, found_actors, found_relations, extracted_at in journal.replay():
            take(Extraction(document, found_actors, found_relations, extracted_at))
            done.add(document.id)
        report.resumed = len(done)
    if journal is not None:
        journal.start(resume)
    todo = (d for d in docs if d.id not in done)
    with spool:
        # A document the pipeline fails on is reported (E011) and skipped, not fatal.
        extraction = extractor or extract
        for x in extraction(todo, model=model, actors=actors, n_process=n_process, batch_size=batch_size,
                            on_error=skip):
            x = take(x)
            if journal is not None:
                journal.record(x.document, x.actors, x.relations, x.extracted_at)
        bar.close()
        if journal is not None:
            journal.close()
        if report.documents == 0:
            raise InputError(Errors.E010.format(skipped=len(report.skipped)))
        graph = builder.finish()
        for actor_id in builder.entities:
            report.entities_by_type[builder.canonical(actor_id)["type"]] += 1
        report.triples = len(graph)
        if out is not None:
            spool.seek(0)
            with AtomicOutputs() as outputs:
                with outputs.open(out / EVENTS_FILE) as fh:
                    for line in spool:
                        fh.write(json_line(resolve_record(json.loads(line), builder)))
                with outputs.open(out / GRAPH_FILE, "wb") as fh:
                    write_turtle(graph, fh)
                if html:
                    from .graph import to_networkx
                    from .render import to_html

                    with outputs.open(out / HTML_FILE, "wb") as fh:
                        fh.write(to_html(to_networkx(graph), title=_title(report)).encode("utf-8"))
                outputs.commit()
            report.outputs["graph"] = str(out / GRAPH_FILE)
            report.outputs["events"] = str(out / EVENTS_FILE)
            if html:
                report.outputs["html"] = str(out / HTML_FILE)
            journal.finish()
    report.seconds = time.perf_counter() - started
    return graph, report


def _remove_stale_temporaries(out: Path) -> None:
    """Temporary files a killed run left beside its outputs (never the outputs themselves)."""
    for name in (EVENTS_FILE, GRAPH_FILE, HTML_FILE):
        for tmp in out.glob(f".{name}.*.tmp"):
            try:
                tmp.unlink()
            except OSError:
                pass


def _title(report: BuildReport) -> str:
    return f"graphbuilder — {report.documents} document{'' if report.documents == 1 else 's'}"


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


#: Up to this many documents a build shows no progress bar (its summary says it all).
HANDFUL = 5


class _LazyBar:
    """A tqdm bar on stderr that appears once more than :data:`HANDFUL` documents are done."""

    def __init__(self):
        self.done = 0
        self.bar = None

    def update(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif self.done > HANDFUL:
            from tqdm import tqdm

            self.bar = tqdm(unit="doc", file=sys.stderr, mininterval=0.5, initial=self.done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _progress(enabled: bool):
    return _LazyBar() if enabled else _NoBar()
