"""Modality of conditioned, deliberated and invited acts; verbal clashes; who a demand clause asks."""

import pytest

from conftest import make_doc, mention

from graphbuilder.actors import ActorIndex
from graphbuilder.relations import extract_relations, modality


def triples(doc, mentions):
    return {(r.source.actor_id, r.relation, r.target.actor_id, r.modality)
            for r in extract_relations(doc, ActorIndex(mentions))}


def coded(doc, mentions):
    return {(r.source.actor_id, r.relation, r.cameo, r.target.actor_id)
            for r in extract_relations(doc, ActorIndex(mentions))}


SAID_WOULD_MEET = ("Putin/PROPN/nsubj/1 said/VERB/ROOT/1/say/VBD he/PRON/nsubj/4 would/AUX/aux/4/would/MD "
                   "meet/VERB/ccomp/1/meet/VB Zelensky/PROPN/dobj/4")

CONDITIONED = [
    # "Putin said he would meet Zelensky if the talks succeed": a meeting on a condition is supposed.
    (SAID_WOULD_MEET + " if/SCONJ/mark/8 talks/NOUN/nsubj/8/talk succeed/VERB/advcl/4/succeed/VBP", 4,
     "hypothetical"),
    (SAID_WOULD_MEET, 4, "planned"),
    # "Iran will attack Israel unless NATO withdraws"
    ("Iran/PROPN/nsubj/2 will/AUX/aux/2/will/MD attack/VERB/ROOT/2/attack/VB Israel/PROPN/dobj/2 "
     "unless/SCONJ/mark/6 NATO/PROPN/nsubj/6 withdraws/VERB/advcl/2/withdraw/VBZ", 2, "hypothetical"),
    # "even if" concedes, it sets no condition
    ("Iran/PROPN/nsubj/2 will/AUX/aux/2/will/MD attack/VERB/ROOT/2/attack/VB Israel/PROPN/dobj/2 "
     "even/ADV/advmod/5 if/SCONJ/mark/7 NATO/PROPN/nsubj/7 objects/VERB/advcl/2/object/VBZ", 2, "planned"),
    # "Syria will attack Israel in case of a strike"
    ("Syria/PROPN/nsubj/2 will/AUX/aux/2/will/MD attack/VERB/ROOT/2/attack/VB Israel/PROPN/dobj/2 "
     "in/ADP/prep/2 case/NOUN/pobj/4 of/ADP/prep/5 a/DET/det/8 strike/NOUN/pobj/6", 2, "hypothetical"),
    # "in the case of" names the matter, not a condition
    ("Syria/PROPN/nsubj/2 will/AUX/aux/2/will/MD attack/VERB/ROOT/2/attack/VB Israel/PROPN/dobj/2 "
     "in/ADP/prep/2 the/DET/det/6 case/NOUN/pobj/4 of/ADP/prep/6 Golan/PROPN/pobj/7", 2, "planned"),
    # "Egypt will join talks provided that the settlements stop"
    ("Egypt/PROPN/nsubj/2 will/AUX/aux/2/will/MD join/VERB/ROOT/2/join/VB talks/NOUN/dobj/2/talk "
     "provided/VERB/conj/2/provide/VBD that/SCONJ/mark/7 settlements/NOUN/nsubj/7/settlement "
     "stop/VERB/ccomp/4/stop/VBP", 3, "hypothetical"),
    # A fact asserted with an "if" it is no condition of: "as if"
    ("Iran/PROPN/nsubj/1 attacked/VERB/ROOT/1/attack/VBD Israel/PROPN/dobj/1 as/SCONJ/advmod/5 "
     "if/SCONJ/mark/5 provoked/VERB/advcl/1/provoke/VBN", 1, "asserted"),
]


@pytest.mark.parametrize("spec, at, expected", CONDITIONED)
def test_an_act_on_a_condition_is_hypothetical(spec, at, expected):
    assert modality(make_doc(spec)[at]) == expected


IRAN_WOULD_ATTACK = ("Iran/PROPN/nsubj/1 said/VERB/ROOT/1/say/VBD it/PRON/nsubj/4 would/AUX/aux/4/would/MD "
                     "{verb} Israel/PROPN/dobj/4 if/SCONJ/mark/7 attacked/VERB/advcl/4/attack/VBN")


