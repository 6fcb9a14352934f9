"""Evaluation against hand-coded gold: brat attributions and TimeML time expressions.

``python -m toolkit.evaluate [EVAL_DIR]`` (``make eval``) scores the extractors on the corpora
found in ``EVAL_DIR`` (default ``../shared/eval``): PolNeAR's ``dev`` split (attributions) and
TempEval-3's TimeBank and AQUAINT (time expressions). Each part is skipped, with a message,
when its folder is absent. A researcher's own hand-coded articles are scored the same way with
:func:`evaluate_brat_folder` and :func:`evaluate_timeml`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from toolkit.brat import (
    evaluate_brat_folder,
    evaluate_polnear,
    read_brat,
    score_attributions,
    to_brat,
)
from toolkit.paths import eval_dir
from toolkit.timeml import evaluate_timeml, read_timeml, score_timexes, to_timeml

__all__ = ["evaluate_brat_folder", "evaluate_polnear", "evaluate_timeml", "main", "read_brat",
           "read_timeml", "score_attributions", "score_timexes", "to_brat", "to_timeml"]


def main(argv: list[str] | None = None) -> int:
    """Score every gold corpus found under the evaluation folder; print the tables."""
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else eval_dir()
    pd.set_option("display.width", 120)
    polnear = root / "polnear" / "dev"
    if polnear.is_dir():
        print(f"Attributions, PolNeAR dev ({polnear}):")
        print(evaluate_polnear(polnear).round(3).to_string(), end="\n\n")
    else:
        print(f"skipped attributions: no PolNeAR dev split at {polnear}")
    timeml = root / "timeml"
    if timeml.is_dir():
        print(f"Time expressions, TempEval-3 training data ({timeml}):")
        columns = ["documents", "gold", "found", "strict_f1", "relaxed_p", "relaxed_r",
                   "relaxed_f1", "value_p", "value_r", "value_f1", "type_accuracy"]
        print(evaluate_timeml(timeml)[columns].round(3).to_string())
    else:
        print(f"skipped time expressions: no TimeML folder at {timeml}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
