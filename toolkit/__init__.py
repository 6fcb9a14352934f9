"""A toolkit for studying news coverage of armed conflicts: articles into tidy tables."""

from toolkit.corpus import Corpus
from toolkit.engines import load_corpus
from toolkit.packs import Pack, load_pack
from toolkit.pipeline import parse_article

__version__ = "0.1.0"

__all__ = ["Corpus", "Pack", "__version__", "load_corpus", "load_pack", "parse_article"]
