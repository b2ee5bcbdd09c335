"""The year's figures: headline numbers (``stats --json``) and breakdown tables. Qt-free."""

from desktop.stats.figures import (
    CaseFigures,
    ClaimFigures,
    LetterFigures,
    YearFigures,
    figures_in,
    to_json_dict,
    year_figures,
)
from desktop.stats.values import Breakdown, Rate

__all__ = [
    "Breakdown", "CaseFigures", "ClaimFigures", "LetterFigures", "Rate", "YearFigures", "figures_in",
    "to_json_dict", "year_figures",
]
