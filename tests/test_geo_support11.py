"""A mention the checks of ``find_places`` rule out decides no other name: a surname read
as a town names no region for an ambiguous name elsewhere in the text."""

from __future__ import annotations

from citydiplo import find_places

# "Udaipur Kiran" is a newspaper; "डॉ. रवि कोटा" is a person (Dr Ravi Kota), no Kota of
# Rajasthan, so nothing in the text says which of the Udaipurs (Rajasthan, Tripura) is meant
TEXT = (
    "गुवाहाटी, 3 मई (Udaipur Kiran) । जापान से आए प्रतिनिधिमंडल का स्वागत असम सरकार के "
    "मुख्य सचिव डॉ. रवि कोटा ने किया।"
)


def test_a_surname_decides_no_ambiguous_name() -> None:
    found = [m.text for m in find_places(TEXT, lang="hi")]
    assert "Udaipur" not in found
    assert "कोटा" not in found
    assert "गुवाहाटी" in found


def test_a_region_the_text_names_still_decides() -> None:
    text = "The delegation went from Jaipur, Rajasthan to Udaipur."
    places = {m.text: m.place for m in find_places(text, lang="en")}
    assert places["Udaipur"].subdivision == "IN-RJ"
    assert places["Udaipur"].geonames_id == 1253986  # the city of 450,000, not the town
