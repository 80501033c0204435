"""Benchmark parse_date against dateparser on the annotated corpora (not a test).

Run: ``python bench/bench_parse_date.py [holdout|news|outside ...] [--find-misses]
[--no-timing]`` (``pip install dateparser`` to include the baseline; ``--find-misses`` lists
every dated article case whose stated date ``find_dates`` does not find, with the mentions it
gives instead; ``--no-timing`` prints the scores alone).

Five corpora: ``tests/data/date_corpus.jsonl`` (the seed-article forms, the holdout),
``tests/data/date_news_corpus.jsonl`` (news forms: relative, weekday, day-only, number words,
numeric forms, negatives; see ``bench/build_date_news_corpus.py``) and
``bench/date_outside_cases.jsonl`` (material this project did not write: short phrases from
real municipal news articles, with their publication date as the reference, and the cases of
dateparser's test suite in our languages with a fixed reference instead of "now"; each case
names its source), ``bench/date_blind3_cases.jsonl`` (a later batch of the same kinds,
annotated by hand and scored once before any rule was written for it) and
``bench/date_blind4_cases.jsonl`` (a smaller batch, scored once after the rules written for
the third) and ``bench/date_blind5_cases.jsonl`` (real-news cases from pages none of the
earlier sets used, plus short standalone phrases of kind "phrase" written from CLDR names and
grammar, not from this project's data files; scored once on main before any rule was written
for it) and ``bench/date_blind6_cases.jsonl`` (a later batch of the same two kinds, municipal
news as well as city diplomacy, scored once on main before any rule was written for it) and
``bench/date_blind7_cases.jsonl`` (a seventh batch: council sessions, budgets, road works, festivals
and city diplomacy in all ten languages, with standalone phrases and negatives; scored once on
main before any rule was written for it) and ``bench/date_blind8a_cases.jsonl`` and
``bench/date_blind8b_cases.jsonl`` (an eighth batch, in two halves: en, ko, vi, zh and ja, then ru,
hi, gu, he and fa; municipal news, council sessions, budgets, city works and city diplomacy,
standalone phrases of relative spans, week words, number words, era years and ranges across months,
and negatives; each half scored once on main before any rule was written for it) and
``bench/date_blind10a_cases.jsonl`` (a tenth batch in en, ko, vi, zh and ja: city diplomacy and
municipal news from pages no earlier set used, phrases of relative days, weekdays, parts of
months, era and numeric forms, and negatives; scored once on main before any rule was written) and
``bench/date_blind10b_cases.jsonl`` (a tenth batch in ru, hi, gu, he and fa: city-diplomacy and
municipal news sentences from pages no earlier set used, phrases of relative days, weekdays, ordinal
and number-word days, Solar Hijri and Hebrew-calendar dates, numeric forms, and negatives; scored
once on main before any rule was written for it) and ``bench/date_blind11a_cases.jsonl`` (an
eleventh batch in en, ko, vi, zh and ja: council sessions, festivals, road and water works, flower
markets around Tet with lunar-calendar asides, and city diplomacy, from pages no earlier set used,
each case with its page's address; phrases of relative days, weekdays of last and next week,
weekly schedules, lunar days, era and numeric forms; and negatives such as phone numbers, street
numbers, prices, counts and parks named after a date; scored once on main before any rule was
written for it) and ``bench/date_blind11b_cases.jsonl``
(an eleventh batch in ru, hi, gu, he and fa: council sessions, budgets, elections, city works,
festivals and city diplomacy from pages no earlier set used, with negatives from the same pages,
and phrases of relative spans, weekdays, number-word and ordinal days, Solar Hijri and
Hebrew-calendar dates and numeric forms; each news case keeps its page's address and a licence
note; scored once on main before any rule was written for it) and
``bench/date_blind12a_cases.jsonl`` (a twelfth batch in en, ko, vi, zh and ja: council sessions,
budget hearings, road closures, water cuts, festivals and city diplomacy from pages no earlier set
used, each with its page's address; phrases of relative days and weeks, weekdays of this and next
week, lunar feast days, era and numeric forms; negatives such as phone, extension and page numbers,
ages, counts, durations and versions; scored once on 862d154 before any rule was written for it).
``bench/date_blind12b_cases.jsonl`` (a twelfth batch in ru, hi, gu, he and fa: municipal works,
water cuts, elections, council sessions, festivals and city diplomacy from pages no earlier set
used, with traps the pages hold (a news agency named like a month, a count of projects beside a
weekday, phone numbers, times written with a dot, spans of days glued to a dotted month), and
phrases of relative days, weekdays, week words, Solar Hijri and Hebrew-calendar dates and numeric
forms; each news case keeps its page's address and a licence note; scored once on 862d154 before
any rule was written for it).
``bench/date_blind13a_cases.jsonl`` (a thirteenth batch in en, ko, vi, zh and ja: township
and council minutes, road closures, water cuts, fireworks festivals and city diplomacy from
pages no earlier set used, each with its page's address; traps the pages hold (resolution and
item numbers shaped like dates, fiscal years, numbered lanes and hydrants, view counts);
phrases of relative days and weeks, fiscal and school years, era dates, spans and document
numbers; scored once on dda0049 before any rule was written for it).
``bench/date_blind13b_cases.jsonl`` (a thirteenth batch in ru, hi, gu, he and fa: water cuts, road
and pipe works, budget hearings, council and board sessions, elections, festivals and city
diplomacy from pages no earlier set used, with traps the pages hold (pipe diameters and counts
shaped like years, percentages and amounts shaped like dotted dates, times written "12.30" and
"10.30", an ordinal session number, a street named after a date), and phrases of relative days and
weeks, weekdays, number-word and ordinal days, fiscal years, quarters and halves, Solar Hijri and
Hebrew-calendar dates; each news case keeps its page's address and a licence note; scored once on
dda0049 before any rule was written for it).
``bench/date_blind14a_cases.jsonl`` (a fourteenth batch in en, ko, vi, zh and ja: water cuts,
road closures for works and marathons, fireworks and lantern festivals (lunar days), council
calendars and city diplomacy from pages no earlier set used, each with its page's address; traps
the pages hold (a park and a street named after a date, an impossible 31 April, ward lists,
shell counts written "35発/3", brand years "東京2020", a section "3-1-3"); phrases of weekdays of
this, last and next week, spans across months, quarters, era dates and lunar New Year; scored
once on 6a924b0 before any rule was written for it).
``bench/date_blind14b_cases.jsonl`` (a fourteenth batch in ru, hi, gu, he and fa: road closures,
water cuts, budget and council sessions, fairs and festivals, public hearings and city diplomacy
from pages no earlier set used, with traps the pages hold (house-number spans "41-51, 18-52",
phone numbers "3-31-00", times "14.15 16.00" and "8.15", a neighbourhood "مهر ۴", counts "૨૨ થી
૨૩", plot numbers "૧૫૪૬/૨", news codes, an event "વન મહોત્સવ ૨૦૨૫"), page dates in Solar Hijri
with two-digit years "96/11/18", glued Gujarati month days "30મીમે", and phrases of relative days,
weeks and months, number-word days, spans, Solar Hijri and Hebrew-calendar dates; each news case
keeps its page's address and a licence note; scored once on 6a924b0 before any rule was written
for it).
``bench/date_blind15b_cases.jsonl`` (a fifteenth batch in ru, hi, gu, he and fa: council and
election notices, budgets, fairs, water cuts, road works and city diplomacy from pages no earlier
set used, with traps the pages hold (a street named "17شهریور", a "27-metre" street, a law's year
"תשל"ה-1975", a document "سند گردشگری اصفهان ۲۰۲۰", wards "49 और 50", anniversaries "430 лет",
news codes), non-consecutive day lists, Solar Hijri short years "۱۶/۴/۹۹" and "92/1/10", and
phrases of relative days, weeks and months, spans, Solar Hijri and Hebrew-calendar dates; each
news case keeps its page's address and a licence note; scored once on 7d13aaf before any rule
was written for it).
``bench/date_blind16b_cases.jsonl`` (a sixteenth batch in ru, hi, gu, he and fa: festivals,
water cuts, city foundation days, council budgets, football and cricket fixtures and city
notices from pages no earlier set used, with traps the pages hold (a "1/8" final, "T-20", project
numbers, view counts, news codes, match times, a law's year beside a month and year), glued
datelines "20सितम्बर23", two-digit years after a month name "29 अप्रेल 14", Solar Hijri short years
"۳۱ مرداد ۹۸", spellings "ارديبهشت" and "ફેબ્રઆરી", Greek letters inside Cyrillic words, and
phrases of relative days, weeks, months and years, ordinal and number-word days, Solar Hijri and
Hebrew-calendar dates; each news case keeps its page's address and a licence note; scored once
on 4a4a3ff before any rule was written for it).
``bench/date_blind17b_cases.jsonl`` (a seventeenth batch in ru, hi, gu, he and fa: road and
bridge works, water and power cuts, school calendars and exam dates, weather alerts, football
fixtures, festivals and fairs from pages no earlier set used, with traps the pages hold (a
street named "5 Августа", house-side spans "с 1 по 37", class spans "कक्षा 1 से 4" and "ધો. 9 થી
12", temperature pairs "19-11", hour spans "સવારે 9 થી રાત્રે 12", a stadium "הי"א", a habit
"हर साल 29 सितंबर"), Hebrew-calendar dates beside Gregorian ones, Solar Hijri short years
"۹۶/۰۹/۲۲", a Gregorian edition year beside a year-less Solar span, a year-less 29 February, and
phrases of relative days and weekdays, spans across a year's end, Solar Hijri and Hebrew-calendar
dates; each news case keeps its page's address and a licence note; scored once on bec48ac before
any rule was written for it).
``bench/date_blind15a_cases.jsonl`` (a fifteenth batch in en, ko, vi, zh and ja: council and
assembly sessions, budget calendars, water cuts and water-main works, road closures, fireworks and
city festivals from pages no earlier set used, each with its page's address; traps the pages hold
(a street named "17/10", a decree "36/2009", a holiday "lễ 2/9", template dates "XXXX年XX月XX日",
floors "1階〜3階", ages "18歳~30歳", file numbers "18-768", an Expo slogan "2030", fiscal years
beside the stated day, "다음날" and "다음 달" ending spans, a day glued to a time "1月26下午");
phrases of relative days and weekdays, spans across months, era dates and document numbers;
scored once on 7d13aaf before any rule was written for it).
``bench/date_blind16a_cases.jsonl`` (a sixteenth batch in en, ko, vi, zh and ja: council and
people's congress sessions, festivals, ribbon cuttings, water and power cuts, road closures and
city diplomacy from pages no earlier set used, each with its page's address; traps the pages hold
(lane numbers "354/159", a recurring lunar "13-15/8 âm lịch", counts "2200人" and "1,200 feet",
scores "6-1", fiscal years, a date glued to its time "2026-02-0419:47:55", spaced "2018年11月 12
日"); phrases of relative days and weeks, quarters, lunar feast days, era and ISO forms, fractions
and hotlines; scored once on 4a4a3ff before any rule was written for it).
``bench/date_blind17a_cases.jsonl`` (a seventeenth batch in en, ko, vi, zh and ja: weather
forecasts, transit detours and timetable changes, school calendars, baseball seasons, marathons,
mayors' press conferences and festivals from pages no earlier set used, each with its page's
address; traps the pages hold (temperature and rainfall ranges "18~23도", "14-18℃", "11-14h",
"1日2144便" (a day as "per day"), fiscal years "FY 19.20", document numbers "GB/T 42334.1-2023",
lunar days in brackets "(10/8/2016 ÂL)", a day after the month end of ref "주말인 1일"); phrases of
weekday spans in a named week, a reversed dated span, relative days and weeks, era dates and
quarters; scored once on bec48ac before any rule was written for it).
``bench/date_blind18b_cases.jsonl`` (an eighteenth batch in ru, hi, gu, he and fa: road closures
and heating-main works, water and power cuts, school calendars and holidays, fairs, Nowruz
programmes and municipal budgets from pages no earlier set used, each with its page's address;
traps the pages hold (house numbers "от дома 40 до дома 42", times "с 21.00 до 23.00", a move
"с 10 на 15 мая", counts, wind speeds "30થી 40", a square named after a date "هفت‌تیر", weekly
schedules, phone numbers, a law's year); Hebrew-calendar days beside Gregorian ones, Solar Hijri
spans across months and a span's end in words; phrases of relative days and weekdays, number-word
and ordinal days, Solar Hijri dates and numeric forms; scored once on 569a5e0 before any rule was
written for it).
``bench/date_blind18a_cases.jsonl`` (an eighteenth batch in en, ko, vi, zh and ja: council
sessions and budget schedules, road and water works, power cuts, fireworks festivals, town halls'
agendas and city diplomacy from pages no earlier set used, each with its page's address; traps the
pages hold (a document number "871/2024", durations "19日8小時" and "‘90일 이내’", session laws
"the Acts of 2021", house-number and hour spans "11-14h", districts "quận 1, 3, 5", a yearly
schedule "매년 2회 (1차 : 6월 10일 …)", a lunar festival "칠월칠석", a phone number with dots
"TEL0180・99・3020"); phrases of relative days and weeks, parts of months, era and numeric forms,
quarters, lunar days and decree numbers; scored once on 569a5e0 before any rule was written for
it).
``bench/date_blind19b_cases.jsonl`` (a nineteenth batch in ru, hi, gu, he and fa: hot-water and
water cuts, festivals and fairs, university admission calendars, council budgets, weather
forecasts, cricket and football fixtures, school holiday tables and festival calendars from pages
no earlier set used, each with its page's address; traps the pages hold (house lists "33, 35 и
37", temperature lists "ירושלים 12-9" and "21-31", a road "כביש 20" beside "ראשון לציון", a
street "١٥خرداد", "T-20" matches, a habitual yearly fair, a rule "בימי שלישי בתוך חמישה עשר
הימים הראשונים", an uncertain "29 (30) июля", durations and counts); "from day X" as an open
span, days listed with "and", Hebrew-calendar dates beside Gregorian ones, Solar Hijri spans,
months and budget years, dates glued to words; phrases of relative days and weekdays, parts of a
month, number-word days and a law's year; scored once on 9032813 before any rule was written for
it).
``bench/date_blind19a_cases.jsonl`` (a nineteenth batch in en, ko, vi, zh and ja: weather
forecasts, road closures, festivals and exhibitions, baseball seasons, school calendars,
university admissions, bus timetables and city diplomacy from 74 pages no earlier set used, each
with its page's address; traps the pages hold (game scores "9-12", "7-5러", hours "4 - 5
tiếng", "the 50s", a street "North 18th Street", an e-mail "sy870123@", "2일 이상", "十二月市",
durations "22년", anniversaries "四十周年", counts "2.500 doanh nghiệp"); phrases of relative days
and weeks, weekdays, number-word dates, quarters and halves; scored once on 9032813 before any
rule was written for it).
``bench/date_blind20_cases.jsonl`` (a twentieth batch in all ten languages: road works, water
notices, weather forecasts, festivals, council meetings and city diplomacy from pages no earlier
set used, each with its page's address; traps the pages hold (temperatures "18℃~31℃", a phone
"38-98-51", a masked date "****年*月**日", hours "С 10, с 11 часов", a park named "Октябрьской
революции", a recurring "first Monday of every month"); phrases of relative days, weekdays of
last and next week, era, Solar Hijri and Hebrew-calendar dates; scored once on d3e28c43 before
any rule was written for it).
``bench/date_blind21b_cases.jsonl`` (a twenty-first batch in ru, hi, gu, he and fa: water and
power cuts, road works, fairs and festivals, school holidays and strikes, council sessions and
elections from pages no earlier set used, each with its page's address; traps the pages hold
(hours "с 18.00 мск до 22.00", "6-7 часов", a sector "सेक्टर-27", a recurring "every second
Saturday", a count "1350 شرکت" shaped like a Solar Hijri year, ordinals of editions, a hotline
"*2120", stall and form counts); nights "с 17 на 18 января", year-less Solar Hijri days with no
reference (must stay unread), a dotted Gregorian date in Persian digits, Arabic letter forms in a
Solar Hijri date, a Hebrew-calendar date beside "12.6.22", a dateline "नवम्बर 24"; phrases of
relative days, weekdays, coming day-only spans, Solar Hijri and Hebrew-calendar days and a
present-tense Persian span; scored once on 971ca33f before any rule was written for it).
``bench/date_blind21a_cases.jsonl`` (a twenty-first batch in en, ko, vi, zh and ja: library
closures and reopenings, water and road notices, council and commission meetings, festivals and
city diplomacy from 49 pages no earlier set used, each with its page's address; traps the pages
hold (a weekly "1.3주 월요일", decrees "56/2012/NĐ-CP", temperatures "20-22 độ", a zoning "section
7.3", prices, phone numbers, counts "222000人次"); phrases of relative days and weekdays; scored
once on 971ca33f before any rule was written for it) and ``bench/date_blind22a_cases.jsonl`` (a
twenty-second batch in en, ko, vi, zh and ja from 51 pages no earlier set used: fires, water
mains, festivals, council meetings, budgets "FY 2024" beside a full date, laws "[시행
2023.10.11.]", spans with their own day count "8月15日~17日の3日間", and negatives (counts, prices,
phone numbers, "World Cup 2022"); scored once on 73ffae3f before any rule was written for it).
once on 971ca33f before any rule was written for it).
``bench/date_blind22b_cases.jsonl`` (a twenty-second batch in ru, hi, gu, he and fa: power cuts,
road closures, school holidays, fairs, weather, football fixtures, entrance-exam registration and
council sessions from 40 pages no earlier set used, each with its page's address; traps the pages
hold (a team "شمس آذر" named like a month, a diploma "۶-۳-۳", house ranges "от дома №87 до дома
№106", hours "સવારે ૬ થી ૯", ordinals "352वीं", "ה-19", recurring "ביום א'"); a night across the
new year, Solar Hijri two-digit years, year-less Hebrew and Solar Hijri days; phrases of relative
days, weekdays, a Hindi count span and an explicit Gujarati "this year"; scored once on 73ffae3f
before any rule was written for it).
``bench/date_blind23a_cases.jsonl`` (a twenty-third batch in en, ko, vi, zh and ja from 34 pages
no earlier set used: fires, water cuts, road closures, library moves, festivals and city diplomacy;
traps the pages hold (an ordinal street "phố đi bộ thứ 4", a month-named revolution "Cách mạng
Tháng Tám", an edition year "2013年中國開封清明文化節", a spaced "2025 年 11 月 22 日", road
numbers "1길~3길"), weekdays of last and this week, next month, era ranges, and negatives (counts,
times, phone numbers, a storm number "bão số 3"); scored once on d7323e00 before any rule was
written for it).
``bench/date_blind23b_cases.jsonl`` (a twenty-third batch in ru, hi, gu, he and fa: exhibitions,
road closures, board exams, elections, fairs, Sukkot events, council sessions and a book fair
from 30 pages no earlier set used; traps the pages hold (dotted times "06.30 થી 11.30", a date
moved "3 दिसंबर से 4 दिसंबर", a weekday that contradicts its Solar Hijri date, a year glued to
a name "निर्वाचन-2023", "כ-50"); phrases of Russian ordinal words, Hindi and Gujarati
postposition forms, Hebrew gershayim dates and Solar Hijri days; scored once on d7323e00
before any rule was written for it).
``bench/date_blind24a_cases.jsonl`` (a twenty-fourth batch in en, ko, vi, zh and ja from 20 pages
no earlier set used: festivals, road closures, school holidays, epidemic measures, council
schedules and city diplomacy; weekdays of this week, "this weekend", Korean day-weekday schedule
lines, ROC-era dates "民國113年5月9日" and "113.05.09(四)", Han-numeral days, limits "まで", "trước
ngày" and spans "từ … đến hết …"; negatives such as counts and durations; annotated with a date
after a word of start as the stated date; scored once on 7adacd6c before any rule was written).
``bench/date_blind24b_cases.jsonl`` (a twenty-fourth batch in ru, hi, gu, he and fa from 29 pages
no earlier set used: festivals, works, hearings, Independence Day and Gandhi Jayanti programmes,
council meetings, curfews and daylight saving; traps the pages hold (a preposition "С" opening a
sentence, "14-ой школы", times "9.30" and "ચાર થી પાંચ વાગ્યા", "שנות ה-90", "جنگ ۱۲ روزه"),
dates after words of start ("с 1 июня", "2 अगस्त से", "از امروز"), and phrases of today and
tomorrow, last and next weekdays; scored once on 7adacd6c before any rule was written for it).
``bench/date_blind25b_cases.jsonl`` (a twenty-fifth batch in ru, hi, gu, he and fa from 38 pages
no earlier set used: fairs, road works, rinks, school calendars with Hebrew dates, book fairs and
city diplomacy; "તા." and "તારીખ" day spans, Hebrew dates restated in figures, Solar Hijri spans
and months, days in figures "13.09", and traps such as times "9ः00" and "15.00", street numbers
and counts; scored once on 6be3ca0f before any rule was written for it).
``bench/date_blind25a_cases.jsonl`` (a twenty-fifth batch in en, ko, vi, zh and ja from 32 pages
no earlier set used: festivals, year-end closures, typhoons, power and road works, schedules and
city diplomacy; weekdays in previews, this and last weekend, ROC dotted dates "114.9.20(六)",
closures that run into the new year, spans, relative years and seasons; negatives such as a song
title with a month, coordinates, wind speeds and weekdays of a habit; scored once on 6be3ca0f
before any rule was written for it).
``bench/date_blind26b_cases.jsonl`` (a twenty-sixth batch in ru, hi, gu, he and fa from 31 pages
no earlier set used: park festivals, fairs, road closures, elections, family days and city works;
datelines in figures "02.05.2025 16+", "19.2.19", Solar Hijri "۱۳۹۹/۰۷/۰۶" and months of this
year, Solar days without a year or a ref (left unread), "В первый день мая", a weekday told in
the past ("સોમવારે … લીધો હતો"), and traps such as "школы 8", "לגילאי 8-3", "לחגוגוסט" and a
habitual lunar fair; scored once on 6cf428e4 before any rule was written for it).
``bench/date_blind26a_cases.jsonl`` (a twenty-sixth batch in en, ko, vi, zh and ja from 24 pages
no earlier set used: student exchanges, festivals, park hours, council and city diplomacy news;
weekdays, seasons, days alone before and after the reference, spans with a run-on month
("Augt."), fiscal-year words beside days, traditional Chinese, and negatives such as counts,
durations, a name holding "今天" and a directive number "16/CT-TTg"; scored once on 6cf428e4
before any rule was written for it).
``bench/date_blind27b_cases.jsonl`` (a twenty-seventh batch in ru, hi, gu, he and fa from 30 pages
no earlier set used: school concerts, camps, exams, commemorations and park openings; "завтра",
"הערב (שני)", "فردا پنجشنبه سوم خرداد", a Solar day with a two-figure year of the past "۱۷ شهریور
سال ۵۷", days with a Gujarati suffix "22મીએ", "26મી માર્ચથી … 8મી એપ્રિલે", a misspelt month, and
traps such as "ધોરણ 3થી 8", "ה-15", "улицы 23 Гвардейской дивизии" and weekly habits; scored once
on 3307aaa7 before any rule was written for it).
``bench/date_blind27a_cases.jsonl`` (a twenty-seventh batch in en, ko, vi, zh and ja from 24 pages
no earlier set used: police and fire reports, water cuts, school exams, road openings, weather,
city campaigns and council briefings; weekdays and weekends told in the past, days alone, spans
closed by "다음날" or a weekday, "以降" and "từ" before a day, "mid-2019" and "cuối năm 2025",
traditional Chinese with run-in readings, and negatives such as phone numbers, counts, lengths
and ages; scored once on 3307aaa7 before any rule was written for it).
``bench/date_blind29a_cases.jsonl`` (a twenty-ninth batch in en, ko, vi, zh and ja from 39 pages
no earlier set used: city-hall openings, ribbon cuttings, sister-city visits and signings, park
hours, ward festivals and student exchanges; weekdays told in the future, days alone before and
after the reference, spans glued as "6.26~7.4" and "16 và 17/8", a month-first stamp on a
Vietnamese page, era ranges, year-less days without a reference, and negatives such as counts
beside "24小时", fractions "10/10", durations "13년 11개월" and grades; scored once on a97e1039
before any rule was written for it).
``bench/date_blind29b_cases.jsonl`` (a twenty-ninth batch in ru, hi, gu, he and fa from 40 pages no
earlier set used: sister-city signings, mayors' conferences, cleanliness fortnights, memorial days;
"сегодня, 11 марта", "На пятницу, 26 августа", "कल से दो दिवसीय", "सोमवार को पूरा हो रहा है", Gujarati
"૧૭ સપ્ટેમ્બર થી બે ઓક્ટોમ્બર ૨૦૨૫", Hebrew-calendar "א' באייר תשפ\"ה, 29/4/2025", "מחר (שני, 8.5)",
"כיום … מאז שנת 2018", Solar "نهم دی", and traps such as two days no span joins ("ביום ראשון (5.5)
וביום שלישי (7.5)"), "אמש, מוצ\"ש" with no reference, counts in words and campaign names; scored
once on a97e1039 before any rule was written for it).
Each case has a text, its language, a reference date or null and the expected EDTF value (null:
must raise; a negative case must also give no mention to find_dates). parse_date is right when
it returns the expected value, or raises DateParseError where null is expected. dateparser
gives a datetime and no precision, so it is scored leniently: right when its date falls within
the expected value's bounds (for a range: equals its start), or when it returns None where null
is expected (a year-less expected value: when month and day agree).

Throughput is CPU time over the same cases for both, after the scoring pass has run every
case through both (so each side's lazy loading of a language is done before the timing, and
each sees every input again). parse_date caches no whole input (its EDTF path bypasses
parse_edtf's cache), so repeating the cases does not flatter it.
"""

