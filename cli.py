"""The ``uncac-kg`` command: parses options, calls the library, maps errors.

Exit status: 0 success; 1 some documents failed to load (the others loaded)
or the store could not be opened; 2 a usage error (unknown option or query
name, malformed parameter, SPARQL syntax error).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from . import __version__
from .graph.derived.search_index import SearchKind
from .graph.output.formats import Format
from .graph.output.tables import ResultFormat, write_result
from .graph.output.views import View
from .graph.query import library as queries
from .graph.query import parameters
from .graph.query.negotiation import Limits
from .graph.store.embedded import DumpFormat, GraphStore, latest_snapshot
from .graph.store.guarded import GuardedStore, in_process
from .graph.store.remote import Endpoints, open_store, store_location
from .ontology.iris import Iris
from .settings import Settings, declared, describe

if TYPE_CHECKING:
    from .graph.ingest import LoadReport

PROG = "uncac-kg"
#: Show a progress bar from this many documents on (on a terminal).
PROGRESS_FROM = 10


class UsageError(Exception):
    """Bad command-line input: exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="A knowledge graph of the UN expert meetings on international cooperation "
                    "under the Convention against Corruption, from the Chinese reports.",
        epilog="Environment (options given override it):\n" + describe()
               + "\n\nExit status: 0 ok, 1 some input failed, 2 usage error.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    for name, metavar in (("store", "DIR|URL"), ("query_endpoint", "URL"), ("update_endpoint", "URL"),
                          ("store_endpoint", "URL"), ("base_iri", "IRI")):
        _option(parser, name, metavar=metavar)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("load", help="load report files or folders (*.txt) into the store",
                       description="Load reports; each document replaces its own named graph.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a report file or a folder of them")
    p.add_argument("--bulk", action="store_true",
                   help="write documents in large batches with the bulk loader: several times faster for "
                        "thousands of documents, but a load killed midway may leave the batch in flight "
                        "half-written (load it again to repair); by default each document is one transaction")

    p = sub.add_parser("query", help="run a named query, a .rq file or standard input (-)",
                       description="Run a SPARQL query over the union of all graphs.")
    p.add_argument("query", metavar="NAME|FILE.rq|-",
                   help="a query of the library (see `uncac-kg queries`), a file, or - for stdin")
    p.add_argument("--format", choices=[f.value for f in ResultFormat], default="table",
                   help="table (default), csv, tsv or json (SPARQL 1.1 JSON results)")
    p.add_argument("--param", action="append", default=[], metavar="VAR=VALUE",
                   help="bind ?VAR: <iri>, a whole number, \"text\"@lang, or plain text "
                        "(repeatable)")

    sub.add_parser("queries", help="list the named queries")

    p = sub.add_parser("serve", help="serve the graph over HTTP (builds it from the bundled "
                                     "reports if the store is empty)")
    _option(p, "host", metavar="HOST")
    _option(p, "port", metavar="PORT", type=int)
    _option(p, "http_workers", metavar="N", type=int)

    p = sub.add_parser("dump", help="write the whole graph to standard output")
    p.add_argument("--format", choices=[f.value for f in DumpFormat], default="nq",
                   help="nq (N-Quads, default), trig, or ttl (the union of graphs)")

    sub.add_parser("stats", help="count documents, triples, meetings, recommendations, citations")

    p = sub.add_parser("export", help="export a graph view for Gephi, Cytoscape, yEd, D3 or a notebook",
                       description="Write a view of the graph (networkx projection) in a visualisation format.")
    p.add_argument("view", choices=[v.value for v in View], help="the view")
    p.add_argument("--format", choices=[f.value for f in Format], default="graphml",
                   help="graphml (default), gexf (1.3, with meeting dates), cyjs, json (node-link), dot, "
                        "csv (a ZIP of nodes.csv and edges.csv: -o FILE.zip)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output)")
    p.add_argument("--query", metavar="FILE.rq", help="the query of the custom view")

    p = sub.add_parser("recurrences", help="show how recommendations recur across meetings, as timelines",
                       description="Group recommendations that make the same demand into threads and print "
                                   "each as a timeline (meeting, label, text, score, shared terms, wording change).")
    p.add_argument("--min-score", type=float, metavar="X",
                   help="word similarity that links two recommendations (default: $UNCAC_KG_RECURRENCE_THRESHOLD "
                        "or the tuned default); two that ask for the same thing by their themes need a third of it")
    p.add_argument("--words-only", action="store_true",
                   help="link by word similarity alone, without the themes (the method before themes)")

    p = sub.add_parser("search", help="full-text search of paragraphs, recommendations and suggestions",
                       description="Search in Chinese (or with English terms the glossary knows); ranked hits "
                                   "with the matches marked «…».")
    p.add_argument("text", metavar="TEXT", help="words to look for, e.g. 司法协助 or 'mutual legal assistance'")
    p.add_argument("--kind", action="append", choices=[k.value for k in SearchKind], help="only this kind (repeatable)")
    p.add_argument("--limit", type=int, default=10, help="hits to show (default 10)")

    sub.add_parser("validate", help="check the graph against the SHACL shapes of the ontology",
                   description="Validate the union of all graphs against ontology/shapes.ttl (pyshacl).")
    return parser


