"""Extraction rules of round 25 (vi, ja, gu, fa, ru), on sentences quoted from the pages of
``bench/extract_devset25`` and earlier sets: each text is extracted once (module cache)."""

from __future__ import annotations

from functools import cache

from citydiplo import City, Dataset, Person, Region, extract
from citydiplo._extract import Extraction

# baotintuc.vn (TTXVN), 15 August 2012
_HALONG = (
    "Sáng 15/8, Chủ tịch Ủy ban Nhân dân thành phố Hạ Long Đào Xuân Đan và Thị trưởng thành phố "
    "Chu Hải thuộc tỉnh Quảng Đông, Trung Quốc, ông Hà Ninh Khải, đã ký kết Biên bản ghi nhớ về "
    "tăng cường giao lưu hợp tác giữa chính quyền hai thành phố.\n\n"
    "Theo Bản ghi nhớ, thành phố Hạ Long và thành phố Chu Hải sẽ tự nguyện phát triển các hình "
    "thức giao lưu và hợp tác dựa trên cơ sở tuân thủ pháp luật liên quan của hai nước và nguyên "
    "tắc bình đẳng cùng có lợi cùng quan hệ đối tác hợp tác chiến lược toàn diện Việt Nam- Trung "
    "Quốc.\n"
)
# the same terms phrase where the tie is reported as made (devset 12a, armenpress)
_GYUMRI = ("Gyumri and Tver signed an agreement in 2012. Under the agreement, Gyumri and Tver "
           "became sister cities.\n")
# osaka.china-consulate.org, 2 June 2010
_CEREMONY = ("揚州市代表団、奈良市役所職員および奈良の各民間団体、市民約300人が"
             "記念式典に参加した。\n")
_XIAN = "1974年の時、奈良市は中国の古都・西安市と友好関係を締結した。\n"
_TALK = "友好都市提携を機に、両市がさらに友好関係を深めるよう期待した。\n"
# tv9gujarati.com, 2 February 2021
_SURAT = ("ફ્રાન્સનાં પર્યાવરણ મહિલા પ્રધાન બાર્બરા પોમપિલી પોતાના 15 પ્રતિનિધિઓ સાથે સુરતની "
          "મુલાકાતે આવ્યા હતા.\n")
# kurdistantv.net (Persian)
_ERBIL = (
    "در 9 سپتامبر 2023، دو شهر اربیل و نشویل، تنسی، قرارداد خواهرخواندگی خود را که توسط امید "
    "خوشناو فرماندار اربیل و جان کوپر شهردار نشویل امضا شد، اعلام کردند.\n"
)
# portamur.ru, 2024
_FIVE = (
    "За год дружбы, скрепленной пятисторонним соглашением между Благовещенском, Нижним "
    "Новгородом, Южно-Сахалинском, Хэйхэ и Чжухаем, прошло большое количество масштабных "
    "мероприятий и проектов, отметил Дмитрий Александрович.\n"
)
# the whole text of the portamur.ru page (2024)
_ONE_CITY = (
    "Семьдесят пять лет со дня установления дипломатических отношений между Россией и "
    "Китаем отмечается в этом году. 2024-2025 годы объявлены перекрестными годами культуры "
    "Россия — Китай. Перспективы дальнейшего сотрудничества Благовещенска и Хэйхэ обсудили "
    "власти городов в Китае. Состоялась протокольная встреча. Участие в ней приняли мэр "
    "города Хэйхэ Чжао Жунго и заместители мэра Благовещенска Дмитрий Перов и Александр "
    "Воронов.\n«Как недавно вновь подчеркнул Владимир Владимирович Путин, уровень "
    "взаимодействия нашей страны с Китайской Народной Республикой беспрецедентно высокий. "
    "Поэтому неудивительно, что сразу после возобновления работы пограничных пунктов "
    "пропуска Благовещенск — Хэйхэ в 2023 году сотрудничество наших городов восстановилось "
    "до масштабов 2019 года», — подчеркнул Дмитрий Перов.\nЗа год дружбы, скрепленной "
    "пятисторонним соглашением между Благовещенском, Нижним Новгородом, Южно-Сахалинском, "
    "Хэйхэ и Чжухаем, прошло большое количество масштабных мероприятий и проектов, отметил "
    "Дмитрий Александрович.\n"
)
_LANG = {_ONE_CITY: "ru", _HALONG: "vi", _GYUMRI: "en", _CEREMONY: "ja", _XIAN: "ja",
         _TALK: "ja", _SURAT: "gu", _ERBIL: "fa", _FIVE: "ru"}
