"""The command line: ``python -m toolkit parse INPUT... --out DIR``.

Exit codes: 0 when every input was parsed or recorded in ``errors``; 2 on a usage error (no
input, an input path that does not exist, no ``--out``, a bad option value).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from toolkit.engines import ENGINES, parse_to_parquet


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``python -m toolkit``."""
    parser = argparse.ArgumentParser(
        prog="python -m toolkit",
        description="Parse news articles into tidy Parquet tables (see README.md).")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser(
        "parse", help="parse articles into DIR/<table>.parquet and DIR/manifest.json")
    parse.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="article files or folders (txt, html, json, jsonl, csv)")
    parse.add_argument("--out", required=True, metavar="DIR", help="output folder")
    parse.add_argument("--metadata", metavar="CSV",
                       help="CSV with a 'file' or 'article_id' column plus outlet, url, "
                            "published, language, headline")
    parse.add_argument("--jobs", type=_positive, default=1, metavar="N",
                       help="worker processes (default 1)")
    parse.add_argument("--engine", choices=ENGINES, default="local")
    parse.add_argument("--scheduler", metavar="ADDRESS",
                       help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 "
                            "(with --engine dask; default: a local cluster)")
    parse.add_argument("--pack", metavar="NAME_OR_DIR", help="domain pack (default: bundled)")
    parse.add_argument("--no-text", action="store_true",
                       help="leave articles.text empty, to share coded data without the text")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: the process arguments); return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    missing = [p for p in args.inputs if not Path(p).exists()]
    if missing:
        parser.print_usage(sys.stderr)
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.metadata and not Path(args.metadata).is_file():
        print(f"error: no such metadata file: {args.metadata}", file=sys.stderr)
        return 2
    manifest = parse_to_parquet(
        args.inputs, args.out, metadata=args.metadata, pack=args.pack, jobs=args.jobs,
        engine=args.engine, scheduler=args.scheduler, text=not args.no_text,
        progress=sys.stderr.isatty())
    rows = manifest["rows"]
    print(f"{rows['articles']} articles, {rows['errors']} errors -> {args.out}")
    return 0


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


if __name__ == "__main__":
    raise SystemExit(main())
