"""Where the project's files are, found through the package rather than the working directory.

nbval starts each notebook's kernel in the notebook's folder, and researchers run notebooks
from anywhere; asking the package keeps every notebook's paths the same.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The sample corpus folder: ``$TOOLKIT_DATA`` if set, else the repository's ``data/``.

    Examples:
        >>> (data_dir() / "articles").is_dir()
        True
    """
    return Path(os.environ.get("TOOLKIT_DATA", ROOT / "data"))


def eval_dir() -> Path:
    """The gold corpora for evaluation (``$TOOLKIT_EVAL`` or ``../shared/eval``); may be absent."""
    return Path(os.environ.get("TOOLKIT_EVAL", ROOT.parent / "shared" / "eval"))
