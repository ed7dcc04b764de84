"""The Chinese-language layer: what the pipeline knows of Chinese, in one place.

Every stage, engine and writer that needs to know about Chinese text asks this layer;
it imports nothing from them (import-linter checks it in `make test`).

- `chars`: the one table of Han and punctuation ranges
- `tokenize`: words (jieba's dictionary, cut by rjieba), glossary terms kept whole
- `cedict`, `lexicon`: CC-CEDICT as a cached index; sense choice by part of speech
- `numbers`: quantities, dates and ordinals, Chinese and English
- `names`: people, titles and places, found and romanised
- `textmap`: text that remembers where each character came from
"""
