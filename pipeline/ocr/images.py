"""Page images: decoded with Pillow, their size checked from the header before any pixel is
decoded, and turned into what the reader's HTML shows beside the text."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from pipeline.errors import InputError
from pipeline.ocr.types import PageImage

if TYPE_CHECKING:
    from PIL.Image import Image

#: The largest page decoded, in pixels: an A3 newspaper page at 400 dpi is ~31 million; a larger
#: image is more likely a mistake (or a decompression bomb) than a page, and would need many GB.
MAX_PIXELS = 60_000_000
#: Formats a browser shows as they are: copied beside the HTML unchanged.
BROWSER_FORMATS = {"png": "png", "jpeg": "jpg", "webp": "webp"}
#: The reader's image of a rendered or converted page: JPEG of at most this width.
READER_WIDTH, READER_QUALITY = 1600, 80
#: A page whose darkest and lightest pixels are closer than this (of 255) holds no ink.
BLANK_RANGE = 24


def check_size(width: int, height: int, name: str) -> None:
    if width * height > MAX_PIXELS:
        raise InputError(f"{name}: the page is {width} × {height} pixels, more than the "
                         f"{MAX_PIXELS // 1_000_000} million read; scale it down (300 dpi is plenty)")
    if width < 8 or height < 8:
        raise InputError(f"{name}: the image is only {width} × {height} pixels; give a page image")


def open_image(data: bytes, name: str, kind: str) -> Image:
    """The image, decoded and upright (EXIF orientation applied), in RGB on white; of a
    multi-page TIFF, the first page."""
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    try:
        with PILImage.open(io.BytesIO(data)) as probe:
            check_size(*probe.size, name)
    except (UnidentifiedImageError, PILImage.DecompressionBombError, OSError, ValueError,
            SyntaxError) as e:
        if isinstance(e, PILImage.DecompressionBombError):
            raise InputError(f"{name}: the image is far too large to be a page (the limit is "
                             f"{MAX_PIXELS // 1_000_000} million pixels); scale it down "
                             "(300 dpi is plenty)") from None
        why = "" if isinstance(e, UnidentifiedImageError) else f" ({_first_line(e)})"
        raise InputError(f"{name}: not a readable {kind.upper()} image: corrupt, truncated, or "
                         f"not an image at all{why}") from None
    try:
        img = PILImage.open(io.BytesIO(data))
        img.load()
        upright = ImageOps.exif_transpose(img)
        if upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info:
            paper = PILImage.new("RGBA", upright.size, "white")  # transparent is paper, not ink
            return PILImage.alpha_composite(paper, upright.convert("RGBA")).convert("RGB")
        return upright.convert("RGB")
    except (OSError, ValueError, SyntaxError, EOFError) as e:  # truncated or corrupt pixel data
        raise InputError(f"{name}: the {kind.upper()} image is corrupt or truncated "
                         f"({_first_line(e)})") from None


def _first_line(e: BaseException) -> str:
    return (str(e).splitlines() or [type(e).__name__])[0]


def reader_image(page: int, img: Image, original: bytes | None = None, kind: str = "") -> PageImage:
    """The page for the HTML: the input file itself where a browser shows it (and no rotation
    was applied), else a JPEG of at most READER_WIDTH pixels."""
    width, height = img.size
    if original is not None and kind in BROWSER_FORMATS and _same_size(original, img):
        return PageImage(page, width, height, original, BROWSER_FORMATS[kind])
    small = img
    if width > READER_WIDTH:
        small = img.resize((READER_WIDTH, round(height * READER_WIDTH / width)))
    buf = io.BytesIO()
    small.convert("RGB").save(buf, "JPEG", quality=READER_QUALITY)
    return PageImage(page, width, height, buf.getvalue(), "jpg")


def _same_size(original: bytes, img: Image) -> bool:
    """Whether the file as stored has the size of the upright image (no EXIF rotation)."""
    from PIL import Image as PILImage

    with PILImage.open(io.BytesIO(original)) as probe:
        orientation = probe.getexif().get(0x0112, 1)
        return probe.size == img.size and orientation in (1, None)


def is_blank(img: Image) -> bool:
    """A page with no ink: every pixel within a few levels of the page's median."""
    lo, hi = img.convert("L").getextrema()
    assert isinstance(lo, int) and isinstance(hi, int)
    return hi - lo < BLANK_RANGE
