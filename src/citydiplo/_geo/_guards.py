"""The checks ``find_places`` runs on the mentions its scan read, each in its own module:
venues named after a place (:mod:`._venues`), the words around a name (:mod:`._limits`),
Vietnamese marks (:mod:`._tone_marks`), a city in brackets after another
(:mod:`._bracketed_city`), persons' titles before a name (:mod:`._person_context`), frequent
words that name a town at home (:mod:`._town_words`), streets named after a place
(:mod:`._named_after`), Han names of cities abroad (:mod:`._han_abroad`), frequent words
that are small home places (:mod:`._home_words`), small towns read across a word
(:mod:`._han_straddle`), the first two characters of a mountain's name
(:mod:`._han_mountains`), cities read through their seat town's name
(:mod:`._seat_names`), one-character wards ending a longer name (:mod:`._ward_tails`),
mayors' surnames after their municipality (:mod:`._mayor_names`),
parts of persons' names (:mod:`._person_parts`,
:mod:`._person_titles`, :mod:`._titled_names`), the first word of a generic word
(:mod:`._generic_head`), a city named with a region it is not in (:mod:`._of_region`),
frequent words read through a character of their own (:mod:`._word_readings`), country names
that also name a district at home (:mod:`._country_homonyms`), the names of seas
(:mod:`._water`), acronyms the text spells out (:mod:`._acronyms`), short forms opening a
longer name (:mod:`._short_words`), Japanese persons' names in Latin letters
(:mod:`._romaji_names`) and in Devanagari or Gujarati (:mod:`._japanese_given`), the tails
of foreign names after their country (:mod:`._apposition`), level words of another
municipality (:mod:`._level_words`) and parts of a foreign person's name joined by a middle
dot (:mod:`._dotted_names`), countries inside another region's name (:mod:`._inner`) and
small towns read through a word beginning with a generic word (:mod:`._generic_compounds`),
bare names the text qualifies elsewhere (:mod:`._qualified_names`), names glued to more
Latin letters (:mod:`._glued_letters`), the tails of longer names (:mod:`._longer_names`),
peoples named after a place (:mod:`._ethnic_names`),
bare particles (:mod:`._particle_words`), hiragana names inside a hiragana word
(:mod:`._hiragana_words`), foreign states named bare in Chinese, Japanese and
Korean (:mod:`._bare_capitals`), places inside an institution's or an era's name
(:mod:`._institution_names`), Japanese surnames before a given name and an honorific
(:mod:`._honorific_names`), short forms of towns in capitals (:mod:`._capital_aliases`),
given names before a middle initial (:mod:`._initialed_names`), names read across a Chinese
title or written in a byline (:mod:`._han_person_edges`), names ending with a counted
generic word (:mod:`._counted_generic`), romanized names in brackets
(:mod:`._bracketed_romanized`), foreign regions glued after a
compass character (:mod:`._compass_glued`), cities read in another country than the region
written before them (:mod:`._region_first`), Indian and Iranian towns outside the text's states
(:mod:`._state_namesakes`), Sino-Vietnamese names of places in a country the text does not
name (:mod:`._sino_viet`), provinces' names in another province's list
(:mod:`._headed_lists`) and Latin names opening a brand's name in a text of another script
(:mod:`._latin_names`)."""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._acronyms import outside_acronyms
from citydiplo._geo._apposition import outside_glued_tails
from citydiplo._geo._bare_capitals import as_bare_capitals
from citydiplo._geo._bracketed_city import outside_bracketed_city
from citydiplo._geo._bracketed_romanized import outside_bracketed_romanized
from citydiplo._geo._capital_aliases import outside_capital_aliases
from citydiplo._geo._compass_glued import outside_compass_glued
from citydiplo._geo._counted_generic import outside_counted_generics
from citydiplo._geo._country_homonyms import outside_home_districts
from citydiplo._geo._dotted_names import outside_dotted_names
from citydiplo._geo._english_given import outside_english_given_names
from citydiplo._geo._ethnic_names import outside_ethnic_names
from citydiplo._geo._generic_compounds import outside_generic_compounds
from citydiplo._geo._generic_head import outside_generic_heads
from citydiplo._geo._glued_letters import outside_glued_letters
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._han_abroad import supported_abroad
from citydiplo._geo._han_mountains import outside_mountains
from citydiplo._geo._han_person_edges import outside_han_person_edges
from citydiplo._geo._han_straddle import outside_straddles
from citydiplo._geo._han_tails import outside_word_tails
from citydiplo._geo._hangul_given import outside_hangul_given_names
from citydiplo._geo._hangul_landforms import outside_hangul_landforms
from citydiplo._geo._headed_lists import within_headed_lists
from citydiplo._geo._hebrew_given import outside_hebrew_surnames
from citydiplo._geo._hiragana_words import outside_hiragana_words
from citydiplo._geo._home_words import with_home_support
from citydiplo._geo._honorific_names import outside_honorific_names
from citydiplo._geo._indic_name_parts import outside_indic_given_names
from citydiplo._geo._initialed_names import outside_initialed_names
from citydiplo._geo._inner import outside_inner_regions
from citydiplo._geo._institution_names import outside_institution_names
from citydiplo._geo._japanese_given import outside_japanese_given_names
from citydiplo._geo._latin_names import outside_latin_names
from citydiplo._geo._level_words import outside_other_levels
from citydiplo._geo._limits import within_limits
from citydiplo._geo._local_units import within_named_provinces
from citydiplo._geo._longer_names import outside_longer_names
from citydiplo._geo._mayor_names import outside_mayor_names
from citydiplo._geo._month_names import outside_month_names
from citydiplo._geo._name_lists import outside_name_lists
from citydiplo._geo._named_after import outside_named_streets
from citydiplo._geo._of_region import outside_other_regions
from citydiplo._geo._particle_words import outside_particles
from citydiplo._geo._person_context import outside_person_names as outside_titled_persons
from citydiplo._geo._person_named import outside_person_named
from citydiplo._geo._person_parts import outside_person_names
from citydiplo._geo._person_titles import outside_surnames
from citydiplo._geo._qualified_names import following_qualified
from citydiplo._geo._ranges import outside_ranges
from citydiplo._geo._region_first import outside_other_countries
from citydiplo._geo._resident_prefix import with_missions
from citydiplo._geo._romaji_names import outside_romaji_names
from citydiplo._geo._russian_given import outside_russian_surnames
from citydiplo._geo._seat_names import outside_seat_names
from citydiplo._geo._shared_names import outside_shared_names
from citydiplo._geo._short_words import outside_short_words
from citydiplo._geo._sino_viet import outside_unsupported_sino_viet
from citydiplo._geo._state_namesakes import within_text_states
from citydiplo._geo._storm_names import outside_storm_names
from citydiplo._geo._titled_names import outside_titled_names
from citydiplo._geo._tone_marks import with_agreeing_marks
from citydiplo._geo._town_words import outside_town_words
from citydiplo._geo._townships import outside_townships
from citydiplo._geo._transcribed import outside_transcribed_tails
from citydiplo._geo._unplaced import placed
from citydiplo._geo._venues import outside_venues
from citydiplo._geo._viet_exonyms import outside_unmarked_abroad
from citydiplo._geo._ward_tails import outside_ward_tails
from citydiplo._geo._water import outside_waters
from citydiplo._geo._word_readings import outside_word_readings

