"""Page chrome around an HTML release is kept as chrome sections, not dropped."""

from __future__ import annotations

import pytest

import prparse
from prparse._coverage import visible_text

EXAMPLES_VISIBLE_TEXT = [
    ("<nav><a href='/'>Home</a> | <a>News</a></nav>", "Home | News"),
    ("<script>var x = '<p>not text</p>';</script><p>Shown</p>", "Shown"),
    ("<style>p { color: red }</style><!-- a comment --> &amp; more", "& more"),
    ("<noscript>Enable JS</noscript>", ""),
    ("<script>never closed", ""),
    ("", ""),
]


@pytest.mark.parametrize(("markup", "expected"), EXAMPLES_VISIBLE_TEXT)
def test_visible_text(markup: str, expected: str) -> None:
    assert visible_text(markup) == expected


def test_site_menu_around_the_release_is_a_chrome_section() -> None:
    page = (
        "<html><body><nav>Home Markets Contact Us</nav><article>"
        "<h1>Acme Buys Beta for $5 Million</h1>"
        "<p>NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Corp. today announced that it has "
        "agreed to buy Beta Inc. for five million dollars in cash.</p>"
        "</article><footer>Copyright Example Media</footer></body></html>"
    )
    release = prparse.parse(page)
    chrome = [s.text for s in release.sections if s.kind is prparse.SectionKind.CHROME]
    assert any("Home Markets Contact Us" in text for text in chrome)
    assert any("Copyright Example Media" in text for text in chrome)
    assert release.headline == "Acme Buys Beta for $5 Million"
    starts = [s.start for s in release.sections]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    "markup",
    [
        "<SCRIPT>x</Script >Shown<!-- c -->after",
        "<Style>p{}</STYLE>Tail <noscript>n</NOSCRIPT> end",
        "a <template>t</template> b <script>open",
        "a <!-- never closed",
        "a <script>x</script b",
        "\u0130stanbul <SCR\u0130PT>x</script> shown <script>y</script> z",
        "<scr\u0131pt>dotless i is no script</scr\u0131pt> <\u017ftyle>long s</style> kept",
    ],
)
def test_invisible_markup_is_found_in_any_ascii_case(markup: str) -> None:
    from prparse._coverage import _without_invisible, _without_invisible_lowered

    assert _without_invisible(markup) == _without_invisible_lowered(markup)