from __future__ import annotations

import datetime
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from citydiplo import DateParseError, PartialDate, YearlessDate, find_dates, parse_date, parse_edtf
from citydiplo.dates import DateRange

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CORPORA = {
    "holdout": DATA / "date_corpus.jsonl",
    "news": DATA / "date_news_corpus.jsonl",
    "outside": Path(__file__).resolve().parent / "date_outside_cases.jsonl",
    "blind3": Path(__file__).resolve().parent / "date_blind3_cases.jsonl",
    "blind4": Path(__file__).resolve().parent / "date_blind4_cases.jsonl",
    "blind5": Path(__file__).resolve().parent / "date_blind5_cases.jsonl",
    "blind6": Path(__file__).resolve().parent / "date_blind6_cases.jsonl",
    "blind7": Path(__file__).resolve().parent / "date_blind7_cases.jsonl",
    "blind8a": Path(__file__).resolve().parent / "date_blind8a_cases.jsonl",
    "blind8b": Path(__file__).resolve().parent / "date_blind8b_cases.jsonl",
    "blind10a": Path(__file__).resolve().parent / "date_blind10a_cases.jsonl",
    "blind10b": Path(__file__).resolve().parent / "date_blind10b_cases.jsonl",
    "blind11a": Path(__file__).resolve().parent / "date_blind11a_cases.jsonl",
    "blind11b": Path(__file__).resolve().parent / "date_blind11b_cases.jsonl",
    "blind12a": Path(__file__).resolve().parent / "date_blind12a_cases.jsonl",
    "blind12b": Path(__file__).resolve().parent / "date_blind12b_cases.jsonl",
    "blind13a": Path(__file__).resolve().parent / "date_blind13a_cases.jsonl",
    "blind13b": Path(__file__).resolve().parent / "date_blind13b_cases.jsonl",
    "blind14a": Path(__file__).resolve().parent / "date_blind14a_cases.jsonl",
    "blind14b": Path(__file__).resolve().parent / "date_blind14b_cases.jsonl",
    "blind15b": Path(__file__).resolve().parent / "date_blind15b_cases.jsonl",
    "blind15a": Path(__file__).resolve().parent / "date_blind15a_cases.jsonl",
    "blind16a": Path(__file__).resolve().parent / "date_blind16a_cases.jsonl",
    "blind16b": Path(__file__).resolve().parent / "date_blind16b_cases.jsonl",
    "blind17b": Path(__file__).resolve().parent / "date_blind17b_cases.jsonl",
    "blind17a": Path(__file__).resolve().parent / "date_blind17a_cases.jsonl",
    "blind18b": Path(__file__).resolve().parent / "date_blind18b_cases.jsonl",
    "blind18a": Path(__file__).resolve().parent / "date_blind18a_cases.jsonl",
    "blind19b": Path(__file__).resolve().parent / "date_blind19b_cases.jsonl",
    "blind19a": Path(__file__).resolve().parent / "date_blind19a_cases.jsonl",
    "blind20": Path(__file__).resolve().parent / "date_blind20_cases.jsonl",
    "blind21b": Path(__file__).resolve().parent / "date_blind21b_cases.jsonl",
    "blind21a": Path(__file__).resolve().parent / "date_blind21a_cases.jsonl",
    "blind22a": Path(__file__).resolve().parent / "date_blind22a_cases.jsonl",
    "blind22b": Path(__file__).resolve().parent / "date_blind22b_cases.jsonl",
    "blind23a": Path(__file__).resolve().parent / "date_blind23a_cases.jsonl",
    "blind23b": Path(__file__).resolve().parent / "date_blind23b_cases.jsonl",
    "blind24a": Path(__file__).resolve().parent / "date_blind24a_cases.jsonl",
    "blind24b": Path(__file__).resolve().parent / "date_blind24b_cases.jsonl",
    "blind25b": Path(__file__).resolve().parent / "date_blind25b_cases.jsonl",
    "blind25a": Path(__file__).resolve().parent / "date_blind25a_cases.jsonl",
    "blind26b": Path(__file__).resolve().parent / "date_blind26b_cases.jsonl",
    "blind26a": Path(__file__).resolve().parent / "date_blind26a_cases.jsonl",
    "blind27b": Path(__file__).resolve().parent / "date_blind27b_cases.jsonl",
    "blind27a": Path(__file__).resolve().parent / "date_blind27a_cases.jsonl",
    "blind29a": Path(__file__).resolve().parent / "date_blind29a_cases.jsonl",
    "blind29b": Path(__file__).resolve().parent / "date_blind29b_cases.jsonl",
}
ROUNDS = 20