_REGISTER = Dataset(actors=[
    City(id="ha-long", name="Ha Long", names={"vi": ["Hạ Long"]}, country="VN"),
    City(id="zhuhai", name="Zhuhai", names={"vi": ["Chu Hải", "thành phố Chu Hải"]},
         country="CN", subdivision="CN-GD"),
    Region(id="guangdong", name="Guangdong", names={"vi": ["tỉnh Quảng Đông", "Quảng Đông"]},
           country="CN", subdivision="CN-GD"),
    Person(id="omed-khoshnaw", name="Omed Khoshnaw", names={"fa": ["امید خوشناو"]}),
    Person(id="john-cooper", name="John Cooper", names={"fa": ["جان کوپر"]}),
    Person(id="dmitry-perov", name="Dmitry Perov",
           names={"ru": ["Дмитрий Перов", "Дмитрий Александрович"]}),
])


@cache
def _x(text: str, known: bool = False) -> Extraction:
    return extract(text, lang=_LANG[text], known=_REGISTER if known else None)


def _names(x: Extraction) -> dict[str, str]:
    return {a.id: a.name for a in x.dataset.actors}


def test_terms_phrase_names_the_agreement_told_before() -> None:
    # "Theo Bản ghi nhớ" (under the MoU): the MoU of the first sentence, no second one, and
    # the nations' partnership it mentions is no tie of the two cities
    x = _x(_HALONG)
    assert [r.type for r in x.records] == ["agreement"]
    assert any("agreement its terms phrase names" in s.reason for s in x.skipped)


def test_terms_phrase_keeps_a_tie_reported_as_made() -> None:
    assert "partnership" in [r.type for r in _x(_GYUMRI).records]


def test_officer_named_after_a_known_place_of_the_office() -> None:
    # "Chủ tịch Ủy ban Nhân dân thành phố Hạ Long Đào Xuân Đan": Ha Long's chairman signs
    x = _x(_HALONG)
    names = _names(x)
    (mou,) = x.dataset.agreements
    got = sorted((names[s.person], names[s.on_behalf_of]) for s in mou.signatories if s.person)
    assert got == [("Hà Ninh Khải", "Zhuhai"), ("Đào Xuân Đan", "Hạ Long")]


def test_region_a_city_belongs_to_is_no_party() -> None:
    # "thành phố Chu Hải thuộc tỉnh Quảng Đông": Zhuhai, of Guangdong province, with a
    # register that names both
    (mou,) = _x(_HALONG, True).dataset.agreements
    assert sorted(mou.parties) == ["ha-long", "zhuhai"]
    assert "zhuhai" in [s.on_behalf_of for s in mou.signatories]


def test_delegation_attending_a_ceremony_is_one_event() -> None:
    events = _x(_CEREMONY).dataset.events
    assert [e.kind.value for e in events] == ["other"]


def test_friendly_relations_concluded_found_a_tie() -> None:
    ties = _x(_XIAN).dataset.partnerships
    names = _names(_x(_XIAN))
    assert [sorted(names[a] for a in t.parties) for t in ties] == [["Nara-shi", "Xi’an"]]


def test_friendly_relations_talked_of_are_no_tie() -> None:
    assert not _x(_TALK).dataset.partnerships


def test_gujarati_minister_and_her_own_delegation() -> None:
    # "પ્રધાન" (minister) is a title; "પોતાના" (her own) ends the name
    x = _x(_SURAT)
    assert [m.name for m in x.mentions if m.kind == "person"] == ["બાર્બરા પોમપિલી"]
    (visit,) = x.dataset.events
    names = _names(x)
    assert sorted((names[p.actor], p.role.value) for p in visit.participants) == [
        ("Surat", "host"), ("બાર્બરા પોમપિલી", "visitor")]


def test_persian_signatories_named_before_their_titles() -> None:
    for known in (False, True):
        x = _x(_ERBIL, known)
        names = _names(x)
        (pact,) = x.dataset.agreements
        got = sorted((names[s.person], names[s.on_behalf_of]) for s in pact.signatories)
        assert len(got) == 2 and got[0][1] != got[1][1]
        side = dict(got)
        erbil = next(v for k, v in side.items() if "خوشناو" in k or k == "Omed Khoshnaw")
        assert erbil == "Erbil"
    assert "اعلام کردند" not in [m.name for m in _x(_ERBIL).mentions if m.kind == "person"]


def test_one_city_named_in_two_cases_is_one_actor() -> None:
    # "сотрудничества Благовещенска и Хэйхэ" and "Благовещенск — Хэйхэ" (portamur.ru)
    x = _x(_ONE_CITY)
    assert sorted(a.name for a in x.dataset.actors if a.id.startswith("city-благовещенск")) \
        == ["Благовещенск"]


def test_sealed_agreement_and_its_speaker() -> None:
    # "скрепленной ... соглашением" (sealed by an agreement); who "noted" it signed nothing
    for known in (False, True):
        (pact,) = _x(_FIVE, known).dataset.agreements
        assert len(pact.parties) >= 2
        assert not pact.signatories
