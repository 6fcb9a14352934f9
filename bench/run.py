"""Speed and memory of the whole pipeline: the figures the README reports.

Run: `make bench` (or `.venv/bin/python bench/run.py [--quick]`). The corpus is built in a
temporary folder from real text: the PolNeAR train texts when `../shared/eval/polnear/train`
is there (read in place; copies go to the temporary folder only, never the repository), else
the sample article. Printed figures:

1. `load_corpus(folder, jobs=1)` against reading the same files and running spaCy's blank
   English pipeline with a sentencizer through a warm `nlp.pipe`, same run (target: at most 3x);
2. 2 processes against 1 on 2,000 articles (target: at least 1.7x faster);
3. 10x the articles in 10-12x the time (linear);
4. peak memory of the whole process tree while the CLI streams 2,000 and 20,000 articles to
   Parquet (target: under 1 GB at 20,000).

The three timings of 1 and 2 are each the fastest of ``--repeat`` runs (3 by default, as
`timeit` does), taken in turns, so that a busy moment of a shared machine does not decide a
ratio.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil
import spacy

from toolkit import load_corpus
from toolkit.paths import data_dir, eval_dir


def source_texts() -> tuple[str, list[str]]:
    """Real article texts to build corpora from, and where they come from."""
    folder = eval_dir() / "polnear" / "train" / "text"
    if folder.is_dir():
        paths = sorted(folder.glob("*.txt"))
        return f"PolNeAR train ({len(paths)} texts)", [p.read_text(encoding="utf-8")
                                                        for p in paths]
    seed = (data_dir() / "articles" / "000_cc3c80c0ca6af665.txt").read_text(encoding="utf-8")
    return "the sample article", [seed]


def build(folder: Path, texts: list[str], n: int) -> Path:
    """Write ``n`` articles (the texts, cycled) as files of a corpus folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:06d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    return folder


def spacy_baseline(folder: Path) -> float:
    """Seconds to read the files and run blank('en') + sentencizer through a warm nlp.pipe."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    list(nlp.pipe(["Warm up. The pipeline."] * 10))
    started = time.perf_counter()
    texts = (p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    for _ in nlp.pipe(texts):
        pass
    return time.perf_counter() - started


def timed_load(folder: Path, jobs: int) -> float:
    """Seconds for load_corpus(folder, jobs=jobs)."""
    started = time.perf_counter()
    load_corpus(folder, jobs=jobs, progress=False)
    return time.perf_counter() - started


def peak_memory_of_cli(folder: Path, out: Path, jobs: int) -> tuple[float, float]:
    """(seconds, peak MB of the process tree) for `python -m toolkit parse folder --out out`."""
    command = [sys.executable, "-m", "toolkit", "parse", str(folder), "--out", str(out),
               "--jobs", str(jobs)]
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                tree = [process, *process.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    process.wait()
    done.set()
    sampler.join()
    return time.perf_counter() - started, peak / 2**20


def main() -> None:
    """Build the corpora, run every measurement, print a table of figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora (200/2,000)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each timing of the small corpus; the fastest counts")
    args = parser.parse_args()
    small, large = (200, 2_000) if args.quick else (2_000, 20_000)
    name, texts = source_texts()
    print(f"command: python bench/run.py{' --quick' if args.quick else ''} "
          f"--repeat {args.repeat}")
    print(f"texts: {name}; machine: {psutil.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        small_dir = build(root / "small", texts, small)
        runs = [(spacy_baseline(small_dir), timed_load(small_dir, 1), timed_load(small_dir, 2))
                for _ in range(args.repeat)]
        baseline, one, two = (min(column) for column in zip(*runs, strict=True))
        print(f"\n{small:,} articles (fastest of {args.repeat} runs)")
        print(f"  spaCy blank('en') + sentencizer, reading included: {baseline:7.2f} s "
              f"({small / baseline:,.0f} articles/s)")
        print(f"  load_corpus(jobs=1):                               {one:7.2f} s "
              f"({small / one:,.0f} articles/s) -> {one / baseline:.2f}x spaCy (target <= 3)")
        print(f"  load_corpus(jobs=2):                               {two:7.2f} s "
              f"-> speed-up {one / two:.2f} (target >= 1.7)")
        seconds_small, memory_small = peak_memory_of_cli(small_dir, root / "out_small", 2)
        print(f"  CLI --jobs 2: {seconds_small:.1f} s, peak memory of the process tree "
              f"{memory_small:,.0f} MB")
        large_dir = build(root / "large", texts, large)
        seconds_large, memory_large = peak_memory_of_cli(large_dir, root / "out_large", 2)
        print(f"\n{large:,} articles")
        print(f"  CLI --jobs 2: {seconds_large:.1f} s, peak memory of the process tree "
              f"{memory_large:,.0f} MB (target < 1,024 MB)")
        print(f"  10x articles took {seconds_large / seconds_small:.1f}x the time "
              f"(target 10-12x)")
        shutil.rmtree(root / "out_large", ignore_errors=True)


if __name__ == "__main__":
    main()