def load(path: Path) -> list[dict[str, Any]]:
    """The cases, each with its reference date built once for both parsers (the timing is
    of parsing, not of building reference dates)."""
    cases = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    for case in cases:
        case["ref_date"] = PartialDate(case["ref"]) if case["ref"] else None
        # never the clock: dateparser gets a fixed base when there is no reference date
        base = case["ref"] or "2000-01-01"
        if len(base) == 7:  # a page dated to the month only: its first day for dateparser
            base += "-01"
        case["ref_datetime"] = datetime.datetime.fromisoformat(base)
    return cases


def ours(case: dict[str, Any]) -> str | None:
    try:
        return str(parse_date(case["text"], lang=case["lang"], ref=case["ref_date"]))
    except DateParseError:
        return None


def ours_right(case: dict[str, Any]) -> bool:
    if case.get("kind") == "negative" and find_dates(
        case["text"], lang=case["lang"], ref=case["ref_date"]
    ):
        return False
    return ours(case) == case["expected"]


def theirs(parse: Any, case: dict[str, Any]) -> datetime.datetime | None:
    settings: dict[str, Any] = {
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "RELATIVE_BASE": case["ref_datetime"],
    }
    try:
        result: datetime.datetime | None = parse(
            case["text"], languages=[case["lang"]], settings=settings
        )
        return result
    except Exception:  # dateparser raises assorted errors on odd input
        return None


