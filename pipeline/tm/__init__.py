"""Translation memory: earlier translations, reused or shown.

    read     TMX 1.4 (the pipeline's own .tmx included) and TSV (zh<TAB>en) files → Units,
             each knowing its file and line; a bad file is one TMError naming file:line
    numbers  a unit whose Chinese differs only in its figures: the English with the new
             figures put in (zh.numbers reads and renders them), or None when unsure
    memory   Memory.lookup(zh): an exact match, a match but for the numbers (substituted and
             checked), or the best fuzzy match (rapidfuzz, score ≥ 75)

The translate stage reuses exact matches (engine "tm", still checked by `pipeline.qa`) and
passes fuzzy ones to the engine as examples and to the reader in the outputs.
"""

from __future__ import annotations

from pipeline.tm.memory import FUZZY_MIN, Match, Memory, load_memory
from pipeline.tm.read import Unit, read_units

__all__ = ["FUZZY_MIN", "Match", "Memory", "Unit", "load_memory", "read_units"]
