"""Page images and PDFs → lines of text, each with its page, box and confidence, in reading order.

    sniff      what the input's first bytes say it is (PNG, JPEG, TIFF, WebP, PDF), else None
    images     a page image decoded, with its size checked before it is decoded
    pdf        a PDF's pages: the text layer where there is one, else the page rendered
    engines    the recognisers: RapidOCR (default, models shipped in its wheel), Tesseract (CLI)
    order      reading order of a newspaper page: columns by XY-cut, paragraphs by indent and gap
    scan       all of the above, from bytes to a `Scan`

    types      TextLine, Scan, PageImage, OcrOptions: what ingest gets
    locate     text offsets → line, page, box

Everything heavy (Pillow, numpy, pypdfium2, onnxruntime) is imported inside functions, and this
package imports nothing itself: a run on a text file loads `sniff` alone (`python -X importtime`).
"""