def test_a_hostile_act_announced_on_a_condition_is_still_a_threat():
    doc = make_doc(IRAN_WOULD_ATTACK.format(verb="attack/VERB/ccomp/1/attack/VB"))
    ms = [mention(doc, 0, 1, "IRN", "Country", "IRN"), mention(doc, 5, 6, "ISR", "Country", "ISR")]
    got = triples(doc, ms)
    assert ("IRN", "attacks", "ISR", "hypothetical") in got
    assert ("IRN", "threatens", "ISR", "asserted") in got


def test_a_meeting_on_a_condition_is_no_threat_and_not_planned():
    doc = make_doc(IRAN_WOULD_ATTACK.format(verb="meet/VERB/ccomp/1/meet/VB"))
    ms = [mention(doc, 0, 1, "IRN", "Country", "IRN"), mention(doc, 5, 6, "ISR", "Country", "ISR")]
    got = triples(doc, ms)
    assert not any(t[1] == "threatens" for t in got)
    assert not any(t[1] == "meets" and t[3] in ("planned", "asserted") for t in got)


DELIBERATED = [
    # "Japan will consider curbing imports": deliberated, not decided
    ("Japan/PROPN/nsubj/2 will/AUX/aux/2/will/MD consider/VERB/ROOT/2/consider/VB curbing/VERB/xcomp/2/curb/VBG "
     "imports/NOUN/dobj/3/import", 3, "hypothetical"),
    # "The US is weighing sanctions against Iran"
    ("US/PROPN/nsubj/2 is/AUX/aux/2/be weighing/VERB/ROOT/2/weigh/VBG sanctions/NOUN/dobj/2/sanction "
     "against/ADP/prep/3 Iran/PROPN/pobj/4", 3, "hypothetical"),
    # "Washington is mulling imposing sanctions"
    ("Washington/PROPN/nsubj/2 is/AUX/aux/2/be mulling/VERB/ROOT/2/mull/VBG imposing/VERB/xcomp/2/impose/VBG "
     "sanctions/NOUN/dobj/3/sanction", 3, "hypothetical"),
    # the sanctions discussed are in force: "the" makes them known
    ("Council/PROPN/nsubj/1 discussed/VERB/ROOT/1/discuss/VBD the/DET/det/3 sanctions/NOUN/dobj/1/sanction "
     "against/ADP/prep/3 Iraq/PROPN/pobj/4", 3, "asserted"),
    # so is an attack that is someone's own
    ("Council/PROPN/nsubj/1 discussed/VERB/ROOT/1/discuss/VBD Iraq/PROPN/poss/4 's/PART/case/2 "
     "attack/NOUN/dobj/1/attack", 4, "asserted"),
    # no deliberation, a plan
    ("Japan/PROPN/nsubj/2 will/AUX/aux/2/will/MD curb/VERB/ROOT/2/curb/VB imports/NOUN/dobj/2/import", 2, "planned"),
]


@pytest.mark.parametrize("spec, at, expected", DELIBERATED)
def test_an_act_deliberated_on_is_hypothetical(spec, at, expected):
    assert modality(make_doc(spec)[at]) == expected


def test_considering_a_curb_is_no_threat():
    doc = make_doc(DELIBERATED[0][0] + " from/ADP/prep/4 US/PROPN/pobj/5")
    ms = [mention(doc, 0, 1, "JPN", "Country", "JPN"), mention(doc, 6, 7, "USA", "Country", "USA")]
    assert not any(t[1] == "threatens" for t in triples(doc, ms))


INVITED = [
    # "China invited Kim to visit Beijing": an invited visit is planned
    ("China/PROPN/nsubj/1 invited/VERB/ROOT/1/invite/VBD Kim/PROPN/dobj/1 to/PART/aux/4 visit/VERB/xcomp/1/visit/VB "
     "Beijing/PROPN/dobj/4", 4, "planned"),
    # "China urged Kim to visit Beijing": a visit asked for is not
    ("China/PROPN/nsubj/1 urged/VERB/ROOT/1/urge/VBD Kim/PROPN/dobj/1 to/PART/aux/4 visit/VERB/xcomp/1/visit/VB "
     "Beijing/PROPN/dobj/4", 4, "hypothetical"),
    # "China invited Japan to invest in Tibet": an invitation to other acts is a request
    ("China/PROPN/nsubj/1 invited/VERB/ROOT/1/invite/VBD Japan/PROPN/dobj/1 to/PART/aux/4 "
     "invest/VERB/xcomp/1/invest/VB in/ADP/prep/4 Tibet/PROPN/pobj/5", 4, "hypothetical"),
]


