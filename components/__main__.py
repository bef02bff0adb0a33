"""Command line: ``python -m components extract FILE... [--out PATH]`` and ``evaluate [FOLDER]``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from components.pipeline import extract_files
from components.records import to_json


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m components")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract places and movements from article files as JSON")
    extract.add_argument("files", nargs="+")
    extract.add_argument("--out", help="write the JSON here instead of stdout")
    evaluate = commands.add_parser("evaluate", help="score the extractor on an annotated folder")
    evaluate.add_argument("folder", nargs="?", default="tests/golden")
    args = parser.parse_args(argv)

    if args.command == "evaluate":
        from components.evaluate import evaluate as run_evaluation
        from components.evaluate import report

        print(report(run_evaluation(Path(args.folder))))
        return 0

    if args.command == "extract":
        try:
            articles = extract_files(args.files)
        except (OSError, UnicodeDecodeError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        payload = json.dumps(to_json(articles), ensure_ascii=False, indent=1)
        if args.out:
            with open(args.out, "w", encoding="utf-8") as handle:
                handle.write(payload + "\n")
        else:
            sys.stdout.write(payload + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
