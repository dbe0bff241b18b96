from graphbuilder.clean import clean_text

PAGE = """Accessibility links

Breaking News

Turkey and Iraq Feud Over Mosul

update

Carter met Erdogan in Ankara on Friday, officials said in a statement.
Carter met Erdogan in Ankara on Friday, officials said in a statement.

Turkish troops

The Iraqi government is opposed to Turkish military involvement.

  \u2022 16x9 Image

    VOA News

Share on Facebook
XS
SM
MD
LG
"""


def test_furniture_is_blanked_and_offsets_are_kept():
    cleaned = clean_text(PAGE)
    assert len(cleaned) == len(PAGE)
    for furniture in ("Accessibility links", "Breaking News", "16x9 Image", "XS", "LG", "VOA News",
                      "Share on Facebook", "update"):
        assert furniture not in cleaned
    assert "Turkey and Iraq Feud Over Mosul" in cleaned
    i = cleaned.index("The Iraqi government")
    assert PAGE[i:i + 20] == "The Iraqi government"


def test_repeated_caption_kept_once():
    cleaned = clean_text(PAGE)
    assert cleaned.count("Carter met Erdogan in Ankara") == 1


def test_a_lone_short_document_is_not_blanked():
    assert clean_text("Carter met Erdogan").strip() == "Carter met Erdogan"


def test_the_stop_of_a_sentence_cut_off_before_a_line_is_blanked():
    text = ".\xa0 \xa0Near Bayji, one strike engaged an ISIL unit.\n, and more\n... and so on\nKeep. This."
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert cleaned.splitlines()[:2] == [" \xa0 \xa0Near Bayji, one strike engaged an ISIL unit.", "  and more"]
    # An ellipsis and a stop inside a line are text.
    assert cleaned.splitlines()[2:] == ["... and so on", "Keep. This."]
