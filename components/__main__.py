"""Command line.

    python -m components extract FILE... [--out PATH] [--engine dask [--scheduler ADDRESS]]
                                                         JSON of places and movements (stateless)
    python -m components ingest PATH... [--store URL]   add files or folders to the store
    python -m components reextract [--store URL]        re-run extraction on the stored articles
    python -m components evaluate [FOLDER]              score against an annotated golden set
    python -m components bench [--articles N]           speed and memory figures
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _extract(args: argparse.Namespace) -> int:
    if args.engine == "dask":
        from components.batch import extract_paths

        results = extract_paths(args.files, scheduler=args.scheduler, workers=args.workers)
    else:
        from components.batch import extract_one

        results = [extract_one(path) for path in args.files]
    for result in results:
        if "error" in result:
            print(f"error: {result['error']}", file=sys.stderr)
    articles = [r for r in results if "error" not in r]
    payload = json.dumps({"articles": articles}, ensure_ascii=False, indent=1) + "\n"
    if args.out:
        Path(args.out).write_text(payload, encoding="utf-8")
    else:
        sys.stdout.write(payload)
    return 1 if len(articles) < len(results) else 0


def _ingest(args: argparse.Namespace) -> int:
    from components.store import Store

    with Store.open(args.store) as store:
        outcomes = store.ingest_paths(args.paths)
    for outcome in outcomes:
        print(f"{outcome.status:9} {outcome.path}: {outcome.message}")
    counts = {status: sum(o.status == status for o in outcomes) for status in ("added", "duplicate", "rejected")}
    print(f"{counts['added']} added, {counts['duplicate']} already stored, {counts['rejected']} rejected.")
    return 1 if counts["rejected"] else 0


def _reextract(args: argparse.Namespace) -> int:
    from components.store import Store

    with Store.open(args.store) as store:
        count = store.reextract()
    print(f"Re-extracted {count} article(s); analysts' corrections kept.")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from components.evaluate import evaluate, report

    print(report(evaluate(Path(args.folder))))
    return 0


def _bench(args: argparse.Namespace) -> int:
    from components.bench import run

    print(run(args.articles, args.map_articles))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m components")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract places and movements from article files as JSON")
    extract.add_argument("files", nargs="+")
    extract.add_argument("--out", help="write the JSON here instead of stdout")
    extract.add_argument("--engine", choices=("local", "dask"), default="local",
                         help="dask: spread the files over a Dask cluster (same output)")
    extract.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    extract.add_argument("--workers", type=int, default=2, help="processes of the local Dask cluster")
    extract.set_defaults(run=_extract)
    ingest = commands.add_parser("ingest", help="add article files or folders to the store")
    ingest.add_argument("paths", nargs="+")
    ingest.add_argument("--store", help="store path, sqlite:/// or postgresql:// URL "
                        "(default: $LIBYA_MAP_DATA_DIR/store.sqlite3)")
    ingest.set_defaults(run=_ingest)
    reextract = commands.add_parser("reextract", help="re-run extraction on every stored article")
    reextract.add_argument("--store")
    reextract.set_defaults(run=_reextract)
    evaluate = commands.add_parser("evaluate", help="score the extractor on an annotated folder")
    evaluate.add_argument("folder", nargs="?", default="tests/golden")
    evaluate.set_defaults(run=_evaluate)
    bench = commands.add_parser("bench", help="print speed and memory figures on a generated corpus")
    bench.add_argument("--articles", type=int, default=10_000)
    bench.add_argument("--map-articles", type=int, default=1_000)
    bench.set_defaults(run=_bench)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
