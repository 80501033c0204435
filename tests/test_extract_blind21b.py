"""Cases from real news in Persian, Gujarati, Hebrew and Hindi (bench/extract_devset21b): the
families of wrong or missing records they stand for, each shown in several wordings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import extract


def _agreements(text: str, lang: str) -> list[list[str]]:
    return sorted(sorted(r.actors) for r in extract(text, lang=lang).records
                  if r.type == "agreement")


def _people(text: str, lang: str) -> list[str]:
    return [m.text for m in extract(text, lang=lang).mentions if m.kind == "person"]


# -- two bodies named as the two sides of an MoU ("A and B between") are its parties -------
# https://globalgujaratnews.com/article/mou-between-ms-university-and-university-of-argentina :
# "જેના નિષ્કર્ષ સ્વરૂપે આર્જેન્ટીનાની મેન્ડોઝા યુનિવર્સિટી અને વડોદરાની મહારાજા સયાજીરાવ
# યુનિવર્સિટીની વચ્ચે એમઓયુ કરવામાં આવ્યા છે." -- in an article whose most named place is
# Mendoza province, the focus, which the sentence does not name: the MoU was held as "one side
# only" and lost.

GU_VISIT = ("દક્ષિણ અમેરિકાના દેશ આર્જેન્ટીનાના મેન્ડોઝા પ્રાંતના ગવર્નર ફ્રાન્સીસો પેરેઝ દ્વારા "
            "તેમના પ્રતિનિધિમંડળ સાથે વડોદરાની વિશ્વ પ્રસિદ્ધ મહારાજા સયાજીરાવ યુનિવર્સિટીની "
            "મુલાકાત લેવામાં આવી હતી. ")
GU_MOU = ("જેના નિષ્કર્ષ સ્વરૂપે આર્જેન્ટીનાની મેન્ડોઝા યુનિવર્સિટી અને વડોદરાની મહારાજા "
          "સયાજીરાવ યુનિવર્સિટીની વચ્ચે એમઓયુ કરવામાં આવ્યા છે.\n")
GU_MORE = ("આર્જેન્ટીનાના મેન્ડોઝા પ્રાંતમાં કુલ 8 યુનિવર્સિટી અને કેટલીક ખાનગી કોલેજ આવેલી "
           "છે.")
MENDOZA_U = "organization-મેન્ડોઝાયુનિવર્સિટી"
MSU = "organization-મહારાજાસયાજીરાવયુનિવર્સિટી"


@pytest.mark.parametrize("text", [
    GU_VISIT + GU_MOU + GU_MORE,
    GU_MOU + GU_MORE,
    GU_MORE + " " + GU_MOU,
    "મેન્ડોઝા યુનિવર્સિટી અને મહારાજા સયાજીરાવ યુનિવર્સિટી વચ્ચે એમઓયુ પર હસ્તાક્ષર થયા. "
    + GU_MORE,
])
def test_two_bodies_between_are_the_agreements_sides(text: str) -> None:
    found = _agreements(text, "gu")
    assert any({MENDOZA_U, MSU} <= set(a) for a in found), found


@pytest.mark.parametrize(("lang", "text", "sides"), [
    ("hi", "लखनऊ विश्वविद्यालय और दिल्ली विश्वविद्यालय के बीच समझौता ज्ञापन पर हस्ताक्षर किए "
           "गए। मेरठ शहर में मेरठ शहर के लोग खुश हैं।",
     {"organization-लखनऊविश्वविद्यालय", "organization-दिल्लीविश्वविद्यालय"}),
])
def test_between_pair_in_other_languages(lang: str, text: str, sides: set[str]) -> None:
    """Hindi "A और B के बीच", as Gujarati "A અને B વચ્ચે"."""
    found = _agreements(text, lang)
    assert any(sides <= set(a) for a in found), found


def test_a_pair_without_a_between_word_takes_the_focus_as_before() -> None:
    """Negative: "with A and B of Vadodara" (સાથે) leaves the unsaid subject, the focus, a
    side; the sentence names one side only, and no agreement of the two bodies is read."""
    text = ("અમદાવાદ શહેર વિકાસ પામે છે. અમદાવાદ શહેર ખુશ છે. મેન્ડોઝા યુનિવર્સિટી અને વડોદરાની "
            "મહારાજા સયાજીરાવ યુનિવર્સિટી સાથે એમઓયુ કરવામાં આવ્યા છે.")
    assert not any({MENDOZA_U, MSU} <= set(a) for a in _agreements(text, "gu"))


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["વડોદરાની", "સુરતની"]), st.sampled_from(["વચ્ચે", "ની વચ્ચે", "સાથે"]))
def test_the_pair_is_read_only_with_a_between_word(place: str, marker: str) -> None:
    """Law: the two bodies are the sides exactly when a ``between`` word marks them."""
    pad = "" if marker.startswith("ની") else " "
    text = ("અમદાવાદ શહેર વિકાસ પામે છે. અમદાવાદ શહેર ખુશ છે. મેન્ડોઝા યુનિવર્સિટી "
            f"અને {place} મહારાજા સયાજીરાવ યુનિવર્સિટી{pad}{marker} એમઓયુ કરવામાં આવ્યા છે.")
    found = any({MENDOZA_U, MSU} <= set(a) for a in _agreements(text, "gu"))
    assert found == (marker != "સાથે")


# -- a word no name holds ends a name read back from a marker -------------------------------
# (the same article: "... વિશ્વ પ્રસિદ્ધ મહારાજા સયાજીરાવ યુનિવર્સિટીની મુલાકાત ...")

@pytest.mark.parametrize("word", ["ગઈકાલે", "આજે", "તેમજ"])
def test_a_name_stop_is_no_part_of_an_organization(word: str) -> None:
    text = f"{word} મેન્ડોઝા યુનિવર્સિટીની મુલાકાત લેવામાં આવી હતી."
    orgs = [m.text for m in extract(text, lang="gu").mentions if m.kind == "organization"]
    assert orgs == ["મેન્ડોઝા યુનિવર્સિટી"]


# -- an office's complement or a verb after a title names no one ----------------------------
# https://www.iribnews.ir/fa/news/5603709 : "رییس نمایندگی وزارت امورخارجه در شمال شرق کشور
# اظهار کرد: عصر امروز نیز نشست دیپلماسی استانی با حضور وزیر امورخارجه و یکی از روسای قوا
# ادامه مییابد." -- "نمایندگی" (the representation) and "امورخارجه" (foreign affairs) were
# read as people, and the second gave the one meeting of the article a participant of its own:
# two meetings.

@pytest.mark.parametrize(("lang", "text", "none_of"), [
    ("fa", "رییس نمایندگی وزارت امورخارجه در شمال شرق کشور اظهار کرد: عصر امروز نیز نشست "
           "دیپلماسی استانی با حضور وزیر امورخارجه و یکی از روسای قوا ادامه مییابد.",
     ("نمایندگی", "امورخارجه")),
    ("fa", "این دو میزگرد با حضور استانداران و همچنین معاونان وزیر خارجه آغاز شد.",
     ("خارجه", "آغاز")),
    ("he", "היום (רביעי)  קיבל נשיא המדינה את כתבי האמנה של השגרירים החדשים בישראל.",
     ("את", "כתבי")),
    ("he", "הנשיא ברך אותו על הגעתו לישראל.", ("ברך", "אותו")),
])
def test_no_person_of_common_words_after_a_title(lang: str, text: str,
                                                 none_of: tuple[str, ...]) -> None:
    people = _people(text, lang)
    assert not any(w in p for p in people for w in none_of), people


def test_a_named_person_after_a_title_is_kept() -> None:
    """Negative: a name after the title still reads ("ז'אן-לוק בודסון")."""
    text = "ראשון להגיש את כתב ההאמנה שלו לנשיא, היה שגריר בלגיה, ז'אן-לוק בודסון."
    assert "ז'אן-לוק בודסון" in " ".join(_people(text, "he"))


FA_ARTICLE = (
    "دومین نشست دیپلماسی استانی امروز، چهارشنبه با حضور ۱۲ سفیر ایران در کشورهای همسایه، در "
    "مشهد گشایش یافت.\n\nبه گزارش خبرگزاری صدا و سیما، مرکز خراسان رضوی ، رئیس نمایندگی "
    "وزارت امورخارجه در شمال شرق کشور در حاشیه آغاز دو میزگرد تخصصی نشست دیپلماسی استانی "
    "گفت: در قالب این نشست، میزگردهای تخصصی امروز برگزار میشود.\n\nرییس نمایندگی وزارت "
    "امورخارجه در شمال شرق کشور اظهار کرد: عصر امروز نیز نشست دیپلماسی استانی با حضور وزیر "
    "امورخارجه و یکی از روسای قوا ادامه مییابد.\n")


def test_one_meeting_told_three_ways_is_one_event() -> None:
    events = [r for r in extract(FA_ARTICLE, lang="fa", published="2025-10-22").records
              if r.type == "event"]
    assert len(events) == 1


# -- "University of X" written in Hindi or Gujarati letters is an organization ---------------
# https://khushisamay.com/details.aspx?id=58033&type=other : "... वियतनाम में हो ची मिन्ह सिटी
# स्थित यूनिवर्सिटी ऑफ इकोनॉमिक्स एंड फाइनेंस एवं ह्यूटेक यूनिवर्सिटी ऑफ टेक्नोलॉजी, के मध्य
# विविध विषयों पर समझौता ज्ञापन पर हस्ताक्षर किए गए।" -- no body was read, and the MoU had no
# sides.

@pytest.mark.parametrize(("lang", "text", "org"), [
    ("hi", "लखनऊ - आज राजभवन में हो ची मिन्ह सिटी स्थित यूनिवर्सिटी ऑफ इकोनॉमिक्स एंड फाइनेंस "
           "के साथ समझौता ज्ञापन पर हस्ताक्षर किए गए।", "यूनिवर्सिटी ऑफ इकोनॉमिक्स"),
    ("hi", "दिल्ली विश्वविद्यालय ने यूनिवर्सिटी ऑफ टोक्यो के साथ समझौता ज्ञापन पर हस्ताक्षर किए।",
     "यूनिवर्सिटी ऑफ टोक्यो"),
    ("gu", "એમ.એસ. યુનિવર્સિટીએ યુનિવર્સિટી ઓફ લંડન સાથે એમઓયુ કર્યા.", "યુનિવર્સિટી ઓફ લંડન"),
])
def test_university_of_is_an_organization(lang: str, text: str, org: str) -> None:
    orgs = [m.text for m in extract(text, lang=lang).mentions if m.kind == "organization"]
    assert org in orgs, orgs


def test_university_of_gives_the_agreement_its_second_side() -> None:
    text = "दिल्ली विश्वविद्यालय ने यूनिवर्सिटी ऑफ टोक्यो के साथ समझौता ज्ञापन पर हस्ताक्षर किए।"
    assert _agreements(text, "hi") == [["organization-दिल्लीविश्वविद्यालय",
                                        "organization-यूनिवर्सिटीऑफटोक्यो"]]
