"""Command line.

    python -m components extract FILE|FOLDER... [--list FILE] [--out PATH] [--engine dask [--scheduler ADDRESS]]
                                                         JSON of places and movements (stateless)
    python -m components ingest PATH... [--store URL] [--engine dask [--scheduler ADDRESS]]
                                                         add files or folders to the store
    python -m components reextract [--store URL] [--stale] [--engine dask [--scheduler ADDRESS]]
                                                         re-run extraction on the stored articles
    python -m components evaluate [FOLDER]              score against an annotated golden set
    python -m components bench [--articles N] [--store URL] [--dask WORKERS] [--browser]   speed and memory figures
    python -m components app [STREAMLIT OPTIONS]        the app (streamlit run app.py), warmed up before the first visit
"""
from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path


def _extract(args: argparse.Namespace) -> int:
    from components.batch import article_items, extract_stream, write_articles

    paths = list(args.files)
    if args.list:
        listing = sys.stdin if args.list == "-" else open(args.list, encoding="utf-8")  # noqa: SIM115
        with listing:
            paths = [*paths, *(line.strip() for line in listing if line.strip())]
    if not paths:
        print("error: no files: name article files or folders, or --list FILE", file=sys.stderr)
        return 2
    results = extract_stream(article_items(paths), engine=args.engine, scheduler=args.scheduler,
                             workers=args.workers, chunk=args.chunk)
    if not args.out:
        _, failed = write_articles(results, sys.stdout, sys.stderr)
        return 1 if failed else 0
    out = Path(args.out)
    partial = out.with_name(out.name + ".partial")  # the file appears whole or not at all
    with partial.open("w", encoding="utf-8") as handle:
        _, failed = write_articles(results, handle, sys.stderr)
    partial.replace(out)
    return 1 if failed else 0


def _ingest(args: argparse.Namespace) -> int:
    from components.batch import dask_client, prepared_on
    from components.store import Store

    counts = {"added": 0, "duplicate": 0, "rejected": 0}
    with Store.open(args.store) as store, ExitStack() as stack:
        spread = None
        if args.engine == "dask":
            spread = prepared_on(stack.enter_context(dask_client(args.scheduler, args.workers)), args.chunk)
        for outcome in store.ingest_each(args.paths, spread=spread):
            print(f"{outcome.status:9} {outcome.path}: {outcome.message}", flush=True)
            counts[outcome.status] += 1
    print(f"{counts['added']} added, {counts['duplicate']} already stored, {counts['rejected']} rejected.")
    return 1 if counts["rejected"] else 0


def _reextract(args: argparse.Namespace) -> int:
    from components.batch import dask_client, extractions_on
    from components.store import Store

    with Store.open(args.store) as store:
        if args.engine == "dask":
            with dask_client(args.scheduler, args.workers) as client:
                count = store.reextract(only_stale=args.stale, spread=extractions_on(client, args.chunk))
        else:
            count = store.reextract(only_stale=args.stale)
    print(f"Re-extracted {count} article(s); analysts' corrections kept.")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from components.evaluate import evaluate, report

    print(report(evaluate(Path(args.folder))))
    return 0


def _bench(args: argparse.Namespace) -> int:
    from components.bench import run

    print(run(args.articles, args.map_articles, store_url=args.store, dask_workers=args.dask,
              batch_count=args.batch_articles, browser=args.browser))
    return 0


def _engine_options(command: argparse.ArgumentParser, what: str) -> None:
    from components.batch import CHUNK

    command.add_argument("--engine", choices=("local", "dask"), default="local",
                         help=f"dask: spread {what} over a Dask cluster (same output)")
    command.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    command.add_argument("--workers", type=int, default=2, help="processes of the local Dask cluster")
    command.add_argument("--chunk", type=int, default=CHUNK, help=f"articles per Dask task (default {CHUNK})")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["app"]:  # its options are Streamlit's (--server.port 8502 ...): passed on untouched
        from components.serve import serve

        return serve(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m components")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("app", help="start the app (streamlit run app.py) and warm it up before the first visit; "
                        "any further options are streamlit run's")
    extract = commands.add_parser("extract", help="extract places and movements from article files as JSON")
    extract.add_argument("files", nargs="*", help="article files, or folders of them (.txt, .html, .htm, .docx)")
    extract.add_argument("--list", metavar="FILE", help="a file naming one article file or folder per line "
                         "('-': standard input), for archives too big for a command line")
    extract.add_argument("--out", help="write the JSON here instead of stdout")
    _engine_options(extract, "the files")
    extract.set_defaults(run=_extract)
    ingest = commands.add_parser("ingest", help="add article files or folders to the store")
    ingest.add_argument("paths", nargs="+")
    ingest.add_argument("--store", help="store path, sqlite:/// or postgresql:// URL (default: $LIBYA_MAP_STORE, "
                        "as the app reads it, else $LIBYA_MAP_DATA_DIR/store.sqlite3)")
    _engine_options(ingest, "reading and extracting the files")
    ingest.set_defaults(run=_ingest)
    reextract = commands.add_parser("reextract", help="re-run extraction on every stored article")
    reextract.add_argument("--store")
    reextract.add_argument("--stale", action="store_true",
                           help="only the articles another version of the extractor read (what the app does at start)")
    _engine_options(reextract, "the stored articles")
    reextract.set_defaults(run=_reextract)
    evaluate = commands.add_parser("evaluate", help="score the extractor on an annotated folder")
    evaluate.add_argument("folder", nargs="?", default="tests/golden")
    evaluate.set_defaults(run=_evaluate)
    bench = commands.add_parser("bench", help="print speed and memory figures on a generated corpus")
    bench.add_argument("--articles", type=int, default=10_000)
    bench.add_argument("--map-articles", type=int, default=1_000)
    bench.add_argument("--store", help="the app's figures on this store URL (e.g. postgresql://...; it must hold no "
                       "articles: the bench's are deleted after) instead of a fresh SQLite file")
    bench.add_argument("--dask", type=int, default=0, metavar="WORKERS",
                       help="also time batch extraction over a folder, alone and on a LocalCluster of WORKERS")
    bench.add_argument("--batch-articles", type=int, default=2_000, help="articles in that folder")
    bench.add_argument("--browser", action="store_true", help="also time the app's first map with --map-articles "
                       "articles in headless Chromium (Debian's chromium and the dev requirements' playwright)")
    bench.set_defaults(run=_bench)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