@pytest.mark.parametrize("spec, at, expected", INVITED)
def test_an_invited_visit_is_planned(spec, at, expected):
    assert modality(make_doc(spec)[at]) == expected


def test_who_is_invited_to_visit_visits():
    doc = make_doc("Kim/PROPN/nsubjpass/3 has/AUX/aux/3/have been/AUX/auxpass/3/be invited/VERB/ROOT/3/invite/VBN "
                   "to/PART/aux/5 visit/VERB/xcomp/3/visit/VB Beijing/PROPN/dobj/5")
    ms = [mention(doc, 0, 1, "person:kim", "Person"), mention(doc, 6, 7, "place:beijing", "Place", "CHN")]
    assert ("person:kim", "visits", "place:beijing", "planned") in triples(doc, ms)


def test_who_is_urged_to_attack_is_the_attacker():
    doc = make_doc("Egypt/PROPN/nsubjpass/2 was/AUX/auxpass/2/be urged/VERB/ROOT/2/urge/VBN to/PART/aux/4 "
                   "attack/VERB/xcomp/2/attack/VB Libya/PROPN/dobj/4")
    ms = [mention(doc, 0, 1, "EGY", "Country", "EGY"), mention(doc, 5, 6, "LBY", "Country", "LBY")]
    got = triples(doc, ms)
    assert ("EGY", "attacks", "LBY", "hypothetical") in got
    assert not any(t[0] == "LBY" for t in got)


def test_what_a_body_is_designed_to_do_is_not_done():
    doc = make_doc("a/DET/det/1 coalition/NOUN/ROOT/1 designed/VERB/acl/1/design/VBN to/PART/aux/4 "
                   "defeat/VERB/xcomp/2/defeat/VB ISIL/PROPN/dobj/4")
    ms = [mention(doc, 0, 2, "generic:0:coalition", "Organisation"), mention(doc, 5, 6, "group:isil", "ArmedGroup")]
    assert not any(t[1] == "attacks" and t[3] == "asserted" for t in triples(doc, ms))


CLASHES = [
    # people of office clash in words
    ("Thatcher/PROPN/nsubj/1 clashed/VERB/ROOT/1/clash/VBD with/ADP/prep/1 Kohl/PROPN/pobj/2", ((0, "PERSON"), (3, "PERSON")),
     "opposes", "110"),
    ("minister/NOUN/nsubj/1 clashed/VERB/ROOT/1/clash/VBD with/ADP/prep/1 chancellor/NOUN/pobj/2", (), "opposes", "110"),
    # states over a matter quarrel
    ("Britain/PROPN/nsubj/1 clashed/VERB/ROOT/1/clash/VBD with/ADP/prep/1 France/PROPN/pobj/2 over/ADP/prep/1 "
     "policy/NOUN/pobj/4", ((0, "GPE"), (3, "GPE")), "opposes", "110"),
    # states over a place, or with no matter, fight
    ("India/PROPN/nsubj/1 clashed/VERB/ROOT/1/clash/VBD with/ADP/prep/1 Pakistan/PROPN/pobj/2 over/ADP/prep/1 "
     "Kashmir/PROPN/pobj/4", ((0, "GPE"), (3, "GPE"), (5, "GPE")), "attacks", "190"),
    ("India/PROPN/nsubj/1 clashed/VERB/ROOT/1/clash/VBD with/ADP/prep/1 Pakistan/PROPN/pobj/2",
     ((0, "GPE"), (3, "GPE")), "attacks", "190"),
    # a word of force makes a fight of anyone's clash
    ("Thatcher/PROPN/nsubj/1 clashed/VERB/ROOT/1/clash/VBD with/ADP/prep/1 Kohl/PROPN/pobj/2 ,/PUNCT/punct/1 "
     "leaving/VERB/advcl/1/leave/VBG two/NUM/nummod/7 dead/ADJ/dobj/5/dead", ((0, "PERSON"), (3, "PERSON")),
     "attacks", "190"),
]


@pytest.mark.parametrize("spec, ents, relation, cameo", CLASHES)
def test_a_clash_in_words_is_a_quarrel(spec, ents, relation, cameo):
    doc = make_doc(spec, tuple((i, i + 1, label, "") for i, label in ents))
    ms = [mention(doc, 0, 1, "A", "Person"), mention(doc, 3, 4, "B", "Person")]
    got = {(r.relation, r.cameo) for r in extract_relations(doc, ActorIndex(ms)) if r.source.actor_id == "A"}
    assert (relation, cameo) in got
    other = {"opposes": "attacks", "attacks": "opposes"}[relation]
    assert not any(g[0] == other for g in got)


