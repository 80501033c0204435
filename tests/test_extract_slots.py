"""Extraction slots: place, venue, fields, term, issuer and signatories' office, from literal
sentences in each language; and actor fusion (GeoNames ids, spellings, abbreviations)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from citydiplo import City, Dataset, DateRange, Identifier, PartialDate, extract, validate
from citydiplo._extract._actors import canonical_ids, folded_key
from citydiplo._extract._cues import LANGUAGES, CueDataError
from citydiplo._extract._many import extract_many
from citydiplo._extract._slotdata import check_slot_data, slot_data

PLACES = {  # lang -> (Suwon, Hue, the place where it happened, as the sentence writes them)
    "en": ("Suwon", "Hue", "Seoul"), "ko": ("수원시", "후에시", "서울"),
    "vi": ("Suwon", "Huế", "Hà Nội"), "zh": ("水原市", "顺化市", "上海"),
    "ja": ("水原市", "順化市", "東京"), "ru": ("Сувон", "Хюэ", "Москве"),
    "hi": ("सुवोन", "ह्यू", "दिल्ली"), "gu": ("સુવોન", "હ્યુ", "અમદાવાદ"),
    "he": ("סוון", "הואה", "ירושלים"), "fa": ("سوون", "هوئه", "مشهد"),
}
KNOWN = Dataset(actors=[
    City(id=aid, name=aid.title(), names={lang: [names[i]] for lang, names in PLACES.items()})
    for i, aid in enumerate(("suwon", "hue", "venue-city"))
])
# an agreement signed on 20 May 2024, in the third place, on education and culture, for
# five years
SIGNED = {
    "en": "On 20 May 2024 Suwon and Hue signed an MOU in Seoul for five years on cooperation "
          "in education and culture.",
    "ko": "수원시와 후에시는 2024년 5월 20일 서울에서 교육·문화 분야 협약을 5년간 체결했다.",
    "vi": "Ngày 20/5/2024, tại Hà Nội, Suwon và Huế ký kết biên bản ghi nhớ hợp tác trong lĩnh "
          "vực giáo dục, văn hóa, thời hạn 5 năm.",
    "zh": "2024年5月20日，水原市与顺化市在上海签署合作协议，期限五年，推动教育、文化等领域合作。",
    "ja": "2024年5月20日、水原市と順化市は東京で教育、文化分野の5年間の協力協定を締結した。",
    "ru": "20 мая 2024 года в Москве Сувон и Хюэ подписали соглашение о сотрудничестве в сфере "
          "образования и культуры сроком на пять лет.",
    "hi": "20 मई 2024 को दिल्ली में सुवोन और ह्यू ने शिक्षा और संस्कृति के क्षेत्र में सहयोग के लिए "
          "पांच वर्षों के लिए समझौते पर हस्ताक्षर किए।",
    "gu": "20 મે, 2024ના રોજ અમદાવાદમાં સુવોન અને હ્યુએ શિક્ષણ અને સંસ્કૃતિ ક્ષેત્રે સહયોગ માટે પાંચ વર્ષ માટે "
          "કરાર પર હસ્તાક્ષર કર્યા.",
    "he": "ב-20 במאי 2024 חתמו סוון והואה בירושלים על הסכם לשיתוף פעולה בתחומי החינוך והתרבות "
          "ל-5 שנים.",
    "fa": "در ۲۰ مه ۲۰۲۴ سوون و هوئه در مشهد تفاهم‌نامه همکاری در زمینه‌های فرهنگی و آموزشی به مدت "
          "پنج سال امضا کردند.",
}
# no place is marked: the third place is a party, not where it was signed
UNMARKED = {
    "en": "Suwon signed an MOU with Hue and Seoul.",
    "ko": "수원시는 후에시, 서울과 협약을 체결했다.",
    "zh": "水原市与顺化市、上海签署了合作协议。",
    "vi": "Suwon ký kết biên bản ghi nhớ với Huế và Hà Nội.",
}


def _errors(x: object) -> list[object]:
    report = validate(x.dataset)  # type: ignore[attr-defined]
    return [f for f in report.findings if f.severity.value == "error"]


def _agreement(text: str, lang: str) -> Any:
    x = extract(text, lang=lang, known=KNOWN)
    assert _errors(x) == []
    (agreement,) = [r for r in x.records if r.type == "agreement"]
    return agreement


def test_every_slot_file_has_the_documented_shape() -> None:
    for lang in LANGUAGES:
        assert check_slot_data(slot_data(lang)) == [], lang
    bad = json.loads(json.dumps(slot_data("en")))
    bad["fields"]["cookery"] = ["cooking"]
    bad["term_years"] = ["for years"]
    bad["venue_order"] = "sideways"
    problems = check_slot_data(bad)
    assert any("cookery" in p for p in problems)
    assert any("{n}" in p for p in problems)
    assert any("venue_order" in p for p in problems)
    with pytest.raises(CueDataError, match="xx"):
        slot_data("xx")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_place_fields_and_term_per_language(lang: str) -> None:
    a = _agreement(SIGNED[lang], lang)
    assert a.place == "venue-city"
    assert a.parties == ("hue", "suwon")
    assert {str(f) for f in a.fields} >= {"education", "culture"}
    if a.signed == PartialDate("2024-05-20"):
        assert a.term == DateRange("2024-05-20/2029-05-19")
    else:  # a signing date the date parser reads coarser: the term is only noted
        assert a.term is None
        assert a.note is not None and "term" in a.note


@pytest.mark.parametrize("lang", sorted(UNMARKED))
def test_no_locative_word_no_place(lang: str) -> None:
    a = _agreement(UNMARKED[lang], lang)
    assert a.place is None
    assert "venue-city" in a.parties
    assert a.fields == frozenset()  # no field named
    assert a.term is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On 20 May 2024 Suwon and Hue signed an MOU for five years."),
    ("en", "On 20 May 2024 Suwon and Hue signed a 3-year MOU."),
    ("zh", "2024年5月20日，水原市与顺化市签署合作协议，为期3年。"),
    ("ko", "수원시와 후에시는 2024년 5월 20일 협약을 3년간 체결했다."),
    ("ru", "20 мая 2024 года Сувон и Хюэ подписали соглашение на три года."),
])
def test_terms_in_words_and_digits(lang: str, text: str) -> None:
    a = _agreement(text, lang)
    years = 5 if "five" in text else 3
    assert a.term == DateRange(start=PartialDate("2024-05-20"),
                               end=PartialDate(f"{2024 + years}-05-19"))


def test_term_with_a_coarse_signing_date_is_a_note() -> None:
    a = _agreement("In May 2024 Suwon and Hue signed an MOU for five years.", "en")
    assert a.term is None
    assert "for five years" in a.note


def test_a_date_is_no_term() -> None:
    a = _agreement("On 20 May 2024 Suwon and Hue signed an MOU, their 5th in 30 years.", "en")
    assert a.term is None


@pytest.mark.parametrize(("lang", "text", "venue"), [
    ("en", "On 20 May 2024 Suwon and Hue signed an MOU at the Grand InterContinental hotel.",
     "Grand InterContinental hotel"),
    ("en", "Suwon and Hue signed an MOU at Suwon City Hall.", "Suwon City Hall"),
    ("ko", "수원시와 후에시는 수원컨벤션센터에서 협약을 체결했다.", "수원컨벤션센터"),
    ("zh", "水原市与顺化市在上海大厦签署合作协议。", "上海大厦"),
    ("ja", "水原市と順化市は市民会館で協定を締結した。", "市民会館"),
    ("vi", "Suwon và Huế ký kết biên bản ghi nhớ tại Khách sạn Metropole.",
     "Khách sạn Metropole"),
    ("ru", "Сувон и Хюэ подписали соглашение в гостинице «Москва».", "гостинице «Москва»"),
])
def test_venue(lang: str, text: str, venue: str) -> None:
    assert _agreement(text, lang).venue == venue


def test_no_venue_without_a_locative_word() -> None:
    a = _agreement("Suwon, Hue and the Convention Center signed an MOU.", "en")
    assert a.venue is None


def test_field_words_inside_a_name_do_not_count() -> None:
    a = _agreement("Suwon and Hue signed an MOU on cooperation at the Suwon Culture Center.",
                   "en")
    assert a.fields == frozenset()
    assert a.venue == "Suwon Culture Center"


def test_fields_need_a_cooperation_word() -> None:
    x = extract("Suwon and Hue became sister cities; culture was on the menu.", lang="en",
                known=KNOWN)
    assert all(r.fields == frozenset() for r in x.records)
    x = extract("Suwon and Hue became sister cities to promote tourism and trade.", lang="en",
                known=KNOWN)
    (p,) = x.records
    assert {str(f) for f in p.fields} == {"tourism", "trade"}


@pytest.mark.parametrize(("lang", "text", "issuer"), [
    ("en", "Suwon City issued Plan 239/KH-UBND on 5 May 2024.", "suwon"),
    ("vi", "Suwon ban hành Kế hoạch số 239/KH-UBND ngày 5/5/2024.", "suwon"),
    ("en", "Plan 239/KH-UBND of Suwon sets the goals.", "suwon"),
    ("en", "Plan 239/KH-UBND sets the goals for Suwon.", None),
    ("hi", "सुवोन की योजना संख्या 239/केएच-यूबीएनडी को लागू किया गया है।", "suwon"),
    ("hi", "सुवोन ने योजना संख्या 239/केएच-यूबीएनडी को लागू किया है।", None),
])
def test_document_issuer(lang: str, text: str, issuer: str | None) -> None:
    x = extract(text, lang=lang, known=KNOWN)
    (doc,) = [r for r in x.records if r.type == "document"]
    assert doc.issuer == issuer
    assert _errors(x) == []


@pytest.mark.parametrize(("lang", "text", "office"), [
    ("en", "Mayor Kim Min-su of Suwon signed an MOU with Hue.", "mayor"),
    ("ko", "후에시와 수원시는 협약을 체결했으며 수원시 김민수 시장이 서명했다.", "시장"),
    ("vi", "Chủ tịch Nguyễn Văn An của Huế ký kết biên bản ghi nhớ với Suwon.", "chủ tịch"),
])
def test_signatory_office_and_the_persons_role(lang: str, text: str, office: str) -> None:
    x = extract(text, lang=lang, known=KNOWN)
    (a,) = [r for r in x.records if r.type == "agreement"]
    (s,) = a.signatories
    assert s.office == office
    person = x.dataset.actor(s.person)
    assert [(r.title.casefold(), r.of) for r in person.roles] == [(office, s.on_behalf_of)]


# ---- actor fusion ------------------------------------------------------------------------

def test_two_cordobas_never_fuse() -> None:
    x = extract("Córdoba, Spain and Córdoba, Argentina became sister cities in 2010.",
                lang="en")
    (p,) = x.records
    assert len(set(p.parties)) == 2
    geo = {a.id: a.identifiers for a in x.dataset.actors}
    assert geo[p.parties[0]] != geo[p.parties[1]]
    assert _errors(x) == []


def test_canonical_ids_keep_one_id_per_geonames_id() -> None:
    ids = canonical_ids([("city-x", 1, "ES"), ("city-x", 2, "ES"), ("city-y", 3, "AR"),
                         ("city-y2", 3, "AR")])
    assert ids == {1: "city-x-1", 2: "city-x-2", 3: "city-y"}


def test_drafts_of_two_cordobas_stay_apart_and_one_city_stays_one() -> None:
    items = [("Mayor Kim of Córdoba, Spain visited Hue City in May 2024.", {"lang": "en"}),
             ("Mayor Kim of Córdoba, Argentina visited Hue City in May 2024.", {"lang": "en"}),
             ("Đoàn Córdoba, Tây Ban Nha thăm thành phố Huế vào tháng 5 năm 2024.",
              {"lang": "vi"})]
    result = extract_many(items, merge=True)
    cordobas = [a for a in result.dataset.actors if a.name.startswith("Córdoba")]
    geo = sorted(i.value for a in cordobas for i in a.identifiers)
    assert len(cordobas) == len(geo) == 2
    assert len({a.id for a in cordobas}) == 2
    hue = [a for a in result.dataset.actors if a.identifiers == (
        Identifier(scheme="geonames", value="1580240"),)]
    assert len(hue) == 1


def test_folded_key() -> None:
    assert folded_key("Hà Nội") == folded_key("HA NOI") == folded_key("Hanoi City") == "hanoi"
    assert folded_key("하남시") == folded_key("Hanam") == "hanam"


def test_a_spelling_fuses_with_a_known_actor_of_its_country() -> None:
    known = Dataset(actors=[City(id="hanoi", name="Hanoi", country="VN")])
    x = extract("Suwon and Ha Noi City became sister cities.", lang="en",
                known=Dataset(actors=[*known.actors, *KNOWN.actors]))
    assert {a for r in x.records for a in r.actors} >= {"hanoi"}


def test_a_known_actor_by_geonames_id() -> None:
    known = Dataset(actors=[City(id="the-hue", name="Thua Thien Hue capital",
                                 identifiers=[Identifier(scheme="geonames", value="1580240")])])
    x = extract("Suwon City and Hue City became sister cities in 2010.", lang="en",
                known=known)
    (p,) = x.records
    assert "the-hue" in p.parties


def test_abbreviation_in_brackets_is_the_same_actor() -> None:
    text = ("The United Nations Development Programme (UNDP) met Suwon City in May 2024. "
            "UNDP then visited Hue City in June 2024.")
    x = extract(text, lang="en")
    ids = {m.actor for m in x.mentions if m.text in ("UNDP", "United Nations Development "
                                                     "Programme")}
    assert len(ids) == 1


# ---- step events -------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On 20 May 2024 Suwon and Hue signed an MOU at a signing ceremony."),
    ("ko", "수원시와 후에시는 2024년 5월 20일 협약식을 갖고 협약을 체결했다."),
    ("vi", "Ngày 20/5/2024, Suwon và Huế tổ chức lễ ký kết biên bản ghi nhớ."),
    ("zh", "2024年5月20日，水原市与顺化市举行签约仪式，签署合作协议。"),
    ("ru", "20 мая 2024 года на церемонии подписания Сувон и Хюэ подписали соглашение."),
])
def test_signing_ceremony_is_a_step_of_its_agreement(lang: str, text: str) -> None:
    x = extract(text, lang=lang, known=KNOWN)
    (a,) = [r for r in x.records if r.type == "agreement"]
    (e,) = [r for r in x.records if r.type == "event"]
    assert (str(e.kind), e.agreement, e.date) == ("signing", a.id, a.signed)
    assert e.actors == ("hue", "suwon")
    assert _errors(x) == []
    assert x.evidence[e.id].cue in text


def test_no_signing_event_without_an_agreement() -> None:
    x = extract("The signing ceremony of Suwon was postponed.", lang="en", known=KNOWN)
    assert [r for r in x.records if r.type == "event" and str(r.kind) == "signing"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In 2010 Suwon and Hue were merged into one city."),
    ("vi", "Năm 2010, Suwon và Huế sáp nhập thành một thành phố."),
    ("zh", "2010年水原市与顺化市合并。"),
    ("fa", "ادغام سوون و هوئه در سال ۲۰۱۰ انجام شد."),
    ("ja", "2010年に水原市と順化市が合併した。"),
])
def test_merger(lang: str, text: str) -> None:
    x = extract(text, lang=lang, known=KNOWN)
    (e,) = [r for r in x.records if r.type == "event" and str(r.kind) == "merger"]
    assert e.actors == ("hue", "suwon")
    assert e.date == PartialDate("2010")


def test_a_merger_needs_two_places() -> None:
    x = extract("In 2010 Suwon merged two departments.", lang="en", known=KNOWN)
    assert [r for r in x.records if r.type == "event"] == []


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "In 2020 Suwon and Hue renewed their sister city agreement.", "renewal"),
    ("zh", "2020年水原市与顺化市续签友好城市协议。", "renewal"),
    ("vi", "Năm 2020, Suwon và Huế gia hạn biên bản ghi nhớ.", "extension"),
])
def test_lifecycle_step_linked_to_its_record(lang: str, text: str, kind: str) -> None:
    x = extract(text, lang=lang, known=KNOWN)
    (e,) = [r for r in x.records if r.type == "event"]
    linked = e.agreement or e.partnership
    assert str(e.kind) == kind and linked in {r.id for r in x.records}
    assert _errors(x) == []


def test_a_negated_step_gives_nothing() -> None:
    x = extract("Suwon and Hue did not renew their sister city agreement.", lang="en",
                known=KNOWN)
    assert [r for r in x.records if r.type == "event"] == []


def test_review_html_shows_the_slots() -> None:
    x = extract(SIGNED["en"], lang="en", known=KNOWN)
    page = x.to_html()
    assert "place: venue-city" in page and "fields: culture, education" in page
    assert "term: 2024-05-20/2029-05-19" in page


# ---- people with titles ------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "name", "title"), [
    ("en", "Mayor Lee Hyeon-jae visited Hue in May 2024.", "Lee Hyeon-jae", "Mayor"),
    ("ko", "이현재 하남시장은 2024년 5월 후에시를 방문했다.", "이현재", "시장"),
    ("zh", "2024年5月，市长王伟率团访问了顺化市。", "王伟", "市长"),
    ("ja", "2024年5月、上尾市の畠山稔市長が本宮市を訪問した。", "畠山稔", "市長"),
    ("vi", "Đại sứ Nguyễn Văn An đã thăm Huế vào tháng 5 năm 2024.", "Nguyễn Văn An", "Đại sứ"),
    ("ru", "Посол Иван Петров посетил Хюэ в мае 2024 года.", "Иван Петров", "Посол"),
    ("fa", "سفیر علی رضایی در ماه مه ۲۰۲۴ از هوئه بازدید کرد.", "علی رضایی", "سفیر"),
    ("hi", "महापौर राम कुमार ने मई 2024 में ह्यू का दौरा किया।", "राम कुमार", "महापौर"),
    ("gu", "મેયર રામ કુમાર 2024માં હ્યુની મુલાકાતે આવ્યા.", "રામ કુમાર", "મેયર"),
    ("he", "ראש העיר משה כהן ביקר בהואה במאי 2024.", "משה כהן", "ראש העיר"),
])
def test_people_with_titles_in_each_language(lang: str, text: str, name: str,
                                             title: str) -> None:
    x = extract(text, lang=lang, known=KNOWN)
    people = [(m.name, m.title) for m in x.mentions if m.kind == "person"]
    assert people == [(name, title)]
    (e,) = [r for r in x.records if r.type == "event"]
    assert any(p.actor.startswith("person-") for p in e.participants)


@pytest.mark.parametrize(("lang", "text", "place", "person"), [
    ("ko", "이현재 하남시장은 2024년 5월 리틀록시를 방문했다.", "하남시", "이현재"),
    ("ko", "하남시장은 2024년 5월 리틀록시를 방문했다.", "하남시", None),
    ("ja", "上尾市長は2024年5月に本宮市を訪問した。", "上尾市", None),
    ("zh", "北京市市长王伟率团访问了顺化市。", "北京市", "王伟"),
    ("zh", "北京市长王伟访问了顺化市。", "北京市", "王伟"),
])
def test_a_title_glued_to_its_city_gives_the_city_and_the_person(
        lang: str, text: str, place: str, person: str | None) -> None:
    x = extract(text, lang=lang)
    assert place in [m.text for m in x.mentions if m.kind == "place"]
    assert [m.name for m in x.mentions if m.kind == "person"] == ([person] if person else [])
    (e,) = [r for r in x.records if r.type == "event"]
    assert len({p.actor for p in e.participants if not p.actor.startswith("person-")}) == 2


@pytest.mark.parametrize(("lang", "text", "place", "office"), [
    ("ko", "하남시장은 2024년 5월 리틀록시를 방문했다.", "city-hanam", "시장"),
    ("ja", "上尾市長は2024年5月に本宮市を訪問した。", "city-ageo", "市長"),
])
def test_an_unnamed_office_holder_takes_part_as_the_city_in_that_office(
        lang: str, text: str, place: str, office: str) -> None:
    x = extract(text, lang=lang)
    (e,) = x.records
    assert [(p.actor, p.office) for p in e.participants if p.office] == [(place, office)]
    assert _errors(x) == []


def test_an_unnamed_office_holder_signs_as_the_office() -> None:
    x = extract("하남시장은 2024년 5월 리틀록시와 협약을 체결했다.", lang="ko")
    (a,) = x.records
    assert [(s.person, s.office, s.on_behalf_of) for s in a.signatories] == [
        (None, "시장", "city-hanam")]
    named = extract("이현재 하남시장은 2024년 5월 리틀록시와 협약을 체결했다.", lang="ko")
    (b,) = named.records
    assert [(s.person, s.office) for s in b.signatories] == [("person-이현재", "시장")]


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "2024年，水原市与顺化市分别在上海、北京举办友好城市交流会议。"),
    ("en", "In 2024 Suwon and Hue held conferences in Seoul and Busan."),
])
def test_a_list_of_places_is_no_place(lang: str, text: str) -> None:
    x = extract(text, lang=lang, known=KNOWN)
    assert x.records and all(getattr(r, "place", None) is None for r in x.records)


def test_a_qualified_place_is_still_the_place() -> None:
    a = _agreement("Suwon and Hue signed an MOU in Seoul, Korea in 2024.", "en")
    assert a.place == "venue-city"


def test_a_news_desk_is_no_field() -> None:
    x = extract("به گزارش گروه اجتماعی، سوون و هوئه تفاهم‌نامه همکاری امضا کردند.", lang="fa",
                known=KNOWN)
    assert x.records and all(r.fields == frozenset() for r in x.records)


@pytest.mark.parametrize(("lang", "text", "place", "office"), [
    ("en", "The Mayor of Suwon City visited Hue City in May 2024.", "city-suwon", "mayor"),
    ("fa", "شهردار تهران در ماه مه ۲۰۲۴ از پکن بازدید کرد.", "city-tehran", "شهردار"),
])
def test_an_office_of_a_named_place(lang: str, text: str, place: str, office: str) -> None:
    x = extract(text, lang=lang)
    assert [m for m in x.mentions if m.kind == "person"] == []
    (e,) = x.records
    assert [(p.actor, p.office) for p in e.participants if p.office] == [(place, office)]


def test_a_named_mayor_is_a_person_not_an_office() -> None:
    x = extract("Mayor Kim Min-su of Suwon City visited Hue City in May 2024.", lang="en")
    (e,) = x.records
    assert all(p.office is None for p in e.participants)
    assert "person-kimminsu" in e.actors


def test_extract_directory_fuses_as_extract_many(tmp_path: Any) -> None:
    pytest.importorskip("dask.bag")
    from citydiplo.dask import extract_directory

    texts = ["Córdoba, Spain and Córdoba, Argentina became sister cities in 2010.",
             "Mayor Kim of Córdoba, Spain visited Hue City in May 2024."]
    for i, t in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(t, "utf-8")
    batched = extract_directory(tmp_path, lang="en", batch=1, client=None)
    whole = extract_many([(t, {"lang": "en"}) for t in texts])
    assert [[r.actors for r in x.records] for x in batched] == \
        [[r.actors for r in x.records] for x in whole]
    geo: dict[str, set[str]] = {}
    for x in whole:
        for a in x.actors:
            if "cordoba" in a.id:
                geo.setdefault(a.id, set()).update(i.value for i in a.identifiers)
    assert len(geo) == 2 and all(len(v) == 1 for v in geo.values())  # one id per GeoNames id
    assert set.union(*geo.values()) == {"2519240", "3860259"}
