"""Property tests of :func:`graphbuilder.clean.clean_text`.

The contract that ``events.jsonl`` offsets rely on: the cleaned text has the
length of the input, every character is either kept or blanked to a space, and
line breaks never move.  Cleaning twice is cleaning once.

Raw HTML given as document text (a scraped page saved as .txt or put into the
``text`` field of JSONL): tags, comments and whole ``<script>``/``<style>``
elements are blanked the same way, so offsets still hold and nothing inside a
script or a style sheet can become an actor; plain text that merely contains
``<`` or ``>`` is left alone.
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuilder.clean import clean_text

FUZZ = settings(max_examples=200, deadline=None, report_multiple_bugs=False,
                suppress_health_check=[HealthCheck.too_slow])

# Invisible characters that split a word for the tokenizer ("Tur\u200bkey") and
# control characters that only ever come from broken input.
INVISIBLE = set(map(chr, [*range(0x09), *range(0x0e, 0x20), *range(0x7f, 0xa0), 0x061c, 0x180e, 0x200b,
                          0x200e, 0x200f, *range(0x202a, 0x202f), *range(0x2060, 0x2065), *range(0x2066, 0x206a),
                          0xfeff]))

PIECES = st.sampled_from([
    # furniture and labels (resources/furniture.txt), bullets, captions
    "Share", "Share on Facebook", "Accessibility links", "Breaking News", "XS", "SM", "LG", "Advertisement",
    "Related stories:", "VOA News", "Turkish troops", "•", " • ", "-", "16x9 Image", "Copyright 2016 VOA",
    "Image credit: Reuters", "Editor's note: this was updated",
    "Photo caption that is long enough to be repeated on the page.",
    # sentences
    "Carter met Erdogan in Ankara on Friday.", "The Iraqi government is opposed to it.", "Turkey", "Iraq said",
    "Erdoğan", "Москва", "الرئيس", "北京",
    # separators, line breaks of every kind, control and invisible characters
    " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028",
    "\u2029", "\x00", "\x1b[31m", "\x7f", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\u00ad",
    # markup and look-alikes
    "<", ">", "<p>", "</p>", "<b", "<p<b>>", "<!--", "-->", "<script>", "</script>", "<style>", "</style>",
    "<a href='x'>", "<br/>", "<!DOCTYPE html>", "&amp;", "&nbsp;", "a < b", "x > y", "<3",
])
TEXTS = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.text(max_size=200),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=30).map("".join),
)


def _check_offsets(text: str, cleaned: str) -> None:
    assert isinstance(cleaned, str) and len(cleaned) == len(text)
    for i, (a, b) in enumerate(zip(text, cleaned)):
        if a in "\n\r":
            assert b == a, (i, a, b)  # line breaks never move
        else:
            assert b == a or b == " ", (i, a, b)  # kept or blanked, never anything else


@FUZZ
@given(TEXTS)
def test_length_kept_characters_kept_or_blanked_newlines_in_place(text):
    _check_offsets(text, clean_text(text))


@FUZZ
@given(TEXTS)
def test_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


@FUZZ
@given(TEXTS)
def test_no_control_or_invisible_characters_survive(text):
    cleaned = clean_text(text)
    assert not INVISIBLE & set(cleaned), sorted(INVISIBLE & set(cleaned))


SENTENCE = st.builds(lambda n, w: f"{w} met officials in Ankara on day {n}.",
                     st.integers(0, 10_000), st.sampled_from(["Carter", "Erdogan", "The minister", "Abadi"]))
HIDDEN = st.sampled_from(["var a = 'Russia invaded Ukraine';", "body { font-family: Turkey; }",
                          "if (x < y && y > z) { Iraq(); }", "document.write('<p>Putin</p>')",
                          "</scr' + 'ipt> Kremlin", "\n  Moscow\n  ", "/* <!-- Baghdad --> */", ""])


@st.composite
def html_page(draw):
    """(page, visible sentences with their offsets, hidden ranges)."""
    parts: list[str] = []
    visible: list[tuple[int, str]] = []
    hidden: list[tuple[int, int]] = []
    pos = 0

    def add(s: str, kind: str | None = None) -> None:
        nonlocal pos
        if kind == "visible":
            visible.append((pos, s))
        elif kind == "hidden":
            hidden.append((pos, pos + len(s)))
        parts.append(s)
        pos += len(s)

    add(draw(st.sampled_from(["", "<!DOCTYPE html>\n", "<html><head>"])))
    used = set()
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["p", "script", "style", "comment", "tag", "noscript"]))
        if kind == "p":
            s = draw(SENTENCE.filter(lambda x: x not in used))
            used.add(s)
            add(draw(st.sampled_from(["<p>", "<p class='lead'>", "<div>\n<span>", "<h2 id=\"x\">"])), "hidden")
            add(s, "visible")
            add(draw(st.sampled_from(["</p>", "</span></div>", "</h2>", "<br/>"])) + "\n", "hidden")
        elif kind == "script":
            add(draw(st.sampled_from(["<script>", "<script type='text/javascript'>", "<SCRIPT src=x>"]))
                + draw(HIDDEN) + draw(st.sampled_from(["</script>", "</SCRIPT >"])), "hidden")
        elif kind == "style":
            add("<style media='all'>" + draw(HIDDEN).replace("</", "< /") + "</style>", "hidden")
        elif kind == "noscript":
            add("<noscript>" + draw(HIDDEN).replace("</", "< /") + "</noscript>", "hidden")
        elif kind == "comment":
            add("<!--" + draw(HIDDEN).replace("-->", "- ->") + "-->", "hidden")
        else:
            add(draw(st.sampled_from(["<img alt='Putin' src='a.jpg'>", "<a href=\"/Moscow\">",
                                      "<meta content='Kremlin\nBaghdad'>", "</a>", "<input value='Iraq'>"])),
                "hidden")
    if draw(st.booleans()):
        add("<script>Kremlin.unterminated('Russia')", "hidden")  # runs to the end, as in a browser
    return "".join(parts), visible, hidden


@FUZZ
@given(html_page())
def test_raw_html_scripts_styles_comments_and_tags_are_blanked_text_kept(page):
    text, visible, hidden = page
    cleaned = clean_text(text)
    _check_offsets(text, cleaned)
    for start, end in hidden:
        assert not cleaned[start:end].strip(), (text[start:end], cleaned[start:end])
    for start, sentence in visible:
        assert cleaned[start:start + len(sentence)] == sentence
    assert clean_text(cleaned) == cleaned


def test_plain_text_with_angle_brackets_is_not_html():
    text = "Turkey's inflation is < 5% while Iraq's is > 3%.\nIf a <b then c.\n<3 from Ankara.\n"
    assert clean_text(text) == text


def test_script_and_style_content_never_reaches_the_parser():
    page = ("<html><head><title>Turkey and Iraq feud over Mosul</title><style>p { color: red } /* Russia */</style>\n"
            "<script>var actors = ['Putin', 'Kremlin']; if (a<b) { Moscow(); }</script></head>\n"
            "<body><p>Carter met Erdogan in Ankara on Friday.</p>\n<!-- Baghdad -->\n"
            "<script type=\"application/ld+json\">{\"about\": \"Vladimir Putin\"}</script></body></html>\n")
    cleaned = clean_text(page)
    for hidden in ("Putin", "Kremlin", "Moscow", "Russia", "Baghdad", "color", "<", ">"):
        assert hidden not in cleaned
    i = page.index("Carter met")
    assert cleaned[i:i + 39] == "Carter met Erdogan in Ankara on Friday."
    assert "Turkey and Iraq feud over Mosul" in cleaned  # the <title> text is a headline, kept


def test_control_and_invisible_characters_become_spaces_not_deletions():
    text = "Tur\x00key\u202e attacked\u200b Iraq\x1b on Monday.\ufeff"
    cleaned = clean_text(text)
    assert cleaned == "Tur key  attacked  Iraq  on Monday. "
    # joiners and soft hyphens are part of words and stay
    assert clean_text("Erdo\u00adğan and \u0646\u200c\u0627 met.") == "Erdo\u00adğan and \u0646\u200c\u0627 met."


def test_long_lines_take_linear_time():
    # Furniture patterns such as '.*\bstories with the .* byline\b.*' backtrack
    # quadratically on a long line that repeats their first half.
    hostile = [
        "stories with the " * 15_000,
        "<a" * 100_000,
        "<p>" + "<b" * 100_000,
        "<!--" * 50_000,
        "provides news and information in more than 5 " * 5_000,
        "x" * 300_000,
    ]
    for text in hostile:
        started = time.perf_counter()
        cleaned = clean_text(text + "\n")
        assert len(cleaned) == len(text) + 1
        assert time.perf_counter() - started < 2.0, text[:40]
