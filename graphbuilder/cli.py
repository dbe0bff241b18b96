"""The ``graphbuilder`` command line: a thin layer over the library functions."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Optional, Sequence

from . import __version__
from .cliargs import non_negative_int, positive_float, positive_int
from .errors import Errors, GraphbuilderError


def _err(message: str) -> None:
    print(f"graphbuilder: {message}", file=sys.stderr)


def cmd_build(args: argparse.Namespace) -> int:
    from .pipeline import build

    if args.progress is None:
        args.progress = sys.stderr.isatty()
    if args.out is None and args.store is None:
        raise GraphbuilderError("E012 build needs --out DIR, --store DIR or both")
    extractor = None
    if args.scheduler:
        from .distributed import dask_extractor

        extractor = dask_extractor(args.scheduler, timeout=args.scheduler_timeout)
    store = sink = None
    if args.store is not None:
        from .store import ExtractionSink, OxigraphStore

        # Opened first: a store that cannot be written fails before the extraction, and each
        # document goes in as extracted, with its own exact per-document view.
        store = OxigraphStore(args.store)
        sink = ExtractionSink(store)
    try:
        _graph, report = build(args.inputs, args.out, model=args.model, actors=args.actors,
                              n_process=args.n_process, batch_size=args.batch_size, html=not args.no_html,
                              progress=args.progress, on_error=lambda exc: _err(str(exc)), resume=args.resume,
                              extractor=extractor, on_extraction=sink)
        print(report.summary())
        if sink is not None:
            print(f"store:     {args.store}: {sink.flush().summary()}")
    finally:
        if store is not None:
            store.close()
    return 0


def _graph_arg(path: str):
    """An rdflib graph of an output directory, an RDF file or a store directory."""
    from .store import is_store_dir, open_graph

    if is_store_dir(path):
        with open_graph(path) as handle:
            return handle.rdflib_graph()
    from .query import load_graph

    return load_graph(path)


def cmd_query(args: argparse.Namespace) -> int:
    from .errors import QueryError
    from .query import format_result, named_queries, parse_bindings, run_named, run_query

    if args.list:
        for name, q in named_queries().items():
            takes = ", ".join(sorted(v for v in q.variables if v in _OPTIONAL_PARAMS))
            print(f"{name:16} {q.description}" + (f"  [--bind {takes}]" if takes else ""))
        return 0
    if args.graph is None:
        raise QueryError("E044 query needs GRAPH (an output directory or .ttl file) and a QUERY or --name")
    from .store import is_store_dir, open_graph

    bindings = parse_bindings(args.bind)
    if is_store_dir(args.graph):
        # Large stores are queried where they are (Oxigraph), not loaded into memory.
        with open_graph(args.graph) as handle:
            if args.name:
                result = handle.run_named(args.name, bindings)
            else:
                result = handle.query(_query_text(args), bindings)
            sys.stdout.write(format_result(result, args.format))
        return 0
    g = _graph_arg(args.graph)
    if args.name:
        result = run_named(g, args.name, bindings)
    else:
        result = run_query(g, _query_text(args), bindings)
    sys.stdout.write(format_result(result, args.format))
    return 0


def _query_text(args: argparse.Namespace) -> str:
    from .errors import QueryError

    if args.query is None:
        raise QueryError("E044 query needs a SPARQL string, a .rq file or --name NAME")
    text = args.query
    if text.endswith(".rq") or (len(text) < 300 and Path(text).is_file()):
        try:
            text = Path(text).read_text("utf-8")
        except OSError as exc:
            raise QueryError(f"E045 {args.query}: cannot read query file ({exc.strerror})") from None
    return text


_OPTIONAL_PARAMS = {"actor", "from", "to", "country", "relation", "a", "b", "depth", "source", "target"}


def cmd_render(args: argparse.Namespace) -> int:
    from .graph import to_networkx
    from .render import render_html

    g = _graph_arg(args.graph)
    path = render_html(to_networkx(g), args.out, title=args.title or f"graphbuilder — {args.graph}",
                       ego=args.ego, depth=args.depth, top=args.top)
    print(f"wrote {path}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from .stats import graph_stats

    print(graph_stats(_graph_arg(args.graph)))
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    from .stats import list_actors

    print(list_actors(_graph_arg(args.graph), name=args.name))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import run_eval

    print(run_eval(args.gold, fmt=args.format, model=args.model, limit=args.limit, half=args.half))
    return 0


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="graphbuilder",
                                description="English news → geopolitical knowledge graph (RDF, SPARQL, HTML).")
    p.add_argument("--version", action="version", version=f"graphbuilder {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the graph of documents")
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help=".txt, .jsonl, .jsonl.gz, a directory, or - for JSONL on stdin")
    b.add_argument("--out", type=Path, metavar="DIR", help="output directory (graph.ttl, events.jsonl, graph.html)")
    b.add_argument("--store", type=Path, metavar="DIR",
                   help="also add the documents to a persistent Oxigraph store (incremental, idempotent)")
    b.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="run extraction on a Dask distributed cluster")
    b.add_argument("--scheduler-timeout", type=positive_float, default=30.0, metavar="S",
                   help="seconds to wait for the scheduler and its workers (default 30)")
    b.add_argument("--model", default=None, help="spaCy pipeline (default: en_core_web_sm)")
    b.add_argument("--actors", type=Path, default=None, metavar="FILE",
                   help="your own actors (CSV or JSONL); they win over the bundled ones")
    b.add_argument("--n-process", type=positive_int, default=1, metavar="N")
    b.add_argument("--batch-size", type=positive_int, default=32, metavar="N")
    b.add_argument("--no-html", action="store_true", help="do not write graph.html")
    b.add_argument("--resume", action="store_true",
                   help="finish an interrupted build into the same --out without redoing its documents")
    b.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal)")
    b.set_defaults(func=cmd_build)

    q = sub.add_parser("query", help="run SPARQL on a graph")
    q.add_argument("graph", nargs="?", metavar="GRAPH", help="output directory or .ttl file")
    q.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL string or .rq file")
    q.add_argument("--name", help="run a named query (see --list)")
    q.add_argument("--bind", action="append", metavar="VAR=VALUE", help="bind a variable (repeatable)")
    q.add_argument("--list", action="store_true", help="list the named queries")
    q.add_argument("--format", choices=("table", "csv", "tsv", "json"), default="table",
                   help="SELECT/ASK: a table, CSV, TSV or SPARQL 1.1 results JSON; "
                   "CONSTRUCT/DESCRIBE: Turtle, JSON-LD for json")
    q.set_defaults(func=cmd_query)

    r = sub.add_parser("render", help="write the interactive HTML view")
    r.add_argument("graph", metavar="GRAPH")
    r.add_argument("--out", required=True, type=Path, metavar="FILE.html")
    r.add_argument("--title", default=None)
    r.add_argument("--ego", default=None, metavar="NAME", help="only NAME and its neighbourhood")
    r.add_argument("--depth", type=non_negative_int, default=None, metavar="N",
                   help="with --ego: how many steps from NAME (default 1)")
    r.add_argument("--top", type=positive_int, default=None, metavar="N", help="only the N best-connected actors")
    r.set_defaults(func=cmd_render)

    s = sub.add_parser("stats", help="counts of actors and relations")
    s.add_argument("graph", metavar="GRAPH")
    s.set_defaults(func=cmd_stats)

    a = sub.add_parser("actors", help="list actors with their surface forms and documents")
    a.add_argument("graph", metavar="GRAPH")
    a.add_argument("--name", default=None, help="only actors whose name or alias contains NAME")
    a.set_defaults(func=cmd_actors)

    e = sub.add_parser("eval", help="score extraction against a gold file")
    e.add_argument("gold", type=Path, metavar="GOLD.jsonl")
    e.add_argument("--format", choices=("table", "json"), default="table")
    e.add_argument("--model", default=None)
    e.add_argument("--limit", type=non_negative_int, default=None, help="only the first N gold records")
    e.add_argument("--half", choices=("even", "odd"), default=None,
                   help="only the even- or odd-numbered records (develop on one half, check on the other)")
    e.set_defaults(func=cmd_eval)

    from .cli_store import add_commands

    add_commands(sub)
    return p


#: The atomic writers' temporary name (".graph.ttl.k2j4x9.tmp") stands for the output it replaces.
_TEMPORARY = re.compile(r"\.([^/\\]+)\.[A-Za-z0-9_]{6,}\.tmp$")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is cmd_render:
        if args.depth is not None and args.ego is None:
            parser.error("render: --depth needs --ego (the actor whose neighbourhood to draw)")
        args.depth = 1 if args.depth is None else args.depth
    try:
        return args.func(args)
    except GraphbuilderError as exc:
        _err(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # An output that cannot be written where the user pointed it ("--out" is a file, a
        # directory that does not exist or is read-only, a full disk): the user's to fix.
        where = _TEMPORARY.sub(r"\1", str(exc.filename)) if exc.filename else "output"
        _err(Errors.E012.format(path=where, reason=exc.strerror or type(exc).__name__))
        return 1
    except Exception as exc:  # a bug, not a user error: one line unless asked for more
        if os.environ.get("GRAPHBUILDER_DEBUG"):
            raise
        _err(f"E999 internal error: {type(exc).__name__}: {exc} (set GRAPHBUILDER_DEBUG=1 for a traceback)")
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