def _option(parser: argparse.ArgumentParser, name: str, **kwargs: object) -> None:
    """The option of setting ``name``, with the help its declaration gives."""
    how = {n: h for n, h, _ in declared()}[name]
    assert how.option is not None
    parser.add_argument(how.option, dest=name, help=f"{how.help} (default: ${how.env})", **kwargs)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None, *, env: dict[str, str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env(
            os.environ if env is None else env,
            **{name: getattr(args, name, None) for name, how, _ in declared() if how.option},
        )
        _location(settings)  # (a store address that cannot be read fails here, before any work)
        return COMMANDS[args.command](args, settings)
    except UsageError as error:
        return _fail(str(error), 2)
    except SyntaxError as error:
        return _fail(f"SPARQL syntax error: {error}", 2)
    except LookupError as error:
        return _fail(str(error.args[0]) if error.args else str(error), 2)
    except ValueError as error:
        return _fail(str(error), 2)
    except OSError as error:
        return _fail(str(error), 1)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)


def _fail(message: str, status: int) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return status


def _stdout() -> IO[bytes]:
    return sys.stdout.buffer


def _location(settings: Settings) -> Path | Endpoints:
    return store_location(settings.store, **settings.endpoints)


def _open(settings: Settings, *, create: bool = True) -> GraphStore:
    return open_store(_location(settings), create=create, timeout=settings.query_timeout)


def _guarded(settings: Settings) -> GuardedStore:
    """The store for the commands that run a caller's SPARQL: the API's checks, caps and time limit."""
    return in_process(_open(settings, create=False), timeout=settings.query_timeout,
                      limits=Limits(max_rows=settings.max_rows, max_bytes=settings.max_result_bytes))


# --- commands ---------------------------------------------------------------


def cmd_load(args: argparse.Namespace, settings: Settings) -> int:
    from .graph.ingest import load_paths  # (here: the loaders take a while to import, and only loading needs them)

    store = _open(settings)
    report = load_paths(store, args.paths, iris=Iris(settings.base_iri), progress=_progress(),
                        threshold=settings.recurrence_threshold, bulk=args.bulk)
    print_report(report)
    return 0 if report.ok else 1


