"""Small engines and wrappers that stack on any engine."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.engines import Request, Translation

if TYPE_CHECKING:
    from pipeline.engines import EngineDeps


class IdentityEngine:
    """Returns the Chinese unchanged: for testing the plumbing, never for reading."""

    name = "identity"

    def __init__(self, deps: EngineDeps | None = None, **options: object) -> None:
        pass

    def translate(self, requests: Sequence[Request]) -> list[Translation]:
        return [Translation(r.zh, self.name) for r in requests]
