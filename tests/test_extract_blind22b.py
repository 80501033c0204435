"""Cases from real news in Russian, Gujarati, Hindi and Hebrew (bench/extract_devset22b): the
families of wrong or missing records they stand for, each shown in several wordings."""

from __future__ import annotations

import pytest

from citydiplo import extract
from citydiplo._extract._cues import check_cues, cues


def _roles(text: str, lang: str) -> list[list[tuple[str, str]]]:
    return [sorted((p.role.value, p.actor) for p in r.participants)
            for r in extract(text, lang=lang).records if r.type == "event"]


def _people(text: str, lang: str) -> list[str]:
    return [m.name or m.text for m in extract(text, lang=lang).mentions if m.kind == "person"]


# -- a delegation whose owner follows its word, in the genitive -----------------------------
# https://blagduma.ru/news/2014-04-28 : "Сегодня глава муниципалитета Владимир Кобелев
# встретился с прибывшей в Благовещенск официальной делегацией Народного Правительства района
# Айгунь округа Хэйхэ (КНР) под руководством первого заместителя главы Народного правительства
# района Айгунь господина Сяо Юйчжу." -- Heihe owns the delegation, Blagoveshchensk receives
# it; the SVO rule (who stands before the word owns it) had the two the other way round, and
# neither the head of the municipality nor the leader after "господина" was a person.

RU_MEETING = ("Сегодня глава муниципалитета Владимир Кобелев встретился с прибывшей в "
              "Благовещенск официальной делегацией Народного Правительства района Айгунь округа "
              "Хэйхэ (КНР) под руководством первого заместителя главы Народного правительства "
              "района Айгунь господина Сяо Юйчжу.")


def test_the_owner_after_a_delegation_word_is_the_delegate() -> None:
    [roles] = _roles(RU_MEETING, "ru")
    got = {a: r for r, a in roles}
    assert got["city-heihe"] == "delegate"
    assert got.get("city-blagoveshchensk", "host") == "host"  # the place it came to, if read
    assert got["person-владимиркобелев"] == "host"
    assert got["person-сяоюичжу"] == "delegate"  # its leader, after "под руководством"


@pytest.mark.parametrize("text", [
    "Мэр Владимир Кобелев встретился с прибывшей в Благовещенск делегацией города Хэйхэ.",
    "Мэр Владимир Кобелев встретился с делегацией города Хэйхэ, прибывшей в Благовещенск.",
])
def test_the_owner_in_other_wordings(text: str) -> None:
    [roles] = _roles(text, "ru")
    assert ("delegate", "city-хэихэ") in roles or ("delegate", "city-heihe") in roles
    assert ("host", "person-владимиркобелев") in roles


def test_a_place_after_a_preposition_is_no_owner() -> None:
    """Negative: "в Хэйхэ" (to Heihe) after the word ends the owner's phrase: no delegate."""
    text = "Мэр Владимир Кобелев принял участие во встрече с делегацией в Хэйхэ."
    assert all(r != "delegate" for roles in _roles(text, "ru") for r, _ in roles)


@pytest.mark.parametrize(("text", "name"), [
    (RU_MEETING, "Владимир Кобелев"),
    (RU_MEETING, "Сяо Юйчжу"),
    ("Глава муниципального образования Ирина Иванова открыла выставку.", "Ирина Иванова"),
])
def test_municipal_heads_and_honorifics_name_people(text: str, name: str) -> None:
    assert name in _people(text, "ru")


# -- a visit whose guest and host the case particles mark (SOV) -----------------------------
# https://khabarpatri.com/ambassador-of-uzbekistan-to-india-pays-a-courtesy-visit-to-the-cm :
# "મુખ્યમંત્રી વિજયભાઇ રૂપાણીની ઉઝબેકીસ્તાનના ભારત સ્થિત રાજદૂત ફરહોદ અર્ઝીવ એ ગાંધીનગરમાં
# સૌજ્ન્ય મુલાકાત લીધી હતી." -- every person before the verb counted as a subject: the Chief
# Minister who was called on came out a visitor.

GU_CALL = ("મુખ્યમંત્રી વિજયભાઇ રૂપાણીની ઉઝબેકીસ્તાનના ભારત સ્થિત રાજદૂત ફરહોદ અર્ઝીવ એ "
           "ગાંધીનગરમાં સૌજ્ન્ય મુલાકાત લીધી હતી.")


def test_the_one_called_on_is_the_host() -> None:
    [roles] = _roles(GU_CALL, "gu")
    assert ("host", "person-વિજયભાઇરૂપાણી") in roles
    assert ("visitor", "person-ફરહોદઅર્ઝીવ") in roles


def test_hindi_dative_marks_the_host() -> None:
    text = "राजदूत जॉन स्मिथ ने मुख्यमंत्री नीतीश कुमार को पटना का दौरा करवाया।"
    roles = [x for rs in _roles(text, "hi") for x in rs]
    assert ("visitor", "person-जॉनस्मिथ") in roles
    assert ("visitor", "person-नीतीशकुमार") not in roles


@pytest.mark.parametrize(("text", "lang", "companion"), [
    ("राजदूत जॉन स्मिथ ने मुख्यमंत्री नीतीश कुमार के साथ पटना का दौरा किया।", "hi",
     "person-नीतीशकुमार"),
    ("શ્રી ભૂપેન્દ્ર પટેલ સાથે રાજદૂત એલેક્સ એલીસ એ ગાંધીનગરની મુલાકાત લીધી.", "gu",
     "person-ભૂપેન્દ્રપટેલ"),
])
def test_company_is_no_host(text: str, lang: str, companion: str) -> None:
    """Negative: a person "with" the visitor travels with them: no host by the particle."""
    roles = [x for rs in _roles(text, lang) for x in rs]
    assert ("host", companion) not in roles


def test_no_agent_particle_no_change() -> None:
    """Negative: without a doer marked by the ergative the roles stay as word order gives."""
    text = "મુખ્યમંત્રી વિજયભાઇ રૂપાણીની મુલાકાત રાજદૂત ફરહોદ અર્ઝીવ ગાંધીનગરમાં લીધી હતી."
    base = _roles(text, "gu")
    assert all(("host", "person-વિજયભાઇરૂપાણી") not in rs or ("visitor", "person-ફરહોદઅર્ઝીવ")
               not in rs for rs in base) or base == []


# -- "was hosted" (Hebrew "התארח") tells a visit ---------------------------------------------
# https://www.afulanet.co.il/mobile/news.asp?ContentID=4394 : "שגריר ארמניה בישראל ארמן
# אקופיאן התארח בלשכתו של ראש העיר אבי אלקבץ" -- the guest's own verb was no cue.

def test_hosted_is_a_visit_with_the_host_after() -> None:
    text = ("שגריר ארמניה בישראל ארמן אקופיאן התארח בלשכתו של ראש העיר אבי אלקבץ, סייר במוקדים "
            "שונים בעיר עפולה.")
    events = [r for r in extract(text, lang="he").records if r.type == "event"]
    assert events and events[0].kind.value == "visit"
    roles = {p.actor: p.role.value for p in events[0].participants}
    assert roles.get("person-אביאלקבץ") == "host"


def test_cue_data_still_checks() -> None:
    for lang in ("ru", "gu", "hi", "he"):
        assert check_cues(cues(lang)) == []