def _demands(spec, mentions_at):
    doc = make_doc(spec)
    ms = [mention(doc, i, j, actor, "Country" if actor.isupper() else "Person", actor if actor.isupper() else None)
          for i, j, actor in mentions_at]
    return {(r.source.actor_id, r.target.actor_id) for r in extract_relations(doc, ActorIndex(ms))
            if r.relation == "requests"}


DEMANDS = [
    # "Yeutter said Japan must open its markets": asked of Japan
    ("Yeutter/PROPN/nsubj/1 said/VERB/ROOT/1/say/VBD Japan/PROPN/nsubj/4 must/AUX/aux/4/must/MD "
     "open/VERB/ccomp/1/open/VB markets/NOUN/dobj/4/market", ((0, 1, "person:yeutter"), (2, 3, "JPN")),
     {("person:yeutter", "JPN")}),
    # "Mubarak said the US must be ready to mediate": asked of the US
    ("Mubarak/PROPN/nsubj/1 said/VERB/ROOT/1/say/VBD US/PROPN/nsubj/4 must/AUX/aux/4/must/MD be/AUX/ccomp/1/be/VB "
     "ready/ADJ/acomp/4 to/PART/aux/7 mediate/VERB/xcomp/5/mediate/VB", ((0, 1, "person:mubarak"), (2, 3, "USA")),
     {("person:mubarak", "USA")}),
    # "we must support the government, he said": the speaker's own side
    ("We/PRON/nsubj/2 must/AUX/aux/2/must/MD support/VERB/ccomp/6/support/VB the/DET/det/4 "
     "government/NOUN/dobj/2 ,/PUNCT/punct/6 said/VERB/ROOT/6/say/VBD Khomeini/PROPN/nsubj/6",
     ((0, 1, "IRN"), (7, 8, "person:khomeini")), set()),
    # "Thatcher said Iraq must be punished": not Iraq is asked to act
    ("Thatcher/PROPN/nsubj/1 said/VERB/ROOT/1/say/VBD Iraq/PROPN/nsubjpass/5 must/AUX/aux/5/must/MD "
     "be/AUX/auxpass/5/be punished/VERB/ccomp/1/punish/VBN", ((0, 1, "person:thatcher"), (2, 3, "IRQ")), set()),
    # "the Act says China must be a member of GATT": a law's condition
    ("Act/PROPN/nsubj/1 says/VERB/ROOT/1/say/VBZ China/PROPN/nsubj/4 must/AUX/aux/4/must/MD be/AUX/ccomp/1/be/VB "
     "a/DET/det/6 member/NOUN/attr/4", ((0, 1, "USA"), (2, 3, "CHN")), set()),
    # "Baker said the price in INRA must fall": INRA is not the one asked
    ("Baker/PROPN/nsubj/1 said/VERB/ROOT/1/say/VBD the/DET/det/3 price/NOUN/nsubj/7 in/ADP/prep/3 "
     "INRA/PROPN/pobj/4 must/AUX/aux/7/must/MD fall/VERB/ccomp/1/fall/VB",
     ((0, 1, "person:baker"), (5, 6, "org:inra")), set()),
    # "Kohl said the US should have acted": a reproach of the past, no request
    ("Kohl/PROPN/nsubj/1 said/VERB/ROOT/1/say/VBD US/PROPN/nsubj/5 should/AUX/aux/5/should/MD "
     "have/AUX/aux/5/have acted/VERB/ccomp/1/act/VBN", ((0, 1, "person:kohl"), (2, 3, "USA")), set()),
]


@pytest.mark.parametrize("spec, mentions_at, expected", DEMANDS)
def test_who_a_demand_clause_asks(spec, mentions_at, expected):
    assert _demands(spec, mentions_at) == expected


