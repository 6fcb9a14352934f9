"""The notebooks' plots draw what their tables say."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from toolkit import plots


def labels(ax: plt.Axes) -> list[tuple[float, str]]:
    return sorted((text.get_position()[0], text.get_text()) for text in ax.texts
                  if text.get_text())  # not the arrows, annotations without words


def test_relay_chains_draw_each_hop_once() -> None:
    chains = pd.DataFrame({
        "speaker": ["Armenia Ministry of Defence", "a resident"],
        "via": ["TASS", "Reuters"],
        "outlet": ["TRT World", "Reuters"],
    })
    ax = plots.relay_chains(chains)
    # a resident who told Reuters, in a Reuters story, is published by Reuters, relayed by none
    assert labels(ax) == [(0.0, "Armenia Ministry of Defence"), (0.0, "a resident"),
                          (1.0, "TASS"), (2.0, "Reuters"), (2.0, "TRT World")]
    plt.close(ax.figure)