def print_report(report: LoadReport) -> None:
    for item in report.loaded:
        c = item.counts
        print(f"{item.path}: {c['paragraphs']} paragraphs, {c['recommendations']} "
              f"recommendations, {c['resolutions']} resolution, {c['articles']} article and "
              f"{c['documents']} document citations, {c['triples']} triples"
              + (f"; {c['unplaced']} blocks of text outside numbered paragraphs kept unplaced"
                 if c["unplaced"] else "")
              + (f"; no paragraph {', '.join(map(str, item.skipped))}: the numbering jumps there "
                 "(any text of it is in the paragraph before)" if item.skipped else ""))
        if item.replaced:
            print(f"{item.path}: same document as {item.replaced}, which it replaces",
                  file=sys.stderr)
        for doubt in item.doubts:
            print(f"{PROG}: warning: {item.path}: {doubt}", file=sys.stderr)
    for failure in report.failed:
        print(f"{PROG}: error: {failure.path}: {failure.reason}", file=sys.stderr)
    if report.interrupted:
        print("an earlier load into this store was interrupted: threads and search index computed again")
    print(f"loaded {len(report.loaded)} document{'s' if len(report.loaded) != 1 else ''}"
          + (f", {len(report.failed)} failed" if report.failed else ""))
    if report.threads and report.loaded:
        t = report.threads
        print(f"recurrence: {t.items} recommendations, {t.links} links, {t.threads} threads")
    if report.symbols and (report.symbols.found or report.symbols.conflicting):
        found, conflicting = report.symbols.found, report.symbols.conflicting
        print(f"symbols: {found} report{'s' if found != 1 else ''} without one in its text got it from another "
              "document or the reference data (query documents: symbol_from)"
              + (f"; {conflicting} left without one: their sources disagree" if conflicting else ""))