__all__ = ["guarded"]

M = TypeVar("M", bound=Mention)


def guarded(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` (sorted by start) without those the checks above rule out."""
    if not mentions:
        return []  # (each check keeps, drops or rereads the mentions it is given: none)
    ordered = sorted(outside_venues(mentions, text, lang), key=lambda m: m.start)
    ordered = within_limits(ordered, text, lang)
    ordered = outside_unmarked_abroad(with_agreeing_marks(ordered, text))  # "Sở Kế"
    ordered = outside_bracketed_city(ordered, text)
    ordered = outside_titled_persons(ordered, text, lang)  # "ראש העיר עינת", "डॉ. रवि कोटा"
    ordered = outside_person_named(ordered, text, lang)  # "tư tưởng Hồ Chí Minh"
    ordered = outside_town_words(ordered, text, lang)  # "आनंद" (joy), "قوم"
    ordered = outside_month_names(ordered, text, lang)  # "آوریل" (April) is no Orël
    ordered = outside_name_lists(ordered, text, lang)  # "漢江、丹陽、襄陽......這些相同的地名"
    ordered = outside_named_streets(ordered, text, lang)  # "خیابان ایران"
    ordered = outside_storm_names(ordered, text, lang)  # "Hurricane Florence"
    ordered = outside_home_districts(ordered, text, lang)  # "कोरिया" (Koriya, Chhattisgarh)
    ordered = supported_abroad(ordered, text, lang)
    ordered = outside_straddles(ordered, text, lang)  # "地方城市" is no Fangcheng
    ordered = outside_word_tails(ordered, text, lang)  # "五台山" is no Taishan
    ordered = outside_transcribed_tails(ordered, text, lang)  # "杰特苏州" is no Suzhou
    ordered = with_missions(ordered, text, lang)  # "주몽골 대사관"; "주인도 왔다" is no India
    ordered = outside_mountains(ordered, text, lang)  # "普陀山" is no Putuo, Shanghai
    ordered = outside_hangul_landforms(ordered, text, lang)  # "금산 보리암": a mountain
    ordered = outside_seat_names(ordered, text, lang)  # "宜城" of Hubei is no Yixing
    ordered = outside_townships(ordered, text, lang)  # "吉安乡" is no Ji'an, Jiangxi
    ordered = outside_ward_tails(ordered, text, lang)  # "港北区" holds no 北区, Tokyo
    ordered = with_home_support(ordered, lang, text)  # "经济合作区" is no Hezuo
    ordered = outside_person_names(ordered, text, lang)  # "Đinh Văn Dực", "Lee Seon - Ho"
    ordered = outside_word_readings(ordered, text, lang)  # "수도", "コロナ禍"
    ordered = outside_other_regions(ordered, text, lang)  # "Wucheng of Shandong"
    ordered = outside_titled_names(ordered, text, lang)  # "Mayor Rex Richardson"
    ordered = outside_surnames(ordered, text, lang)  # "大村秀章知事", "마쓰모토 코지 시장"
    ordered = outside_mayor_names(ordered, text, lang)  # "安中市の岩井市長" is no Iwai
    ordered = outside_waters(ordered, text, lang)  # "the Sea of Japan"
    ordered = outside_ranges(ordered, text, lang)  # "ارتفاعات البرز" is no Alborz province
    ordered = outside_romaji_names(ordered, text, lang)  # "Kotaro Murakami"
    ordered = outside_japanese_given_names(ordered, text, lang)  # "कोटारो नागासाकी"
    ordered = outside_hangul_given_names(ordered, text, lang)  # "오사카 토모미"
    ordered = outside_short_words(ordered, text, lang)  # "the National Governors Association"
    ordered = outside_acronyms(ordered, text)  # "National Governors Association ... NGA"
    ordered = outside_capital_aliases(ordered)  # "CEO" is no Cela, Angola
    ordered = outside_initialed_names(ordered, text, lang)  # "Mary D. Kane"
    ordered = outside_russian_surnames(ordered, text, lang)  # "Сергей Иванов"
    ordered = outside_hebrew_surnames(ordered, text, lang)  # "ירון לונדון"
    ordered = outside_english_given_names(ordered, text, lang)  # "Whitney Houston"
    ordered = outside_indic_given_names(ordered, text, lang)  # "सूरत सिंह"
    ordered = outside_glued_tails(ordered, text, lang)  # "印度 绍拉普尔市" is no Poole
    ordered = outside_other_levels(ordered, text, lang)  # "旧丹波町", "청도시" (Qingdao)
    ordered = outside_dotted_names(ordered, text, lang)  # "戴维·伊格" is no Ig, Slovenia
    ordered = outside_inner_regions(ordered, text)  # "内モンゴル" is no Mongolia
    ordered = outside_generic_compounds(ordered, text, lang)  # "新兴市场" is no Xinxing
    ordered = outside_glued_letters(ordered, text)  # "Nuits-Saint Georges" holds no George
    ordered = outside_longer_names(ordered, text, lang)  # "Santa Clara City Hall": no Clara
    ordered = following_qualified(ordered, text)  # "Anyang, South Korea ... Anyang"
    ordered = outside_ethnic_names(ordered, text, lang)  # "朝鮮族" is no North Korea
    ordered = outside_particles(ordered, lang)  # "(9월 18~22일)에도" is no Edo
    ordered = outside_hiragana_words(ordered, text, lang)  # "おなじみとなった" is no Mito
    ordered = outside_institution_names(ordered, text, lang)  # "青岛日报", "朝鮮通信使"
    ordered = outside_honorific_names(ordered, text, lang)  # "川口顺子女士" is no Kawaguchi
    ordered = outside_han_person_edges(ordered, text, lang)  # "副会长冈崎温", "摄影 文昌吉"
    ordered = outside_counted_generics(ordered, lang)  # "巩固两市友谊" is no Goyang
    ordered = outside_bracketed_romanized(ordered, text, lang)  # "호 끼 민(Ho Ky Minh)"
    ordered = outside_compass_glued(ordered, text, lang)  # "西苏门答腊省" is no Sumatera
    ordered = outside_other_countries(ordered, text, lang)  # "버지니아주 비엔나시"
    ordered = outside_shared_names(ordered, text, lang)  # "美国加州的圣地亚哥市长" is no Santiago
    ordered = as_bare_capitals(ordered, text, lang)  # "美国首都华盛顿": Washington, D.C.
    ordered = within_text_states(ordered, text, lang)  # "बिहार ... औरंगाबाद": Bihar's
    ordered = within_named_provinces(ordered, text, lang)  # "Phu My district" of Binh Dinh
    ordered = within_headed_lists(ordered, text, lang)  # "Quảng Bình: ..., Quảng Ninh."
    ordered = outside_unsupported_sino_viet(ordered, text, lang)  # "Lệ Thủy" of Quảng Bình
    ordered = outside_latin_names(ordered, text, lang)  # "на Toyota Corolla" is no Toyota, Aichi
    ordered = outside_generic_heads(ordered, text)  # "UBND Thành phố"
    return placed(ordered, text, lang)  # "台中市": Taichung, TW-TXG; "花莲县花莲市"
