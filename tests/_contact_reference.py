"""The labels `_contacts._label_count` counts, as one pattern: the reference its two scans
(labels before colons, social networks' names) are held to."""

from __future__ import annotations

import re

LABEL = re.compile(
    r"""
    \b(?:tel|phone|fax|e-?mail|mobile|cell|telefon|telefax|web\s?(?:site)?|internet|x)
    \b\.?\s*:                                   # a detail's label: `Tel.:`, `E-Mail:`
    | \b(?:twitter|linkedin|facebook|instagram|youtube|tiktok)\b   # social networks, bare
      (?!\.com/(?:watch|shorts|embed)\b)     # not a video's link: `youtube.com/watch?v=`
    """,
    re.IGNORECASE | re.VERBOSE,
)
