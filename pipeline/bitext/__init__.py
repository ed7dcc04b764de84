"""Alignment of a given English translation with its Chinese original.

`english` splits the English, `dp` is the Gale–Church dynamic programme, `anchors`
scores links by shared numbers, terms, names and dictionary words, and `bitext`
puts them together on a Document. `pipeline align` (pipeline/commands/align.py)
is the command.
"""
