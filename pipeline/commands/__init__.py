"""Command groups registered on the CLI in pipeline/cli.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable[..., object])


def pair_options(command: F) -> F:
    """The options of a command that reads a Chinese document beside its English
    (`pipeline align`, `pipeline tm build`): the glossary layers and the clean stage."""
    for option in reversed((
        click.option("--glossary", "glossaries", multiple=True, type=click.Path(path_type=Path),
                     help="Glossary file or folder layered on top of the shipped one (repeatable)."),
        click.option("--no-default-glossary", is_flag=True, help="Do not load the shipped glossary/."),
        click.option("--no-clean", is_flag=True, help="Turn the OCR-repair stage off."),
    )):
        command = option(command)
    return command