def _progress() -> Callable[[int, int, Path], None] | None:
    """A progress bar on standard error when it is a terminal and there are many documents."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, path: Path) -> None:
        if total < PROGRESS_FROM:
            return
        width = 30
        filled = width * done // max(total, 1)
        end = "\n" if done == total else ""
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} "
                         f"{path.name[:40]:<40}{end}")
        sys.stderr.flush()

    return show


def cmd_query(args: argparse.Namespace, settings: Settings) -> int:
    stdin_text = sys.stdin.read() if args.query == "-" else None
    named = queries.resolve(args.query, stdin_text=stdin_text)
    bound = parameters.parse(args.param)
    store = _guarded(settings)
    result = store.query(named.text, params=bound, inputs=named.inputs)
    write_result(result, _stdout(), format=ResultFormat(args.format), base_iri=settings.base_iri)
    return 0


def cmd_queries(args: argparse.Namespace, settings: Settings) -> int:
    for named in queries.library().values():
        params = ", ".join(p.name for p in named.parameters)
        print(f"{named.name:<26} {named.title}" + (f"  [params: {params}]" if params else ""))
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from . import server

    location = _location(settings)
    store: GraphStore | None = open_store(location, timeout=settings.query_timeout)
    assert store is not None
    if store.is_empty():
        from .graph.ingest import BUNDLED_REPORTS, load_paths

        print(f"The store {location} is empty: loading the bundled reports …",
              file=sys.stderr)
        report = load_paths(store, [BUNDLED_REPORTS], iris=Iris(settings.base_iri),
                            threshold=settings.recurrence_threshold)
        print_report(report)
    elif not isinstance(location, Endpoints) and store.load_interrupted():
        from .graph.ingest import load_paths

        print(f"A load into {location} was interrupted: computing the threads and the "
              "search index again …", file=sys.stderr)
        load_paths(store, [], iris=Iris(settings.base_iri), threshold=settings.recurrence_threshold)
    if not isinstance(location, Endpoints):
        # Serve from read-only views, so that `uncac-kg load` can write to the store meanwhile.
        if latest_snapshot(location) is None:
            store.publish()
        del store
        gc.collect()
        store = GraphStore.open(location, create=False, read_only=True) if settings.http_workers <= 1 else None
    from .api import assets

    for problem in assets.ensure(settings.assets):
        print(f"{PROG}: warning: the pages (/query, /views, /docs) will lack {problem}", file=sys.stderr)
    url = f"http://{settings.host}:{settings.port}"
    print(f"Serving the graph at {url}/ — SPARQL endpoint {url}/sparql, API docs {url}/docs",
          flush=True)
    server.serve(settings, store=store)
    return 0


def cmd_dump(args: argparse.Namespace, settings: Settings) -> int:
    store = _open(settings, create=False)
    store.dump(_stdout(), format=DumpFormat(args.format))
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    store = _open(settings, create=False)
    stats = store.stats().as_dict()
    print("\n".join(f"{name:<22} {value}" for name, value in stats.items()))
    return 0


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    from .graph.store.validate import validate

    store = _open(settings, create=False)
    report = validate(store)
    for violation in report.violations:
        print(violation)
    verdict = "conforms" if report.conforms else f"does not conform: {len(report.violations)} violations"
    print(f"{report.triples} triples checked: the graph {verdict}")
    return 0 if report.conforms else 1


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from .graph.output.formats import write_view
    from .graph.output.views import build

    view = View(args.view)
    sparql = None
    if args.query:
        try:
            sparql = Path(args.query).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise OSError(f"query file {args.query}: {getattr(error, 'strerror', None) or error}") from error
    elif view is View.CUSTOM:
        raise UsageError("the custom view needs --query FILE.rq")
    fmt = Format(args.format)
    if fmt is Format.CSV:  # two tables, one file: a ZIP, and said so
        if args.output and not args.output.lower().endswith(".zip"):
            stem = args.output[:-4] if args.output.lower().endswith(".csv") else args.output
            raise UsageError(f"--format csv writes a ZIP archive of nodes.csv and edges.csv, not one CSV: "
                             f"name it {stem}.zip (-o {stem}.zip)")
        if not args.output and sys.stdout.isatty():
            raise UsageError("--format csv writes a ZIP archive of nodes.csv and edges.csv: give -o FILE.zip")
    graph = build(_guarded(settings), view, sparql=sparql)
    if args.output:
        with open(args.output, "wb") as handle:
            write_view(graph, handle, format=fmt)
        what = " (a ZIP of nodes.csv and edges.csv)" if fmt is Format.CSV else ""
        print(f"{args.output}: {view.value} view, {graph.number_of_nodes()} nodes, "
              f"{graph.number_of_edges()} edges{what}", file=sys.stderr)
    else:
        write_view(graph, _stdout(), format=fmt)
    return 0


def cmd_recurrences(args: argparse.Namespace, settings: Settings) -> int:
    from .graph.derived import recurrence
    from .graph.output import timeline

    threshold = settings.recurrence_threshold if args.min_score is None else args.min_score
    if not 0 < threshold <= 1:
        raise UsageError(f"--min-score {threshold}: must be in (0, 1]")
    store = _open(settings, create=False)
    found = recurrence.items(store)
    method: recurrence.Method = "words" if args.words_only else "themes"
    threads = recurrence.threads(found, recurrence.links(found, threshold=threshold, method=method))
    print(timeline.render(threads, threshold=threshold), end="")
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from .graph.read.search import search

    store = _open(settings, create=False)
    found = search(store, args.text, kinds=[SearchKind(k) for k in args.kind or SearchKind], limit=args.limit)
    mapped = "; ".join(f"{en} → {'、'.join(zh)}" for en, zh in found.query.mapped.items())
    print(f"{found.total} hits for {' '.join(found.query.terms)}" + (f" ({mapped})" if mapped else ""))
    for hit in found.hits:
        print(f"{hit.score:7.3f}  {hit.kind.value:<14}  {hit.item.replace(settings.base_iri, 'id:', 1)}\n"
              f"         {hit.marked()}")
    return 0


COMMANDS = {
    "load": cmd_load,
    "query": cmd_query,
    "queries": cmd_queries,
    "serve": cmd_serve,
    "dump": cmd_dump,
    "stats": cmd_stats,
    "validate": cmd_validate,
    "recurrences": cmd_recurrences,
    "export": cmd_export,
    "search": cmd_search,
}