def their_score(case: dict[str, Any], got: datetime.datetime | None) -> bool:
    if case["expected"] is None:
        return got is None
    if got is None:
        return False
    value = parse_edtf(case["expected"])
    day = got.date()
    if isinstance(value, YearlessDate):
        return value.falls_on(day)
    if isinstance(value, DateRange):
        return day == value.earliest()
    return value.earliest() <= day <= value.latest()


def found_in_articles(cases: list[dict[str, Any]], show: bool = False) -> None:
    """find_dates on the dated real-article cases: is the date the text states among the
    mentions, at its precision (same EDTF value)? Other mentions are counted apart: an article
    sentence may state more than one date, so they are not all wrong. With ``show``, every
    case whose stated date is not found is listed with the mentions found instead."""
    dated = [c for c in cases if c.get("kind") == "article" and c["expected"] is not None]
    if not dated:
        return
    found = other = 0
    not_found = []
    for case in dated:
        mentions = find_dates(case["text"], lang=case["lang"], ref=case["ref_date"])
        values = [str(m.value) for m in mentions]
        found += case["expected"] in values
        other += any(v != case["expected"] for v in values)
        if case["expected"] not in values:
            got = [f"{m.text!r}={m.value}" for m in mentions]
            not_found.append((case["lang"], case["ref"], case["text"], case["expected"], got))
    print(
        f"find_dates on {len(dated)} dated article cases: stated date found at its precision "
        f"{found / len(dated):.1%}; cases with another mention: {other}"
    )
    if show:
        for lang, ref, text, expected, got in not_found:
            print(f"  not found [{lang} ref {ref}] {text!r}: expected {expected}, found {got}")


