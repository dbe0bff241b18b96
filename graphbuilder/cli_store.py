"""Command-line commands for stores and services: ``serve``, ``export``, ``push``, ``remove``, ``load``.

:func:`add_commands` adds them to the ``graphbuilder`` parser (``graphbuilder.cli``). GRAPH is
an output directory, a ``.ttl``/``.trig``/``.nq`` file or a store directory everywhere.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .cliargs import port_number, positive_float, positive_int
from .errors import GraphError

__all__ = ["add_commands", "cmd_serve", "cmd_export", "cmd_push", "cmd_remove", "cmd_load"]

GRAPH_HELP = "output directory, .ttl/.trig/.nq file or store directory"


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import Limits, serve

    token = args.token or os.environ.get("GRAPHBUILDER_TOKEN")
    limits = Limits(timeout=args.timeout, max_rows=args.max_rows, max_body=args.max_body,
                    max_concurrent=args.max_concurrent)

    def ready(server) -> None:
        for w in server.handle.warnings:
            _say(f"graphbuilder: warning: {w}")
        mode = "read-write (updates need the token)" if args.allow_update else "read-only"
        _say(f"serving {args.graph} ({server.handle.kind}, {mode}) at {server.url}  — query page "
             f"{server.url[:-len('/sparql')]}/  (Ctrl-C stops)")

    try:
        serve(args.graph, args.host, args.port, limits=limits, allow_update=args.allow_update, token=token,
              verbose=not args.quiet, ready=ready)
    except KeyboardInterrupt:
        _say("stopped")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import FORMATS, export_graph

    fmt = args.format
    if fmt is None:
        suffix = "".join(Path(args.out).suffixes[-1:]).lower()
        fmt = next((f for f, ext in FORMATS.items() if ext == suffix), None)
        if fmt is None:
            from .store import StoreErrors

            raise GraphError(StoreErrors.E078.format(fmt=suffix or args.out.name, formats=", ".join(FORMATS)))
    path = export_graph(args.graph, fmt, args.out)
    print(f"wrote {path}")
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from .push import push

    token = args.token or os.environ.get("GRAPHBUILDER_TOKEN")
    report = push(args.graph, args.to, token=token, method=args.method, timeout=args.timeout)
    print(report.summary())
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from .store import remove_documents

    removed = remove_documents(args.graph, args.doc)
    print(f"removed {len(removed)} document{'s' if len(removed) != 1 else ''} from {args.graph}")
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from .store import OxigraphStore, open_graph

    with OxigraphStore(args.store) as store:
        if args.repair:
            store.repair()
            print(f"recomputed the aggregates of {args.store}")
        for source in args.graphs:
            handle = open_graph(source)
            try:
                report = store.add_documents(handle.rdflib_graph(), batch_size=args.batch_size)
            finally:
                handle.close()
            print(f"{source}: {report.summary()}")
        if args.optimize:
            store.optimize()
    return 0


def add_commands(subparsers) -> None:
    """Add ``serve``, ``export``, ``push``, ``remove`` and ``load`` to an argparse sub-parser set."""
    s = subparsers.add_parser("serve", help="SPARQL 1.1 endpoint over a graph (read-only by default)",
                              description="Serve GRAPH at http://HOST:PORT/sparql (SPARQL 1.1 Protocol) with a "
                                          "query page at /.")
    s.add_argument("graph", metavar="GRAPH", help=GRAPH_HELP)
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=port_number, default=7878, help="port (default 7878; 0 picks a free one)")
    s.add_argument("--allow-update", action="store_true",
                   help="accept SPARQL updates carrying 'Authorization: Bearer TOKEN'")
    s.add_argument("--token", default=None,
                   help="the update token (default: $GRAPHBUILDER_TOKEN; prefer the variable)")
    s.add_argument("--timeout", type=positive_float, default=30.0, metavar="S", help="seconds per query (default 30)")
    s.add_argument("--max-rows", type=positive_int, default=100_000, metavar="N",
                   help="rows or triples per result; more are cut off (default 100000)")
    s.add_argument("--max-body", type=positive_int, default=1_000_000, metavar="BYTES",
                   help="largest request body (default 1000000)")
    s.add_argument("--max-concurrent", type=positive_int, default=4, metavar="N",
                   help="queries running at once (default 4)")
    s.add_argument("--quiet", action="store_true", help="do not log requests")
    s.set_defaults(func=cmd_serve)

    from .export import FORMATS

    e = subparsers.add_parser("export", help="write a graph as RDF, GraphML, GEXF or a CSV edge table")
    e.add_argument("graph", metavar="GRAPH", help=GRAPH_HELP)
    e.add_argument("--format", choices=tuple(FORMATS), default=None,
                   help="output format (default: from the --out extension)")
    e.add_argument("--out", required=True, type=Path, metavar="FILE")
    e.set_defaults(func=cmd_export)

    p = subparsers.add_parser("push", help="load a graph into a SPARQL Graph Store server, a named graph per document")
    p.add_argument("graph", metavar="GRAPH", help=GRAPH_HELP)
    p.add_argument("--to", required=True, metavar="URL",
                   help="Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph)")
    p.add_argument("--token", default=None, help="bearer token (default: $GRAPHBUILDER_TOKEN)")
    p.add_argument("--method", choices=("PUT", "POST"), default="PUT",
                   help="PUT replaces each graph (default), POST adds to it")
    p.add_argument("--timeout", type=positive_float, default=60.0, metavar="S", help="seconds per request")
    p.set_defaults(func=cmd_push)

    r = subparsers.add_parser("remove", help="retract documents and recompute the aggregates")
    r.add_argument("graph", metavar="GRAPH", help=GRAPH_HELP)
    r.add_argument("--doc", action="append", required=True, metavar="ID", help="document id (repeatable)")
    r.set_defaults(func=cmd_remove)

    lo = subparsers.add_parser("load", help="add built graphs to a store directory (incremental, idempotent)")
    lo.add_argument("store", type=Path, metavar="STORE", help="store directory (created when missing)")
    lo.add_argument("graphs", nargs="*", metavar="GRAPH", help="output directories or RDF files to add")
    lo.add_argument("--batch-size", type=positive_int, default=500, metavar="N", help="documents per write")
    lo.add_argument("--repair", action="store_true", help="recompute every aggregate from the documents first")
    lo.add_argument("--optimize", action="store_true", help="compact the database afterwards")
    lo.set_defaults(func=cmd_load)
