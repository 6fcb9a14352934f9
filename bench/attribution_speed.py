"""Speed of the attribution stage against spaCy's blank English tokenizer, same texts.

Run: `.venv/bin/python bench/attribution_speed.py [N]`. Texts: PolNeAR train texts when
`../shared/eval/polnear/train/text` exists (read in place, never copied), else the seed
repeated. Prints both timings and their ratio; the target is a ratio of at most 1.
"""

from __future__ import annotations

import sys
import time

import spacy

from toolkit.attribution import extract_attributions
from toolkit.packs import load_pack
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


def main(limit: int = 500) -> None:
    """Print the timings."""
    source, corpus = texts(limit)
    pack = load_pack()
    prepared = []
    for text in corpus:
        paragraphs = zone_article(text, pack).paragraphs
        prepared.append((text, paragraphs, split_sentences(text, paragraphs)))
    nlp = spacy.blank("en")
    list(nlp.pipe(corpus[:20]))
    t0 = time.perf_counter()
    for _ in nlp.pipe(corpus):
        pass
    tokenizer = time.perf_counter() - t0
    extract_attributions(*prepared[0], pack)
    t0 = time.perf_counter()
    found = sum(len(extract_attributions(t, p, s, pack)) for t, p, s in prepared)
    attribution = time.perf_counter() - t0
    chars = sum(map(len, corpus))
    print(f"texts: {source} ({chars:,} characters); attributions found: {found:,}")
    print(f"spaCy blank('en') tokenizer: {tokenizer:.3f} s")
    print(f"attribution stage:           {attribution:.3f} s "
          f"(ratio {attribution / tokenizer:.2f}; target <= 1)")
    t0 = time.perf_counter()
    unclosed = "Title\n\n" + '"' + "word " * 40_000
    paragraphs = zone_article(unclosed, pack).paragraphs
    extract_attributions(unclosed, paragraphs, split_sentences(unclosed, paragraphs), pack)
    print(f"200 KB paragraph with an unclosed quote: {time.perf_counter() - t0:.3f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
