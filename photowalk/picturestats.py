"""Measures a decoded thumbnail for culling: a perceptual hash, sharpness and brightness.

Runs in the import's worker threads on the thumbnail it has just made (256 px), so it costs
about a millisecond a photo: a few Pillow calls in C, no second decode.
"""

from __future__ import annotations

from PIL import Image, ImageFilter, ImageStat

from photowalk.photo import PictureStats

HASH_SIDE = 8  # an 8 x 8 difference hash: 64 bits
# The 4-neighbour Laplacian; offset 128 keeps negative responses in 8 bits.
_LAPLACIAN = ImageFilter.Kernel((3, 3), (0, 1, 0, 1, -4, 1, 0, 1, 0), scale=1, offset=128)


def picture_stats(image: Image.Image) -> PictureStats:
    """The difference hash, the variance of the Laplacian and the mean grey level of a thumbnail."""
    grey = image.convert("L")
    brightness = float(ImageStat.Stat(grey).mean[0])
    # A picture smaller than the kernel has no edges to measure.
    sharpness = float(ImageStat.Stat(grey.filter(_LAPLACIAN)).var[0]) if min(grey.size) >= 3 else 0.0
    return PictureStats(difference_hash(grey), round(sharpness, 2), round(brightness, 2))


def difference_hash(image: Image.Image) -> int:
    """A 64-bit dHash: each bit says whether a cell of a 9 x 8 grey miniature is darker than its right neighbour.

    Small changes (another JPEG quality, a slight blur, a little exposure) flip few bits.
    """
    small = image.convert("L").resize((HASH_SIDE + 1, HASH_SIDE), Image.Resampling.BOX)
    px = small.tobytes()
    bits = 0
    for row in range(HASH_SIDE):
        base = row * (HASH_SIDE + 1)
        for col in range(HASH_SIDE):
            bits = (bits << 1) | (px[base + col] < px[base + col + 1])
    return bits


def hash_distance(a: int, b: int) -> int:
    """How many of the 64 bits differ."""
    return (a ^ b).bit_count()
