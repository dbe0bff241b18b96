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


def test_an_abbreviated_title_before_a_function_word_ends_its_sentence():
    import spacy
    from spacy.tokens import Doc

    from graphbuilder.components import paragraphs

    # "Prime Minister Hun Sen. The company denied it": the period of "Sen." ends the sentence.
    words = ["Minister", "Hun", "Sen.", "The", "company", "denied", "Sen.", "Kaine", "'s", "bill"]
    tags = ["NNP", "NNP", "NNP", "DT", "NN", "VBD", "NNP", "NNP", "POS", "NN"]
    doc = paragraphs(Doc(spacy.blank("en").vocab, words=words, tags=tags))
    assert [t.text for t in doc if t.is_sent_start] == ["Minister", "The"]
    assert [t.text for t in doc if t.is_sent_start is False] == ["Kaine"]


def test_a_name_that_ends_like_an_abbreviated_title_ends_its_sentence_before_a_capital():
    import spacy
    from spacy.tokens import Doc

    from graphbuilder.components import _name_forms, paragraphs

    # "Prime Minister Hun Sen. Tabcorp chief ...": the bundled gazetteer knows Hun Sen; a senator
    # named after "Republican Sen." still opens no sentence.
    words = ["Minister", "Hun", "Sen.", "Tabcorp", "chief", "quit", ".", "Republican", "Sen.", "Kaine", "spoke"]
    tags = ["NNP", "NNP", "NNP", "NNP", "NN", "VBD", ".", "JJ", "NNP", "NNP", "VBD"]
    doc = paragraphs(Doc(spacy.blank("en").vocab, words=words, tags=tags))
    assert [t.text for t in doc if t.is_sent_start] == ["Minister", "Tabcorp"]
    assert [t.text for t in doc if t.is_sent_start is False] == ["Kaine"]
    # a name the gazetteer does not know, right after a title; not a title after a title
    words = ["Minister", "Hen", "Sen.", "Tabcorp", "quit", ".", "Prime", "Minister", "Gen.", "Prayuth", "spoke"]
    tags = ["NNP", "NNP", "NNP", "NNP", "VBD", ".", "NNP", "NNP", "NNP", "NNP", "VBD"]
    doc = paragraphs(Doc(spacy.blank("en").vocab, words=words, tags=tags))
    assert [t.text for t in doc if t.is_sent_start] == ["Minister", "Tabcorp"]
    assert [t.text for t in doc if t.is_sent_start is False] == ["Prayuth"]
    # and the name is found with the period the tokenizer leaves on it
    assert _name_forms("Hun Sen", "Person") == ["Hun Sen", "Hun Sen."]
    assert _name_forms("Sen Hun", "Person") == ["Sen Hun"]
