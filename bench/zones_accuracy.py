"""Zone accuracy (paragraph level) on the outlet-style test articles and the seed; speed.

Run: `.venv/bin/python bench/zones_accuracy.py [EVAL_DIR]`. Prints per-article accuracy, the
overall figure the README quotes, and zoning + sentence splitting time against spaCy's blank
English tokenizer with a sentencizer on the same texts. When the PolNeAR dev texts are under
EVAL_DIR (default ``../shared/eval``), it also prints how their paragraphs are zoned: they have
no zone gold, so this only shows how often the non-body rules fire on unseen news text.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_zones import SEED, SEED_ZONES
from tests.zone_fixtures import all_fixtures, load
from toolkit.sentences import split_sentences
from toolkit.zones import zone_article


def main() -> None:
    """Print the accuracy table and the speed comparison."""
    cases = [("seed (TRT World)", SEED, SEED_ZONES)]
    cases += [(p.stem, *load(p)) for p in all_fixtures()]
    right = total = 0
    print(f"{'article':<22}{'paragraphs':>11}{'correct':>9}")
    for name, text, expected in cases:
        found = [p["zone"] for p in zone_article(text).paragraphs]
        hits = sum(a == b for a, b in zip(found, expected, strict=False))
        right, total = right + hits, total + len(expected)
        print(f"{name:<22}{len(expected):>11}{hits:>9}")
    print(f"overall zone accuracy: {right}/{total} = {right / total:.3f}")

    texts = [SEED] * 500
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    list(nlp.pipe(texts[:20]))
    t0 = time.perf_counter()
    list(nlp.pipe(texts))
    spacy_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for text in texts:
        split_sentences(text, zone_article(text).paragraphs)
    ours = time.perf_counter() - t0
    print(f"500 x seed: spaCy blank+sentencizer {spacy_s:.3f} s; zones+sentences {ours:.3f} s "
          f"({ours / spacy_s:.2f}x)")
    eval_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[2] / "shared/eval"
    unseen_distribution(eval_dir / "polnear" / "dev" / "text")


def unseen_distribution(folder: Path) -> None:
    """Zone and rule counts on news texts without zone gold (skipped when absent)."""
    files = sorted(folder.glob("*.txt"))
    if not files:
        print(f"no texts under {folder}: unseen-text distribution skipped")
        return
    counts: Counter[tuple[str, str]] = Counter()
    for path in files:
        for p in zone_article(path.read_text(encoding="utf-8")).paragraphs:
            counts[(p["zone"], p["rule"])] += 1
    total = sum(counts.values())
    print(f"PolNeAR dev ({len(files)} texts, {total} paragraphs, no zone gold):")
    for (zone, rule), n in counts.most_common():
        print(f"  {zone:<12}{rule:<26}{n:>6} ({n / total:.1%})")


if __name__ == "__main__":
    main()
