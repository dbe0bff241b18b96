"""Sentence boundaries set before the parser (``gb_paragraphs``): no model involved."""


def test_a_name_after_an_abbreviated_title_opens_no_sentence():
    import spacy

    from graphbuilder.components import paragraphs

    nlp = spacy.blank("en")
    # The tokenizer splits "Capt" from its period, keeps "Gen." whole; the parser took both for sentence ends.
    doc = paragraphs(nlp("questions will be asked by Navy Capt. Jeff Davis after Brig. Gen. Richard Coe speaks.\nSen. Kaine"))
    assert [t.text for t in doc][6:9] == ["Capt", ".", "Jeff"]
    assert [t.text for t in doc if t.is_sent_start is False] == [".", "Jeff", ".", "Gen.", "Richard", "Kaine"]
    assert [t.text for t in doc if t.is_sent_start] == ["questions", "Sen."]