def throughput(fn: Any, cases: list[dict[str, Any]], rounds: int) -> float:
    # CPU time of this process: the machine may be shared, and other processes' load
    # should not count against either parser
    start = time.process_time()
    for _ in range(rounds):
        for case in cases:
            fn(case)
    return rounds * len(cases) / (time.process_time() - start)


def report(
    name: str,
    cases: list[dict[str, Any]],
    dateparser: Any,
    show_found: bool = False,
    timing: bool = True,
) -> None:
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    misses = []
    negatives_read = 0
    for case in cases:
        ok = ours_right(case)
        per_lang[case["lang"]][0] += ok
        per_lang[case["lang"]][1] += 1
        if not ok:
            got = ours(case)
            misses.append((case["lang"], case["text"], case["expected"], got))
            negatives_read += case.get("kind") == "negative"
            # a value that is not the expected one, or a date read in a negative case
            per_lang[case["lang"]][3] += got is not None or case.get("kind") == "negative"
        if dateparser is not None:
            per_lang[case["lang"]][2] += their_score(case, theirs(dateparser.parse, case))
    print(f"\n{name}: {len(cases)} cases")
    print(f"{'lang':5} {'n':>4} {'parse_date':>11} {'wrong':>6} {'missed':>6} {'dateparser':>11}")
    total = [0, 0, 0, 0]
    for lang in sorted(per_lang):
        right, n, their, wrong = per_lang[lang]
        total = [total[0] + right, total[1] + n, total[2] + their, total[3] + wrong]
        theirs_text = f"{their / n:11.1%}" if dateparser else "          -"
        missed = n - right - wrong
        print(f"{lang:5} {n:4d} {right / n:11.1%} {wrong:6d} {missed:6d} {theirs_text}")
    theirs_total = f"{total[2] / total[1]:11.1%}" if dateparser else "          -"
    missed = total[1] - total[0] - total[3]
    print(
        f"{'all':5} {total[1]:4d} {total[0] / total[1]:11.1%} {total[3]:6d} {missed:6d} "
        f"{theirs_total}"
    )
    print(f"silently wrong: {total[3]}; missed: {missed}")
    if any(c.get("kind") == "negative" for c in cases):
        print(f"negatives read as dates: {negatives_read}")
    found_in_articles(cases, show_found)
    if not timing:
        for lang, text, expected, got in misses:
            print(f"  miss [{lang}] {text!r}: expected {expected}, got {got}")
        return
    # Both parsers see the same cases, in alternating rounds so they share the machine's
    # noise; each rate is the best of its rounds.
    ours_rates, their_rates = [], []
    for _ in range(3):
        ours_rates.append(throughput(ours, cases, ROUNDS))
        if dateparser is not None:
            their_rates.append(throughput(lambda c: theirs(dateparser.parse, c), cases, 1))
    ours_rate = max(ours_rates)
    print(f"parse_date: {ours_rate:,.0f} parses/s (CPU time)")
    if dateparser is not None:
        their_rate = max(their_rates)
        print(f"dateparser: {their_rate:,.0f} parses/s (CPU time)")
        print(f"throughput ratio parse_date / dateparser: {ours_rate / their_rate:.1f}x")
    else:
        print("dateparser not installed: pip install dateparser for the baseline")
    for lang, text, expected, got in misses:
        print(f"  miss [{lang}] {text!r}: expected {expected}, got {got}")


def main() -> None:
    try:
        import dateparser
    except ImportError:
        dateparser = None
    # ``--find-misses``: list every dated article case whose stated date find_dates does not
    # find; ``--no-timing``: scores only (no throughput rounds, no dateparser)
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    names = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--no-timing" in flags:
        dateparser = None
    chosen = names or list(CORPORA)  # e.g. ``python bench/bench_parse_date.py outside``
    for name in chosen:
        report(
            name,
            load(CORPORA[name]),
            dateparser,
            show_found="--find-misses" in flags,
            timing="--no-timing" not in flags,
        )


if __name__ == "__main__":
    main()