ANY_EVENTS = [
    # "warned that any attack on Taiwan would be met": an attack of whatever kind, none made
    ("any/DET/det/1 attack/NOUN/nsubjpass/5 on/ADP/prep/1 Taiwan/PROPN/pobj/2 would/AUX/aux/5/would/MD "
     "be/AUX/auxpass/5/be met/VERB/ROOT/5/meet/VBN", 1, "hypothetical"),
    # "would counter any US challenge targeting Airbus": the participle of such an event
    ("EU/PROPN/nsubj/2 would/AUX/aux/2/would/MD counter/VERB/ROOT/2/counter/VB any/DET/det/5 US/PROPN/compound/5 "
     "challenge/NOUN/dobj/2 targeting/VERB/acl/5/target/VBG Airbus/PROPN/dobj/6", 6, "hypothetical"),
    # "condemned the attack on Taiwan": a known one
    ("China/PROPN/nsubj/1 condemned/VERB/ROOT/1/condemn/VBD the/DET/det/3 attack/NOUN/dobj/1 on/ADP/prep/3 "
     "Taiwan/PROPN/pobj/4", 3, "asserted"),
    ("China/PROPN/nsubj/1 condemned/VERB/ROOT/1/condemn/VBD an/DET/det/3 attack/NOUN/dobj/1 on/ADP/prep/3 "
     "Taiwan/PROPN/pobj/4", 3, "asserted"),
    # "carried out no attack": negated, not supposed
    ("Israel/PROPN/nsubj/3 did/AUX/aux/3/do not/PART/neg/3 carry/VERB/ROOT/3/carry/VB out/ADP/prt/3 "
     "any/DET/det/6 attack/NOUN/dobj/3", 6, "negated"),
    # "the group targeting Airbus": no "any"
    ("the/DET/det/1 group/NOUN/ROOT/1 targeting/VERB/acl/1/target/VBG Airbus/PROPN/dobj/2", 2, "asserted"),
]


@pytest.mark.parametrize("spec, at, expected", ANY_EVENTS)
def test_an_event_of_any_kind_is_supposed(spec, at, expected):
    assert modality(make_doc(spec)[at]) == expected


SUGGESTIONS = [
    # "Conable suggested Soviet membership could take place": a possibility, no request
    ("Conable/PROPN/nsubj/1 suggested/VERB/ROOT/1/suggest/VBD Soviets/PROPN/nsubj/4 could/AUX/aux/4/could/MD "
     "join/VERB/ccomp/1/join/VB", False),
    # "suggested Nakasone may have to give up plans"
    ("LDP/PROPN/nsubj/1 suggested/VERB/ROOT/1/suggest/VBD Nakasone/PROPN/nsubj/4 may/AUX/aux/4/may/MD "
     "resign/VERB/ccomp/1/resign/VB", False),
    # "hinted that Iran might join"
    ("Conable/PROPN/nsubj/1 hinted/VERB/ROOT/1/hint/VBD Soviets/PROPN/nsubj/4 might/AUX/aux/4/might/MD "
     "join/VERB/ccomp/1/join/VB", False),
    # "Stoltenberg suggested the UK should join": a request
    ("Conable/PROPN/nsubj/1 suggested/VERB/ROOT/1/suggest/VBD Soviets/PROPN/nsubj/4 should/AUX/aux/4/should/MD "
     "join/VERB/ccomp/1/join/VB", True),
    # "suggested that the UK join": the subjunctive asks
    ("Conable/PROPN/nsubj/1 suggested/VERB/ROOT/1/suggest/VBD that/SCONJ/mark/4 Soviets/PROPN/nsubj/4 "
     "join/VERB/ccomp/1/join/VB", True),
]


@pytest.mark.parametrize("spec, asked", SUGGESTIONS)
def test_a_possibility_suggested_asks_nothing(spec, asked):
    doc = make_doc(spec)
    at = next(t.i for t in doc if t.dep_ == "nsubj" and t.head.dep_ == "ccomp")
    ms = [mention(doc, 0, 1, "person:x", "Person"), mention(doc, at, at + 1, "SUN", "Country", "SUN")]
    got = {(r.source.actor_id, r.relation, r.target.actor_id) for r in extract_relations(doc, ActorIndex(ms))}
    assert (("person:x", "requests", "SUN") in got) == asked


def test_a_condition_in_what_is_said_leaves_the_event_that_dates_the_saying_alone():
    # "During his visit, Obama said that if he were able he would vote for her": the visit took place; the
    # vote hangs on the condition.
    doc = make_doc("During/ADP/prep/4 his/PRON/poss/2 visit/NOUN/pobj/0/visit Obama/PROPN/nsubj/4 "
                   "said/VERB/ROOT/4/say/VBD if/SCONJ/mark/8 he/PRON/nsubj/8 would/AUX/aux/8 "
                   "vote/VERB/ccomp/4/vote/VB")
    assert modality(doc[2]) == "asserted"
    assert modality(doc[8]) == "hypothetical"
