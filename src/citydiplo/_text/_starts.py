"""The first characters of every word the date grammar's alternatives can start with, for the
one lookahead that rejects every other position of a text before any alternative is tried."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from citydiplo._text._numerals import fold_word

if TYPE_CHECKING:
    from citydiplo._text._vocab import Vocabulary

__all__ = ["first_characters"]


def _strings(value: Any) -> Iterable[str]:
    """Every string in a parsed data file, at any depth (keys of mappings included)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


# words no alternative starts with: read only after a match ("에" of "3년 전에"), or only by
# the checks around a match (a version word, an offset's link and unit: "の", "的", "에서")
_AFTER_ONLY = frozenset(
    {
        "counted_followers",
        "count_noun_endings",
        "fiscal_year_words",
        "fiscal_year_start",
        "bare_month_needs_mark",
        "weekdays_need_mark",
        "later_words",
        "later_alone_from_ref",
        "count_before",
        "place_nouns_before",
        "place_nouns_after",
        "and_words",
        "between_words",
        "between_after",
        "tense_past",
        "tense_future",
        "recurring_year_words",
        "term_words",
        "year_modifier_before",
        "fiscal_year_before_words",
        "fiscal_year_not_words",
        "next_day_words",
        "month_end_words",
        "lunar_date_words",
        "bare_year_glued_not_after",
        "law_name_heads",
        "year_end_words",
        "short_year_followers",
        "bare_year_name_not_before",
        "title_openers",
        "bare_year_after_name_not_after",
        "holiday_words",
        "year_months_before",
        "year_months_after",
        "range_gap_words",
        "both_days_words",
        "recurring_year_after_words",
        "recurring_after_words",
        "weekday_only_phrases",
        "range_time_words",
        "range_time_before",
        "range_clock_before",
        "range_clock_after",
        "open_clause_words",
        "open_clause_links",
        "monthly_words",
        "month_nouns",
        "past_verb_suffixes",
        "past_verbs",
        "past_verbs_not",
        "past_verb_heads_not",
        "past_verb_endings",
        "past_verb_endings_not",
        "future_sentence_endings",
        "future_sentence_endings_not",
        "reported_speech_endings",
        "future_words_past",
        "open_through_time",
        "since_words",
        "since_day_suffixes",
        "vague_counts",
        "range_times_alone",
        "schedule_infinitive_marks",
        "until_now_words",
        "start_words_state_days",
        "start_words_state_years",
        "start_words_source",
        "title_case_month_words",
        "month_lead_words",
        "before_words",
        "rel_month_day_words",
        "day_suffix_nouns",
        "day_suffixes_alone",
        "year_in_words_heads",
        "weekday_title_nouns",
        "ordinal_nouns_after",
        "month_day_suffixes",
        "version_words",
        "month_part_not",
        "month_name_followers",
        "month_after_day_words",
        "day_approx_after",
        "offset_links",
        "offset_units",
        "open_suffixes_final",
        "weekday_links",
        "span_before_counts",
        "relative_noun_heads",
        "date_qualified_nouns",
        "rate_after",
        "relative_anchor_after",
        "count_anchor_after",
        "count_anchor_before",
        "count_anchor_not",
        "range_start_verbs",
        "start_stating_verbs",
        "recurring_year_times",
        "range_time_stems",
        "range_until_after",
        "range_start_before",
        "range_end_before",
        "day_list_joiners",
        "other_period_before",
        "month_words_before_day",
        "habitual_words",
        "habitual_past_words",
        "weekdays_need_modifier",
        "hour_before_figure",
        "schedule_nouns_after_weekday",
        "day_count_after",
        "compound_units",
        "compound_links",
        "compound_glued_links",
        "counted_unit_words",
        "compound_stops",
        "month_day_links",
        "span_record_words",
        "open_relative_prefixes",
        "open_relative_suffixes",
        "weekday_until_words",
        "ordinal_markers",
        "apposition_links",
        "weekday_before_last",
        "weekday_after_next",
        "weekday_week_links",
    }
)


def first_characters(
    langs: tuple[str, ...],
    months: dict[str, int],
    hijri: dict[str, int],
    groups: dict[str, int],
    eras: dict[str, int],
    v: Vocabulary,
) -> set[str]:
    """The first characters of every word the grammar's alternatives can start with (a
    superset: every string of the data files, CLDR names and number words, folded)."""
    from citydiplo._text._lexicon import load_data  # the module that imports this one

    words: list[str] = [*months, *hijri, *groups, *eras, *v.counts, *v.days, *v.phrases]
    words += [*v.weekdays, *v.count_prefixes]
    words += [w for k, ws in v.lists.items() if k not in _AFTER_ONLY for w in ws]
    for lang in langs:  # words read only after a match ("에" of "3년 전에") start none
        data = {k: v for k, v in load_data(lang).items() if k not in _AFTER_ONLY}
        words += [fold_word(text) for text in _strings(data)]
    return {fold_word(w)[:1] for w in words if fold_word(w)} - set("0123456789")
