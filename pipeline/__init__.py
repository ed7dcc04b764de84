"""pipeline: Chinese→English bilingual document translation for OCR'd newspaper text."""

__version__ = "0.1.0"
