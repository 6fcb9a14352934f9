"""Speed of the attribution stage against spaCy's blank English tokenizer, same texts.

Run: `.venv/bin/python bench/attribution_speed.py [N [PAIRS]]`. Texts: PolNeAR train texts when
`../shared/eval/polnear/train/text` exists (read in place, never copied), else the seed
repeated. Each pair times one cold pass of each system over the texts, one right after the
other: a new spaCy tokenizer (its cache of strings empty) and an attribution stage that has
forgotten the mentions it resolved, as for a new corpus. The machine's speed drifts by a third
over minutes, so a pair's two passes are compared with each other, and the median of PAIRS
pairs (default 5) is the figure; every pair's ratio is printed too. The target is a ratio of
at most 1.
"""

from __future__ import annotations

import statistics
import sys
import time

import spacy

from toolkit.attribution import _appositive_name, _mention_gender, extract_attributions, lexicon
from toolkit.packs import Pack, load_pack
from toolkit.paths import data_dir, eval_dir
from toolkit.sentences import split_sentences
from toolkit.zones import zone_article


def texts(limit: int) -> tuple[str, list[str]]:
    """The benchmark texts and where they come from."""
    folder = eval_dir() / "polnear" / "train" / "text"
    if folder.is_dir():
        paths = sorted(folder.glob("*.txt"))[:limit]
        return f"{len(paths)} PolNeAR train texts", [p.read_text(encoding="utf-8")
                                                      for p in paths]
    seed = (data_dir() / "articles" / "000_cc3c80c0ca6af665.txt").read_text(encoding="utf-8")
    return f"the seed x {limit}", [seed] * limit


def _forget(pack: Pack) -> None:
    """Empty the attribution stage's caches of mentions, as a new process would have them."""
    lexicon(pack).speakers.clear()
    _appositive_name.cache_clear()
    _mention_gender.cache_clear()


def main(limit: int = 500, pairs: int = 5) -> None:
    """Print the timings."""
    source, corpus = texts(limit)
    pack = load_pack()
    prepared = []
    for text in corpus:
        paragraphs = zone_article(text, pack).paragraphs
        prepared.append((text, paragraphs, split_sentences(text, paragraphs)))
    extract_attributions(*prepared[0], pack)  # compile the pack's patterns once
    ratios = []
    for pair in range(pairs):
        nlp = spacy.blank("en")
        t0 = time.perf_counter()
        for _ in nlp.pipe(corpus):
            pass
        tokenizer = time.perf_counter() - t0
        _forget(pack)
        t0 = time.perf_counter()
        found = sum(len(extract_attributions(t, p, s, pack)) for t, p, s in prepared)
        attribution = time.perf_counter() - t0
        ratios.append(attribution / tokenizer)
        print(f"pair {pair + 1}: spaCy blank('en') tokenizer {tokenizer:.3f} s, attribution "
              f"stage {attribution:.3f} s, ratio {ratios[-1]:.2f}")
    chars = sum(map(len, corpus))
    print(f"texts: {source} ({chars:,} characters); attributions found: {found:,}")
    print(f"ratio, median of {pairs} pairs: {statistics.median(ratios):.2f} "
          f"(range {min(ratios):.2f}-{max(ratios):.2f}; target <= 1)")
    t0 = time.perf_counter()
    unclosed = "Title\n\n" + '"' + "word " * 40_000
    paragraphs = zone_article(unclosed, pack).paragraphs
    extract_attributions(unclosed, paragraphs, split_sentences(unclosed, paragraphs), pack)
    print(f"200 KB paragraph with an unclosed quote: {time.perf_counter() - t0:.3f} s")


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
