"""Names: find people, organisations and places in statements and match them across sources.

Two outlets rarely spell a foreign name the same way ("Alexander Darchiyev" / "Aleksandr
Darchiev" / "Darchiev"), yet a report that calls that a discrepancy is useless, and one that
merges "Sonata Coulter" with "Sonata Carter" is wrong. Matching therefore works on
transliteration-aware keys (``reconcile.translit``) with strict rules: the surname must agree
(key equality, or a calibrated Jaro-Winkler margin), given names must not conflict, and
gendered forms (Ivanov/Ivanova) never match. Every match carries the rule and score that
justified it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import dropwhile, pairwise

from . import gazetteer
from .models import Entity, Mention, NameMatch, Source, Span, Statement
from .textnorm import text_before, zipf
from .translit import (
    fold,
    given_name_keys,
    is_given_name,
    is_world_given_name,
    join_compounds,
    name_key,
    name_keys,
    surname_keys,
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Name keys must meet (one reading of h/j on each side) or differ by one habitual vowel: no
# similarity margin. benchmarks/names_bench.py measured Jaro-Winkler
# margins on surname and given-name keys: every surname margin that recovered a missed variant
# also merged a different surname one consonant away (Bondarenko/Bondarenlo), and no given-name
# margin recovered a variant the keys (with the variant table) missed.

# Scores: a match on the full name outranks one on an initial, which outranks surname only,
# so one-to-one assignment prefers the most specific partner.
_GIVEN_WEIGHT = {"full": 1.0, "initial": 0.9, "middle": 0.85, "missing": 0.8}

_HONORIFICS = _wordset(
    "mr mrs ms miss dr prof sir dame lord lady sen rep gen col lt sgt capt gov mawlana maulana"
)
_TITLE_WORDS = (
    _wordset(
        """president vice minister secretary director ambassador chancellor premier spokesman
    spokeswoman spokesperson envoy governor mayor senator congressman congresswoman
    representative general commander chief head chairman chairwoman chair leader king queen
    prince princess pope judge prosecutor adviser advisor official diplomat negotiator
    lawmaker ceo founder officer lieutenant colonel captain admiral sergeant deputy administrator
    undersecretary attorney sheikh emir patriarch assistant prime foreign defence defense crown
    lawyer coach captain substitute striker goalkeeper midfielder defender manager analyst
    economist correspondent editor activist owner chair spokesperson candidate incumbent
    speaker journalist ssp dsp asp igp dig sho acp dcp dc pm
    challenger nominee commissioner magistrate collector inspector superintendent
    constable detective corporal trooper sheriff marshal warden professor
    compatriot countryman countrywoman teammate athlete runner doctor nurse witness resident
    survivor farmer pilot astronaut cosmonaut
    interior finance first senior acting former top special executive press national
    security economy trade justice health energy district regional provincial major-general
    lieutenant-general brigadier-general brigadier"""
    )
    | _HONORIFICS
)
#: Offices that a run of capitalised words ends with when it names no holder ("Education
#: Minister", "Managing Director"); titles that are also surnames ("Sheikh", "King") are not
#: among them.
_OFFICES = frozenset(
    {
        *("minister", "director", "spokesperson", "spokesman", "spokeswoman", "governor"),
        *("commissioner", "secretary", "president", "vice-president", "ceo", "cfo", "cto"),
        *("chairman", "chairwoman", "chairperson", "officer", "adm"),
    }
)
#: Words that qualify an office without being titles themselves ("High Commissioner", "Under
#: Secretary", "District Medical Officer").
_OFFICE_WORDS = frozenset(("high", "under", "medical", "managing", "general"))
#: A title phrase must contain one of these; the other title words only qualify it.
_TITLE_HEADS = _TITLE_WORDS - _wordset(
    """vice assistant prime foreign defence defense interior finance first senior acting
    former top special press national security economy trade justice health energy
    deputy general chief district regional provincial"""
)
_ORG_HEADS = _wordset(
    """ministry department council agency embassy bank party committee commission office
    service court parliament assembly union organization organisation institute university
    company corporation group fund forces army navy police association federation foundation
    authority bureau church league senate congress duma kremlin times post news network center
    centre museum hospital force college school academy board unit chamber united
    tribunal cabinet government administration directorate guard consulate mission survey
    society capital business finance holding holdings partners media airlines airways motors trust
    industries systems technologies insurance investments securities club exchange electronics
    telecom pharmaceuticals petroleum inc corp ltd plc llc gmbh"""
)
#: Legal forms after a company's name, which outlets keep or drop ("Vale SA" / "Vale").
_LEGAL_FORMS = _wordset("inc corp ltd plc llc llp pvt pte sa ag nv spa gmbh")
#: Institutions named without an organisation word, matched on the whole (lower-case) name.
_ORG_NAMES = frozenset(
    ("kremlin", "pentagon", "congress", "senate", "duma", "knesset", "bundestag", "white house")
)
#: News agencies named by one word, which "report" and "say" as people do.
_NEWS_AGENCIES = _wordset("reuters xinhua interfax anadolu yonhap kyodo bernama tasnim")
#: A word ending in "bank" is a bank ("Riksbank", "Bundesbank", "Sberbank").
_BANK_WORD = re.compile(r"[A-Z]\w+bank")
#: Last words that make a capitalised name a place ("Heathrow Airport", "Wall Street").
_PLACE_HEADS = _wordset(
    """airport street square avenue river sea ocean island islands mountains region province
    county district gulf strait bay peninsula valley desert lake bridge port oblast krai
    prefecture governorate municipality highway expressway motorway palace theatre theater
    stadium arena cathedral mosque hotel mall"""
) | frozenset(gazetteer.STREET_WORDS)  # "Water St"
#: Words that open the name of a place ("Mount Marapi", "Lake Victoria").
_PLACE_LEADS = _wordset("mount mt mont monte lake cape")
#: A saint's name opens a town's ("San Pedro Garza Garcia", "Santa Cruz de Tenerife") or a
#: body's ("St Mary's Hospital"), never a person's; unlike a mountain's "Mount", it is part of
#: the name ("San Pedro" is no "Pedro").
_SAINT_LEADS = _wordset("san santa santo sao são saint st ste sainte")
#: Words that make a capitalised name a state even when no gazetteer lists that form.
_STATE_WORDS = _wordset("republic kingdom emirates principality federation")
#: Head words of names that go on with "of" ("Bank of England", "Republic of Korea").
_OF_HEADS = _ORG_HEADS | _PLACE_HEADS | _STATE_WORDS
#: Arabic article and "son of" particles, lower-case yet part of a name ("al-Sisi").
_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|an|ar|az|ul|ud|bin|ibn)-[^\W\d_]")
_HYPHEN = re.compile(r"(?<!\b(?:al|el|ad|as|at|an|ar|az|ul|ud|Al|El))(?<!\b(?:ash|Ash))-")
#: Lower-case heads that still close a capitalised name ("the North America department").
_LOWER_ORG_HEADS = _wordset("department ministry embassy agency council committee")
#: Lower-case words that, right before an unknown name, say what it is: "the weather service
#: Kazhydromet", "the village of Budene", "the port of Valmora", "in Kulevi".
_ORG_CUES = _wordset(
    """service agency company firm brokerage miner distributor operator group bank club side
    team carrier producer lender insurer regulator watchdog broadcaster newspaper outlet daily
    channel network party union ministry exporter importer retailer developer manufacturer"""
)
_PLACE_NOUNS = (
    "port|city|town|village|region|province|district|capital|island|outskirts|suburbs?|county"
    "|area|settlement|municipality|oblast|governorate|republic|canton|coast|shores?|banks?"
)
_PLACE_BEFORE = re.compile(
    rf"(?:\b(?:in|at|near|from|outside|across|into|towards?|around|via|off)\s+(?:the\s+)?"
    rf"|\b(?:{_PLACE_NOUNS})\s+of\s+(?:the\s+)?)$"
)
#: Words that put what follows somewhere: "in Ringim" is the town, even where the source also
#: names the "Ringim General Hospital" ("at" and "from" go with bodies too: "at Samsung")...
_LOCATIVE = re.compile(r"(?:([^\W\d_]+)\s+)?\b(?:in|near|outside)\s+$")
#: ... unless what is "in" it is a stake in a company ("shares in Arm", "confidence in Arm").
_STAKE_WORDS = _wordset(
    """share shares stake stakes investment investments invested invest investing investor
    investors confidence interest interests holding holdings trust faith"""
)
_PLACE_AFTER = re.compile(
    r"^\s+(?:region|province|district|port|airport|river|oblast|governorate|county|valley"
    r"|monastery|mine|deposit|field|terminal|border|area|village|town|city|harbou?r)\b"
)
_SPEECH = (
    "said|says|told|added|announced|stated|noted|warned|insisted|explained|wrote|asked|replied"
    "|argued|claimed|confirmed|denied|declared|recalled|admitted|urged|tweeted"
)
_SPEAKS = re.compile(rf"^\s+(?:has\s+|had\s+|also\s+)?(?:{_SPEECH})\b")
_PERSON_AFTER = re.compile(rf"{_SPEAKS.pattern}|^(?:,\s+(?:who|whose)\b|\s+(?:him|her)self\b)")
_PERSON_BEFORE = re.compile(rf"\b(?:{_SPEECH})\s+$")
#: Endings of surnames in the name families news romanise (-ov, -enko, -yan, -shvili, -dze,
#: -li, -ski...): with two capitalised words, they make a person of an untitled name.
_SURNAME_END = re.compile(
    r"(?:[oe]va?|[iy]?ev|[iy]eva|[iy]na?|sk[iy]|sk[iy][iy]|skaya|ska|ck[ia]|enko|[cy]?[ui]k"
    r"|[iy]an|ants|shvili|dze|ich|vic|ovic|oglu|zade|l[iy]|ova)$"
)
#: Russian patronymics ("Petrovich", "Sergeyevna"), never used alone for a person.
_PATRONYMIC = re.compile(r"(?:[oe]vich|[oe]vna|ichna|yevich|iyevich)$")
#: Chinese and Korean family names as English-language outlets romanise them. Such names are
#: written family name first ("Xi Jinping", "Yoon Suk Yeol") and the family name is the one
#: used alone ("Xi", "Yoon"). Japanese and Vietnamese names are not: outlets write Japanese
#: ones given name first and call Vietnamese people by the last word.
_EAST_ASIAN_FAMILY = _wordset(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du
    cheng wei su lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang zou xiong
    bai meng qin qiu hou yin xue yan duan lei long tao mao hao gu gong shao wan qian xi wen
    chang chiang chou chu hsu hsieh kuo lai lee tsai tseng yeh chan cheung chow chung ip kwok
    lam lau leung law mak ng tam tse wong yip yeung ko kim yi park pak choi choe jung jeong
    kang cho jo yoon yun jang lim im oh seo suh shin sin kwon hwang ahn jeon jun hong moon
    mun son bae baek heo huh yoo ryu nam noh roh ha kwak sung seong cha joo ju woo min rhee"""
)
#: A given name of Chinese or Korean syllables ("Jinping", "Suk", "Jae-myung", "Ching-te").
_SYLLABLES = re.compile(
    r"(?i)(?:(?:ch|sh|zh|hs|ts|tz|ss|jj|kk|pp|tt|wh|[bcdfghjklmnpqrstwxyz])?(?:w|y)?[aeiou]{1,3}"
    r"(?:ng|ck|n|m|l|k|p|t)?){1,3}"
)
#: Particles that join a Spanish name's two surnames.
_JOINS = frozenset(("de", "del", "y"))
_MUHAMMAD_ABBREVIATIONS = frozenset(("md", "mohd", "muhd"))
#: Particles that belong to the surname after them ("Lula da Silva", "Ursula von der Leyen",
#: "Mohammed bin Salman"), never a given name: past the first word they are not compared.
_SURNAME_PARTICLES = _wordset("da de di do dos das du del della van von der den ter la le bin ibn")
#: A run of two or three capitals written as one given name is its initials ("JD Vance",
#: "J.D. Vance" for "J. D. Vance").
_GLUED_INITIALS = re.compile(r"(?:[A-Z]\.?){2,3}")
_CONNECTORS = _wordset("of de da dos das di del della van von bin al der la du")
_CALENDAR = frozenset(
    w.lower() for w in (*calendar.month_name[1:], *calendar.day_name, "Sept") if w
)
#: Endings that make an adjective of a name ("US-based", "NATO-led"): the name is the part
#: before.
_NAME_ADJECTIVE = re.compile(
    r"-(?:led|based|backed|owned|born|made|run|funded|brokered|linked|allied|"
    r"controlled|held|style|era|friendly|focused|listed)$"
)
_STOP = _wordset(
    """the a an this that these those it its in on at by for from with as after before while
    during but and or if when then there here he she they we i you his her their our my your
    according following under over about though although since because once until unless
    whether where whereas meanwhile however yet so also still even despite"""
)
# Words that are common English words (Zipf >= 3) are not names when a sentence starts with
# them ("Notably", "Following"); rarer capitalised words are.
_COMMON_ZIPF = 3.0
#: Frequency below which an organisation's first word names it alone in another source:
#: brands pass ("samsung" 4.1, "intel" 4.1), institution words do not ("islamic" 4.4,
#: "national" 5.5).
_BRAND_ZIPF = 4.4
#: "of" and a capitalised place right after a name ("Ruth Chepngetich of Kenya won").
_OF_PLACE = re.compile(r"\s+of\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
#: An age in apposition after a name: only people have one ("Bruce Hillie, 24, and ...").
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")
#: Below this a word is rare enough to be a name even opening a sentence ("Mukambetov said").
_RARE_ZIPF = 2.0
#: Words this common are everyday words first, whatever small town bears their name
#: ("Liberal", "Olympic", "Mission", "Valley"; "Paramount" 3.7 and "Honda" 3.9 stay towns).
_EVERYDAY_ZIPF = 4.4
_OPEN_QUOTES = "“\"‘'(«"
_FEMININE_END = "a"

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]\.(?=\s+[^\W\d_])|[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")


# --------------------------------------------------------------------------- name matching


#: Vowel pairs whose one-letter alternation is a romanisation habit: Kazakh ы / Russian у
#: (Jaqypov / Zhakupov; y is i in the keys), Azerbaijani ə / Russian е (Mammadli / Mamedli),
#: Ukrainian о / Russian ё written e (Chornovol / Chernovol). The consonants must agree letter
#: for letter; the benchmark's hard negatives differ by a consonant.
_VOWEL = re.compile(r"[aeiou]")
#: Arabic and Persian script leaves short vowels unwritten, so romanisations also trade e for
#: i and o for u (Malek / Malik, Abdollahian / Abdullahian).
_VOWEL_HABITS = frozenset(
    (frozenset("ui"), frozenset("ae"), frozenset("oe"), frozenset("ei"), frozenset("ou"))
)
#: Shorter keys leave too few letters for one vowel to be a spelling habit (Petrov / Patrov).
_MIN_VOWEL_VARIANT_LEN = 7
#: A given name next to an agreeing surname is one name at fewer letters (Hossein / Hussein).
_MIN_GIVEN_VOWEL_VARIANT_LEN = 5
_VOWEL_VARIANT_WEIGHT = 0.95
#: A shortened given name keeps this many letters at least and drops this many at least:
#: shorter cuts are other names ("Jean" / "Jeannette", "Maria" / "Mariana").
_MIN_SHORT_GIVEN = 5
_MIN_CUT = 3
#: Surname keys shorter than this (the longer of the two) leave a one-letter slip no better
#: than another name; a letter dropped from one this long is a slip ("Bhinde" / "Bhide").
_MIN_SLIP_LEN = 6
#: Two neighbouring letters swapped are a slip from this length ("Mehra" / "Merha").
_MIN_SWAP_LEN = 5


@dataclass(frozen=True)
class _Person:
    """A person name split into keyed parts (keys of every reading of ambiguous letters)."""

    given: tuple[tuple[tuple[str, ...], str, bool], ...]  # (keys, folded 1st letter, initial)
    surname: tuple[str, ...]
    surname_fold: str

    @property
    def masks(self) -> tuple[str, ...]:
        """Surname keys with vowels blanked: the blocking key for vowel variants."""
        return tuple(dict.fromkeys(_VOWEL.sub("*", key) for key in self.surname))


@lru_cache(maxsize=65536)
def _parse_person(name: str) -> _Person:
    if "," in name:  # "Ivanov, Ivan" list form
        head, _, tail = name.partition(",")
        name = f"{tail} {head}"
    # Hyphenated given names and surnames split ("Kassym-Jomart", "Ter-Petrosyan"), but an
    # article stays on its surname ("el-Sisi"): the name key drops it.
    tokens = [t for t in _HYPHEN.sub("- ", join_compounds(name)).split() if t]
    words = [t.rstrip(".") for t in tokens]
    while len(words) > 1 and words[0].lower() in _TITLE_WORDS:
        words.pop(0)
        tokens.pop(0)
    # "Md Wadud Sheikh" is "Wadud Sheikh": the abbreviated Muhammad that opens many South
    # Asian and Malay names is left out as often as not (kept when it is the only given name).
    if len(words) > 2 and words[0].lower() in _MUHAMMAD_ABBREVIATIONS:
        words.pop(0)
        tokens.pop(0)
    if not words:
        return _Person((), (), "")
    # "Kamal K C" is "Kamal KC": a surname of initials written apart ends the name.
    letters = next(n for n in range(len(words), -1, -1) if n == 0 or len(words[n - 1]) != 1)
    if 0 < letters <= len(words) - 2:
        words = [*words[:letters], "".join(words[letters:])]
        tokens = [*tokens[:letters], words[-1]]
    if _family_first(words):
        words = [*words[1:], words[0]]
        tokens = [*tokens[1:], tokens[0]]
    # "Manuel Arturo Merino de Lama": a Spanish name's first surname, before the particle
    # that joins the second, is the one outlets use alone ("Manuel Merino", "Merino"); a
    # given name before the particle makes it a surname's own ("Charles de Gaulle").
    joined = next((n for n, w in enumerate(words[1:-1], 1) if w.lower() in _JOINS), None)
    if joined is not None and (not name_key(words[joined - 1]) or is_given_name(words[joined - 1])):
        joined = None
    last = len(words) - 1 if joined is None else joined - 1
    surname_raw = words[last]
    given: list[tuple[tuple[str, ...], str, bool]] = []
    for n, (token, word) in enumerate(zip(tokens[:last], words[:last], strict=True)):
        if n and word.lower() in _SURNAME_PARTICLES:
            continue
        if _GLUED_INITIALS.fullmatch(token):
            given.extend((given_name_keys(c), fold(c), True) for c in token if c.isalpha())
            continue
        initial = token.endswith(".") or len(word) == 1
        given.append((given_name_keys(word), fold(word)[:1], initial))
    surname = surname_keys(surname_raw) if name_key(surname_raw) else ()
    if joined is not None and name_key(words[-1]):
        surname = tuple(dict.fromkeys((*surname, *surname_keys(words[-1]))))
    return _Person(tuple(given), surname, fold(surname_raw).strip())


def _family_first(words: Sequence[str]) -> bool:
    """A Chinese or Korean name written family name first: a family name, then given names
    of such syllables ("Yoon Suk Yeol", "Xi Jinping"; not "Lee Anderson")."""
    return (
        len(words) > 1
        and words[0].lower() in _EAST_ASIAN_FAMILY
        and all(
            _SYLLABLES.fullmatch(part) for word in words[1:] for part in word.split("-") if part
        )
    )


def _family_name_first(a: _Person, b: _Person) -> bool:
    """Two names of two words each, in opposite order: Japanese, Chinese, Korean and Hungarian
    names are written family name first by some outlets only ("Masuda Keisuke" / "Keisuke
    Masuda")."""
    if len(a.given) != 1 or len(b.given) != 1 or a.given[0][2] or b.given[0][2]:
        return False
    return bool(set(a.surname) & set(b.given[0][0])) and bool(set(b.surname) & set(a.given[0][0]))


def _fuller_name(short: _Person, long: _Person) -> bool:
    """A name of two words or more that opens a longer one, word for word: many Ethiopian,
    Somali and Kenyan names add a father's or a clan name that one outlet leaves out
    ("Worknesh Degefa" / "Worknesh Degefa Debele")."""
    if not short.given or len(long.given) <= len(short.given) or any(i for _, _, i in short.given):
        return False
    pairs = zip(short.given, long.given, strict=False)
    if not all(set(ka) & set(kb) for (ka, _, _), (kb, _, _) in pairs):
        return False
    return bool(set(short.surname) & set(long.given[len(short.given)][0]))


def _named_before_last(a: str, pa: _Person, b: str, pb: _Person) -> bool:
    """A lone name that is the word before the last of a name of three words or more, and no
    known given name: the surname of "Brimin Kipkorir" alone ("Kipkorir") is the same man as
    "Brimin Kipkorir Misoi"; "Ahmed" alone is no "Abiy Ahmed Ali", nor a patronymic alone
    ("Petrovich") "Sergei Petrovich Ivanov"."""
    (_, ps), (long, pl) = sorted(((a, pa), (b, pb)), key=lambda item: len(item[1].given))
    words = long.split()
    return (
        not ps.given
        and len(pl.given) >= 2
        and len(words) >= 3
        and not is_given_name(words[-2])
        and not _PATRONYMIC.search(words[-2].lower())
        and bool(set(ps.surname) & set(surname_keys(words[-2])))
    )


def _given_agreement(a: _Person, b: _Person) -> str | None:
    """How the given names relate: "full", "initial", "middle" (one side names the other's
    middle name alone) or "missing", or None on a conflict."""
    if not a.given or not b.given:
        return "missing"
    pairs = list(zip(a.given, b.given, strict=False))
    if len(a.given) != len(b.given):
        short, long = sorted((a.given, b.given), key=len)
        # A middle name used alone ("Diomaye Faye" for "Bassirou Diomaye Faye"); otherwise
        # only the first given names count: a patronymic on one side only says nothing.
        inner = [g for g in long[1:] if not g[2]]
        if _joined(short, long):
            return "full"  # "Indradev Yadav" / "Indra Dev Yadav": one given name, written apart
        if len(short) == 1 and not short[0][2] and not set(short[0][0]) & set(long[0][0]):
            return "middle" if any(set(short[0][0]) & set(g[0]) for g in inner) else None
        pairs = pairs[:1]
    level = "full"
    for (ka, fa, ia), (kb, fb, ib) in pairs:
        if ia or ib:
            if not _initial_fits(ka[0], fa, kb[0], fb):
                return None
            level = "initial"
        elif (
            not set(ka) & set(kb)
            and not _vowel_habit(ka, kb, _MIN_GIVEN_VOWEL_VARIANT_LEN)
            and not _shortened(ka, kb)
            and not _given_slip(ka, kb)
        ):
            return None  # "Shehbaz" / "Shahbaz" is one given name romanised two ways
    return level


def _shortened(keys_a: Sequence[str], keys_b: Sequence[str]) -> bool:
    """A given name that opens a longer one, as many are used ("Navin" for "Navinchandra",
    "Mohan" for "Mohandas"): ``_MIN_SHORT_GIVEN`` letters at least and ``_MIN_CUT`` fewer."""
    short, long = sorted((keys_a, keys_b), key=lambda keys: min(map(len, keys)))
    return min(map(len, short)) >= _MIN_SHORT_GIVEN and any(
        kl.startswith(ks) and len(kl) - len(ks) >= _MIN_CUT for ks in short for kl in long
    )


def _joined(
    short: tuple[tuple[tuple[str, ...], str, bool], ...],
    long: tuple[tuple[tuple[str, ...], str, bool], ...],
) -> bool:
    """One given name that the other side writes as two words ("Indradev" / "Indra Dev")."""
    if len(short) != 1 or len(long) != 2 or any(initial for _, _, initial in (*short, *long)):
        return False
    halves = {x + y for x in long[0][0] for y in long[1][0]}
    return bool(halves & set(short[0][0]))


def _initial_fits(ka: str, fa: str, kb: str, fb: str) -> bool:
    """ "K." fits "Kseniya" (key "henia"); "Y." fits "Yevgeniya" (key "evgenia")."""
    if ka[:1] == kb[:1] or fa == fb:
        return True
    soft = {fa, fb} & set("yji")
    return bool(soft) and (ka[:1] in "aeiou" or kb[:1] in "aeiou")


def _surname_relation(pa: _Person, pb: _Person) -> tuple[str, float] | None:
    """How two surnames relate, with the weight of that evidence, or None if they differ."""
    if pa.surname_fold == pb.surname_fold:
        return "same spelling", 1.0
    if set(pa.surname) & set(pb.surname):
        return "transliteration", 1.0
    if _vowel_habit(pa.surname, pb.surname):
        return "vowel variant", _VOWEL_VARIANT_WEIGHT
    return None


def _vowel_habit(
    keys_a: Sequence[str], keys_b: Sequence[str], min_len: int = _MIN_VOWEL_VARIANT_LEN
) -> bool:
    """Keys of one length (``min_len`` or more) that differ in one vowel of the romanisation
    habits (``_VOWEL_HABITS``) and nowhere else."""
    for ka in keys_a:
        for kb in keys_b:
            if len(ka) != len(kb) or len(ka) < min_len:
                continue
            diff = [(x, y) for x, y in zip(ka, kb, strict=True) if x != y]
            if len(diff) == 1 and frozenset(diff[0]) in _VOWEL_HABITS:
                return True
    return False


def _match_people(a: str, b: str, pa: _Person, pb: _Person) -> NameMatch | None:
    if not pa.surname or not pb.surname:
        return None
    if _family_name_first(pa, pb):
        return NameMatch(a=a, b=b, score=0.9, reason="surname given first")
    if _fuller_name(pa, pb) or _fuller_name(pb, pa) or _named_before_last(a, pa, b, pb):
        return NameMatch(a=a, b=b, score=0.9, reason="surname followed by a further name")
    if _given_alone(pa, b, pb) or _given_alone(pb, a, pa):
        return NameMatch(a=a, b=b, score=0.7, reason="surname missing; given name alone")
    surname = _surname_relation(pa, pb)
    given = _given_agreement(pa, pb)
    if given is None:
        return None
    if surname is None and _both_given(pa, pb, given):
        if _case_ending(pa, pb):
            surname = "case ending", _VOWEL_VARIANT_WEIGHT
        elif _slip(pa, pb):
            surname = "slip", _VOWEL_VARIANT_WEIGHT
    if surname is None:
        return None
    if _gendered(pa, pb) and surname[0] not in ("transliteration", "case ending"):
        return None
    reason = f"surname {surname[0]}; given name {given}"
    return NameMatch(a=a, b=b, score=round(_GIVEN_WEIGHT[given] * surname[1], 4), reason=reason)


def _given_alone(lone: _Person, full_name: str, full: _Person) -> bool:
    """Whether a name of one word is the given name that opens a full name, as outlets call
    some people ("Prabowo" of Prabowo Subianto, "Anwar" of Anwar Ibrahim); not a given name
    written after the surname ("Jinping" of Xi Jinping is no one's name)."""
    if lone.given or not full.given or full.given[0][2]:
        return False
    first = full_name.split()[0]
    return fold(first).strip() != full.surname_fold and bool(
        set(lone.surname) & set(full.given[0][0]) & set(name_keys(first))
    )


#: Case endings a Slavic source's grammar leaves on a surname ("Estoka", "Estokovi"), which an
#: outlet translating from it may keep.
_CASE_ENDINGS = ("a", "u", "om", "ovi")
_MIN_CASE_STEM = 4
#: Surname endings whose "-a" form is a woman's name, not a case: Zhakupov / Zhakupova.
_GENDERED_STEMS = ("ov", "ev", "in", "yn")


def _case_ending(pa: _Person, pb: _Person) -> bool:
    """Whether one surname is the other with a case ending added ("Estok" / "Estoka"), and
    not its feminine form ("Smirnov" / "Smirnova")."""
    short, long = sorted((pa.surname_fold, pb.surname_fold), key=len)
    return (
        len(short) >= _MIN_CASE_STEM
        and long.startswith(short)
        and long[len(short) :] in _CASE_ENDINGS
        and not short.endswith(_GENDERED_STEMS)
    )


def _both_given(pa: _Person, pb: _Person, given: str) -> bool:
    """Whether both names give the same given name in full: "Matus Sutaj Estoka" is then the
    "Matus Sutaj Estok" of the other outlet in a case ending, not his wife."""
    return bool(pa.given and pb.given) and given == "full"


def _gendered(pa: _Person, pb: _Person) -> bool:
    """Gendered forms of one surname (Ivanov / Ivanova, -sky / -skaya) name different people;
    an Arabic -ah against -a (Atellah / Atella) is one name whose keys meet."""
    return pa.surname_fold.endswith(_FEMININE_END) != pb.surname_fold.endswith(_FEMININE_END)


def _given_slip(keys_a: Sequence[str], keys_b: Sequence[str]) -> bool:
    """Given names one slip apart inside the word ("Johnston" / "Johnton"): their last two
    letters agree, since given names mark a gender there ("Daniel" / "Daniela", "Justin" /
    "Justine", "Alexander" / "Alexandra")."""
    from rapidfuzz.distance import DamerauLevenshtein

    return any(
        max(len(ka), len(kb)) >= _MIN_SLIP_LEN
        and ka[-2:] == kb[-2:]
        and DamerauLevenshtein.distance(ka, kb) == 1
        and not _other_name(ka, kb)
        for ka in keys_a
        for kb in keys_b
    )


def _slip(pa: _Person, pb: _Person) -> bool:
    """Surnames of ``_MIN_SLIP_LEN`` letters or more, as written or as keys, one letter
    inserted, dropped, changed or swapped apart ("Gina Cass-Gottlieb" / "Gina Cas-Gottlied").

    Alone, a surname one consonant away may be another family's; with the same given name in
    full, in two reports of one story, it is one person misspelt: the annotators of the real
    pairs merged every such pair, and none was two people."""
    from rapidfuzz.distance import DamerauLevenshtein

    return any(
        (max(len(ka), len(kb)) >= _MIN_SLIP_LEN or _swapped(ka, kb))
        and DamerauLevenshtein.distance(ka, kb) == 1
        and not _other_name(ka, kb)
        for ka in (pa.surname_fold, *pa.surname)
        for kb in (pb.surname_fold, *pb.surname)
    )


def _place_slip(a: str, b: str) -> bool:
    """Place keys of ``_MIN_SLIP_LEN`` letters or more one letter inserted, dropped, changed
    or swapped apart, the first letter kept ("Fairbanks" / "Farirbanks", "Colombo" /
    "Columbo"): two places the gazetteers tell apart never get here."""
    from rapidfuzz.distance import DamerauLevenshtein

    return (
        min(len(a), len(b)) >= _MIN_SLIP_LEN
        and a[:1] == b[:1]
        and DamerauLevenshtein.distance(a, b) == 1
    )


def _swapped(ka: str, kb: str) -> bool:
    """Two neighbouring letters swapped in a key of five letters or more ("Mehra" / "Merha"):
    the commonest slip of typing, whatever the name's length."""
    if len(ka) != len(kb) or len(ka) < _MIN_SWAP_LEN:
        return False
    diff = [n for n, (x, y) in enumerate(zip(ka, kb, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and ka[diff[0]] == kb[diff[1]]


def _other_name(ka: str, kb: str) -> bool:
    """Keys one edit apart that still spell another name: one vowel for another ("kohler" /
    "kahler"; romanisation habits are ``_vowel_habit``'s), or a consonant added at the end,
    where surnames take their suffixes ("Hovsepyan" / "Hovsepyants"; a mute e is a spelling:
    "Abdraman" / "Abdramane")."""
    short, long = sorted((ka, kb), key=len)
    if long.startswith(short):
        return not _VOWEL.match(long[-1])
    if len(ka) != len(kb):
        return False
    diff = [(x, y) for x, y in zip(ka, kb, strict=True) if x != y]
    return len(diff) == 1 and all(_VOWEL.match(letter) for letter in diff[0])


def _singular_key(word: str) -> str:
    """A word's name key without a plural s ("Airlines" = "airline"; "Socialists" is keyed as
    "Socialist", whose "ts" a key reads otherwise before an s)."""
    key = name_key(word)
    if len(key) > 3 and (key.endswith("s") or word.endswith("s")):
        return name_key(word[:-1]) if word[-1:] in "sS" else key[:-1]
    return key


@lru_cache(maxsize=65536)
def _org_tokens(name: str) -> tuple[str, ...]:
    """Organisation key: country names and demonyms canonical ("U.S." = "United States" =
    "American"), other words as singular name keys ("Departments" = "department",
    "Qazmys" = "Kazmys"), so that spelling and inflection never split an organisation.
    Cached: entity resolution compares every pair of names."""
    words = [_bare(t) for t in _TOKEN.findall(name)]
    words = [w for w in words if w.lower() not in ("the", "of", "and", "for")]
    while len(words) > 1 and words[-1].lower() in _LEGAL_FORMS:  # "Tata Sons Pvt Ltd"
        words = words[:-1]
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):  # longest country name first ("United Arab Emirates")
            place = gazetteer.country(" ".join(words[i : i + size]))
            if place and i + size <= len(words):
                out.append(place.lower())
                i += size
                break
        else:
            word = _ORG_WORD_FORMS.get(words[i].lower(), words[i].lower())
            word = _place_spelling(words[i]) or _US_SPELLING.sub(_american, word)
            out.append(_singular_key(word))
            i += 1
    return tuple(out)


def _place_spelling(word: str) -> str | None:
    """The gazetteer's name of a place an organisation's name spells another way
    ("Chittagong Medical College Hospital" / "Chattogram ..."), else None."""
    if not word[:1].isupper():
        return None
    place = gazetteer.resolve_place(word)
    return place.lower() if place and fold(place).lower() != fold(word).lower() else None


#: British spellings of organisation words, which outlets on either side of the Atlantic
#: write their own way ("International Organisation for Migration", "Defense Ministry").
#: ("Labour" stays: Britain's Labour and Australia's Labor are two parties.)
_US_SPELLING = re.compile(r"(?<=[a-z])isation|^(?:defence|centre|programme)$")
_AMERICAN = {"defence": "defense", "centre": "center", "programme": "program"}


#: Forms of one organisation word that outlets use for the same body ("Central Electoral
#: Commission" / "Central Election Commission").
_ORG_WORD_FORMS = {"electoral": "election"}


def _american(match: re.Match[str]) -> str:
    return _AMERICAN.get(match.group(), "ization")


#: Spaces and hyphens inside a place name, which outlets write or leave out ("Pagaralam" /
#: "Pagar Alam", "Kara-Suu" / "Karasuu").
_PLACE_GAPS = re.compile(r"[\s-]+")


#: Words that name the unit of a place, not another place: "Yobe State" is Yobe, "Majia Town"
#: is Majia.
PLACE_UNITS = _wordset(
    """state province region district county city town village municipality oblast governorate
    prefecture krai"""
)


#: Bodies named after a saint: "Saint Academy", "St Joseph's College" are no towns.
_SAINT_BODIES = _wordset("academy school college seminary cathedral basilica parish")


def _saint_named(words: Sequence[str]) -> bool:
    """Whether a name (lower-case words) opens with a saint's and names no body: a town's
    ("San Pedro Garza Garcia")."""
    return (
        len(words) > 1
        and words[0].rstrip(".") in _SAINT_LEADS
        and not _SAINT_BODIES.intersection(words)
    )


def _bare_place(name: str) -> str:
    """Place key without its generic head ("Irtysh River" -> "irtysh", "Majia Town" ->
    "majia")."""
    key = gazetteer.place_key(name)
    lead, _, rest = key.partition(" ")
    if rest and lead.rstrip(".") in _PLACE_LEADS:  # "Mount Marapi" -> "marapi"
        key = rest
    head, _, last = key.rpartition(" ")
    return head if head and (last in _PLACE_HEADS or last in PLACE_UNITS) else key


def _place_kinds(key: str) -> frozenset[str]:
    """The words of a place key that say what kind of place it is ("Lake Kivu": lake, "Noto
    Airport": airport), one form per kind ("Mt" is "mount", "islands" "island")."""
    words = key.split()
    kinds = set()
    if len(words) > 1 and words[0].rstrip(".") in _PLACE_LEADS:
        kinds.add(_KIND_FORMS.get(words[0].rstrip("."), words[0]))
    if len(words) > 1 and (words[-1] in _PLACE_HEADS or words[-1] in PLACE_UNITS):
        kinds.add(_KIND_FORMS.get(words[-1], words[-1]))
    return frozenset(kinds)


_KIND_FORMS = {"mt": "mount", "islands": "island", "theater": "theatre"}


def _other_kinds(key_a: str, key_b: str) -> bool:
    """Whether both names say what kind of place they are, and not alike: the "Noto
    Peninsula" is no "Noto Airport", the "Red River" no "Red Sea", "Lake Kivu" no "Kivu
    Province". A name that says no kind may still be either ("Plateau" / "Plateau State")."""
    kinds_a, kinds_b = _place_kinds(key_a), _place_kinds(key_b)
    return bool(kinds_a and kinds_b) and not kinds_a & kinds_b


#: Heads of natural features named after a place they hold or face, which is another place:
#: "Taiwan Strait" is no "Taiwan", "Kathmandu Valley" no "Kathmandu".
_FEATURE_HEADS = _wordset("strait peninsula valley gulf bay sea ocean desert")


def _feature_of(name: str, other_known: str | None) -> bool:
    """Whether ``name`` is a natural feature named after the other name, a place the gazetteers
    know (``other_known``, its resolved place): "Noto Peninsula" / "Noto"."""
    words = gazetteer.place_key(name).split()
    return bool(other_known) and len(words) > 1 and words[-1] in _FEATURE_HEADS


_HEAD_OF = re.compile(r"(\w+) of (.+)")


def _head_last(name: str) -> str:
    """Place key with a leading head word and its "of" moved to the end: "Port of Shahid
    Rajaee" is "Shahid Rajaee Port" (and "Gulf of Mexico" no "Mexico")."""
    key = gazetteer.place_key(name)
    found = _HEAD_OF.fullmatch(key)
    return f"{found.group(2)} {found.group(1)}" if found and found.group(1) in _PLACE_HEADS else key


def _words_dropped(
    words_a: Sequence[str], words_b: Sequence[str], heads: frozenset[str] = _PLACE_HEADS
) -> bool:
    """A named structure or body with words left out: "Francis Scott Bridge" for "Francis
    Scott Key Bridge", "Reagan National Airport" for "Ronald Reagan Washington National
    Airport", "Mulago Referral Hospital" for "Mulago National Referral Hospital". Three words
    at least, in order in the longer name, ending in the same head; no compass word left out
    ("Southern District Court" is no "District Court" of another district)."""
    short, long = sorted((words_a, words_b), key=len)
    if len(short) < 3 or len(long) == len(short) or short[-1] not in heads:
        return False
    rest = iter(long)
    if short[-1] != long[-1] or not all(word in rest for word in short):
        return False
    # compass words as place keys and as organisation keys ("southern" is "suthern")
    dropped = set(long) - set(short)
    return not (dropped & _COMPASS_WORDS or dropped & _org_keys(_COMPASS_WORDS))


_COMPASS_WORDS = _wordset("north south east west northern southern eastern western central")


def _compass_moved(words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """A part of a place named with its compass word before or after ("Rukum West" / "West
    Rukum"), given the words of both place keys."""
    return (
        words_a != words_b
        and sorted(words_a) == sorted(words_b)
        and bool(_COMPASS_WORDS.intersection(words_a))
    )


def _initials_dropped(words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """A place or body named after a person, with or without the initials of the person's
    given names: "M Chinnaswamy Stadium" / "Chinnaswamy Stadium" (two words left at least)."""
    short, long = sorted((words_a, words_b), key=len)
    cut = len(long) - len(short)
    return (
        len(short) > 1
        and cut > 0
        and tuple(long[cut:]) == tuple(short)
        and all(len(w.rstrip(".")) == 1 for w in long[:cut])
    )


def _same_place_words(a: str, b: str) -> bool:
    """Whether two place names are one name in two romanisations, word by word ("Aqtogay" and
    "Aktogay", "Shabwah" and "Shabwa"): every pair of words has a reading in common."""
    words_a, words_b = a.split(), b.split()
    return (
        len(words_a) == len(words_b) > 0
        and all(name_key(w) for w in words_a + words_b)
        and all(
            set(name_keys(x)) & set(name_keys(y)) for x, y in zip(words_a, words_b, strict=True)
        )
    )


def given_names_clash(a: str, b: str) -> bool:
    """Whether two person names open with given names that are clearly two names: the
    matching rules find them in conflict and they are more than one letter apart ("Khalid" /
    "Kazem", "Hunter" / "Joe"; "Moin" / "Main" is one name romanised two ways). A name with
    no given name clashes with nothing."""
    from rapidfuzz.distance import DamerauLevenshtein

    pa, pb = _parse_person(a), _parse_person(b)
    if not pa.given or not pb.given or _given_agreement(pa, pb) is not None:
        return False
    (keys_a, _, initial_a), (keys_b, _, initial_b) = pa.given[0], pb.given[0]
    return (
        initial_a
        or initial_b
        or all(DamerauLevenshtein.distance(x, y) > 1 for x in keys_a for y in keys_b)
    )


def same_entity_name(a: str, b: str, type: str = "person") -> NameMatch | None:
    """Decide whether two name strings denote one entity; the match says by which rule.

    ``type`` is "person", "org" or "place". People need agreeing surnames and compatible given
    names; places agree when the gazetteers give them one canonical name; organisations when
    their words agree once country names are unified, or when one adds only a country.
    """
    if type == "person":
        return _match_people(a, b, _parse_person(a), _parse_person(b))
    if type == "place":
        pa, pb = gazetteer.resolve_place(a), gazetteer.resolve_place(b)
        if pa and pa == pb:
            return NameMatch(a=a, b=b, score=1.0, reason=f"gazetteer: {pa}")
        if pa and pb:
            return None  # two different known places, however alike their names
        key_a, key_b = gazetteer.place_key(a), gazetteer.place_key(b)
        if key_a == key_b:
            return NameMatch(a=a, b=b, score=1.0, reason="same name")
        words_a, words_b = key_a.split(), key_b.split()
        if _head_last(a) == _head_last(b) or _compass_moved(words_a, words_b):
            return NameMatch(a=a, b=b, score=0.9, reason="same name, reordered")
        if _feature_of(a, pb) or _feature_of(b, pa) or _other_kinds(key_a, key_b):
            return None
        bare_a, bare_b = _bare_place(a), _bare_place(b)
        if bare_a == bare_b:
            return NameMatch(a=a, b=b, score=0.9, reason="same name, place word dropped")
        if _same_place_words(bare_a, bare_b):
            return NameMatch(a=a, b=b, score=0.9, reason="place name transliteration")
        if _PLACE_GAPS.sub("", bare_a) == _PLACE_GAPS.sub("", bare_b):
            return NameMatch(a=a, b=b, score=0.9, reason="same name, written apart")
        if _words_dropped(words_a, words_b):
            return NameMatch(a=a, b=b, score=0.85, reason="same name, words dropped")
        if _initials_dropped(words_a, words_b):
            return NameMatch(a=a, b=b, score=0.9, reason="same name, initials dropped")
        if _place_slip(bare_a, bare_b):
            return NameMatch(a=a, b=b, score=0.8, reason="same name, one letter slipped")
        return None
    ta, tb = _org_tokens(a), _org_tokens(b)
    if ta and ta == tb:
        return NameMatch(a=a, b=b, score=1.0, reason="same organisation words")
    if ta and "".join(ta) == "".join(tb):  # "ZANU-PF" / "Zanu PF": joined or apart
        return NameMatch(a=a, b=b, score=0.9, reason="same organisation words, written apart")
    if _acronym_of(a, b) or _acronym_of(b, a):
        return NameMatch(a=a, b=b, score=0.9, reason="acronym")
    if _named_by_members(a, b) or _named_by_members(b, a):
        return NameMatch(a=a, b=b, score=0.8, reason="same party, named by its members")
    short, long = sorted((ta, tb), key=len)
    extra = long[: len(long) - len(short)]
    if short and long[len(extra) :] == short and all(gazetteer.country(w) for w in extra):
        return NameMatch(a=a, b=b, score=0.9, reason="same organisation, country qualifier")
    if _initials_dropped(ta, tb):
        return NameMatch(a=a, b=b, score=0.9, reason="same organisation, initials dropped")
    # A qualifier dropped before a name of two words or more: the "Diamond League" of the
    # "Wanda Diamond League", the "Free Press" of the "Detroit Free Press"; not a body "of"
    # it ("the Monetary Policy Committee of the Central Bank of Egypt").
    long_name = a if ta == long else b
    if len(short) > 1 and extra and long[len(extra) :] == short and not _OF.search(long_name):
        return NameMatch(a=a, b=b, score=0.8, reason="same organisation, qualifier dropped")
    # Inner words only: a body's name keeps its first word ("Mulago Referral Hospital"), which
    # a title run into it would not ("Rear Admiral ... of the U.S. Coast Guard").
    if ta[:1] == tb[:1] and _words_dropped(ta, tb, _org_keys(_ORG_HEADS)):
        return NameMatch(a=a, b=b, score=0.85, reason="same organisation, words dropped")
    # A firm's branch named by where it works: "Alvarez & Marsal Asia" / "Alvarez & Marsal".
    rest = long[len(short) :]
    if len(short) > 1 and long[: len(short)] == short and all(map(_where, rest)):
        return NameMatch(a=a, b=b, score=0.9, reason="same organisation, place qualifier")
    # "Department of State" / "State Department": the same words in another order ("of" is
    # dropped by the key), with or without a country in front.
    bare_a = sorted(w for w in ta if not gazetteer.country(w))
    bare_b = sorted(w for w in tb if not gazetteer.country(w))
    countries = [{w for w in t if gazetteer.country(w)} for t in (ta, tb)]
    one_country = not all(countries) or countries[0] == countries[1]
    if len(bare_a) > 1 and bare_a == bare_b and one_country:
        return NameMatch(a=a, b=b, score=0.9, reason="same organisation words, reordered")
    # A generic word of the kind of organisation dropped: "Treasury Department" / "U.S.
    # Department of the Treasury" / "Treasury", "Arm Holdings" / "Arm"; not when what is
    # left is a domain ("Foreign" of "Foreign Ministry").
    kind_a = [w for w in bare_a if w not in _GENERIC_ORG_KEYS]
    kind_b = [w for w in bare_b if w not in _GENERIC_ORG_KEYS]
    shorter = min((a, b), key=lambda n: len(_org_tokens(n)))
    if (
        kind_a
        and kind_a == kind_b
        and one_country
        and bare_a != bare_b
        and not all(w.lower() in _TITLE_WORDS for w in _TOKEN.findall(shorter))
    ):
        return NameMatch(a=a, b=b, score=0.85, reason="same organisation, kind of body dropped")
    # Short form: the distinctive first word alone ("Avanhard" for "Avanhard Kharkiv",
    # "Samsung" for "Samsung Electronics"), never an ordinary word ("Foreign").
    words = shorter.split()
    own = [w for w in long if not gazetteer.country(w)]  # "China Evergrande Group"
    if (
        len(short) == 1
        and len(own) in (2, 3)
        and own[0] == short[0]
        and len(words) == 1
        and (_distinctive(words[0]) or _of_party(own) or _of_brand(own))
        and (not _org_shaped(words[0]) or (len(own) == 2 and own[1] in _BRAND_HEADS))
    ):
        return NameMatch(a=a, b=b, score=0.8, reason="same organisation, short form")
    return None


_PARTY = _singular_key("party")
#: Heads of a party's name that its members drop, with the least words before each:
#: "Democratic Party" / "Democrats", "Christian Democratic Union" / "Christian Democrats"
#: (the "European Union" is no "Europeans").
_PARTY_HEADS = {"party": 1, "union": 2}


def _named_by_members(party: str, members: str) -> bool:
    """Whether ``members`` names the party by what its members are called: the word before
    the head made a plural noun, the words before it kept ("Democratic" -> "Democrats")."""
    words, named = party.split(), members.split()
    return (
        len(named) == len(words) - 1
        and named[:-1] == words[:-2]
        and (named[-1] in _members_forms(party))
    )


def _members_forms(party: str) -> set[str]:
    """The plurals a party's members go by, made of the word before its head ("Democrats",
    "Democratics"), or none for a name of no party."""
    words = party.split()
    least = _PARTY_HEADS.get(words[-1].lower()) if words else None
    if least is None or len(words) <= least:
        return set()
    adjective = words[-2]
    return {adjective + "s"} | ({adjective[:-2] + "s"} if adjective.endswith("ic") else set())


_OF = re.compile(r"\bof\b", re.I)


@lru_cache(maxsize=4)
def _org_keys(words: frozenset[str]) -> frozenset[str]:
    """Words as ``_org_tokens`` keys ("court" is "curt"), for the word lists compared with
    an organisation's keys."""
    return frozenset(key for word in words for key in _org_tokens(word))


def _of_party(own: Sequence[str]) -> bool:
    """Whether a name's own words are one word and "Party": outlets name such a party by that
    word ("Labor" for the "Labor Party") or its members ("the Socialists" of the "Socialist
    Party"), however common the word."""
    return len(own) == 2 and own[1] == _PARTY


_AIR_LINES = (_singular_key("air"), _singular_key("lines"))


def _of_brand(own: Sequence[str]) -> bool:
    """Whether a name's own words are one word and a company's head ("Spirit Airlines", "Delta
    Air Lines", "Paramount Global"): outlets name the company by that word, however common."""
    return (len(own) == 2 and own[1] in _BRAND_HEADS) or (
        len(own) == 3 and tuple(own[1:]) == _AIR_LINES
    )


def _members_words(name: str) -> set[str]:
    """The lone words a party of two words goes by, its members' ("Socialists" of the
    "Socialist Party", "Democrats" of the "Democratic Party"), or none."""
    return _members_forms(name) if len(name.split()) == 2 else set()


#: Heads (as ``_org_tokens`` keys) that a company's own name carries or drops ("NBC News" /
#: NBC, "PSA Airlines" / PSA), unlike a body of an organisation ("UN Security Council").
_BRAND_HEADS = frozenset(
    map(
        _singular_key,
        ("news", "airlines", "airways", "motors", "holdings", "media", "network", "global"),
    )
)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: An acronym that keeps one small letter of its name ("KeNHA", Kenya National Highways
#: Authority): its capitals are the acronym.
_MIXED_ACRONYM = re.compile(r"[A-Z]+[a-z][A-Z]+")


def _as_acronym(text: str) -> str | None:
    """The acronym a name is written as ("KeNHA" is KNHA), or None."""
    if _ACRONYM.fullmatch(text):
        return text
    if len(text) <= 7 and _MIXED_ACRONYM.fullmatch(text):
        capitals = "".join(c for c in text if c.isupper())
        return capitals if len(capitals) >= 3 else None
    return None


#: Words (as ``_org_tokens`` keys) that say what kind of body an organisation is, which
#: outlets add or drop.
_GENERIC_ORG_KEYS = frozenset(
    map(_singular_key, ("department", "ministry", "corporation", "company", "group", "holding"))
)
#: Words an acronym skips ("Ministry of Emergency Situations" is MES, not MOES).
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "on", "in", "de", "&"})


def _acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` is the acronym of ``name``: the initials of its words, with or without
    its small words ("Christian Democratic Union" / CDU, "U.S. Geological Survey" / USGS,
    "Bank of Japan" / BOJ), or the capitals of one word written in camel case
    ("KazMunaiGas" / KMG)."""
    if len(name) <= len(short):
        return False
    if acronym := _as_acronym(short):
        return acronym in _acronyms(name) or _acronym_letters(acronym) == _acronym_letters(name)
    # an acronym written as a word ("Isro", "Nato"): only the initials in their order
    return bool(_word_acronym(short)) and _word_acronym(short) in _acronyms(name)


def _acronym_letters(name: str) -> str:
    """The letters of a name's acronym in alphabetical order: an acronym kept from the name in
    its own language stands for the translated name's words in another order ("Modern
    Revolutionary Party" / PRM, "National Electoral Institute" / INE). One letter a word, two
    words at least; "" for a name of one word."""
    if acronym := _as_acronym(name):
        return "".join(sorted(acronym))
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _ACRONYM_SKIPS]
    initials = _initials(words).upper()
    return "".join(sorted(initials)) if len(words) > 1 and len(initials) == len(words) else ""


def match_names(a: Sequence[str], b: Sequence[str]) -> tuple[NameMatch, ...]:
    """One-to-one matches between two lists of person names, best first, at most one per name.

    Candidates are blocked by surname keys with vowels blanked (only those can match), so the
    cost stays about linear in the list sizes; the highest score wins, ties by list position.
    """
    parsed_a = [_parse_person(n) for n in a]
    parsed_b = [_parse_person(n) for n in b]
    blocks: dict[str, list[int]] = {}
    for j, person in enumerate(parsed_b):
        for mask in person.masks:
            blocks.setdefault(mask, []).append(j)
    scored: list[tuple[float, int, int, NameMatch]] = []
    for i, person in enumerate(parsed_a):
        candidates = sorted({j for mask in person.masks for j in blocks.get(mask, ())})
        for j in candidates:
            match = _match_people(a[i], b[j], person, parsed_b[j])
            if match is not None:
                scored.append((-match.score, i, j, match))
    scored.sort(key=lambda item: item[:3])
    used_a: set[int] = set()
    used_b: set[int] = set()
    result: list[NameMatch] = []
    for _, i, j, match in scored:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            result.append(match)
    return tuple(result)


# ------------------------------------------------------------------------------ extraction


@dataclass
class _Tok:
    text: str  # without possessive ending
    start: int  # offsets local to the statement
    end: int
    cap: bool
    possessive: bool


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        word = _POSSESSIVE.sub("", raw) if len(raw) > 2 and raw[-1] != "." else raw
        adjective = _NAME_ADJECTIVE.search(word)
        if adjective and adjective.start() > 0:
            word = raw = word[: adjective.start()]  # "US-based": the name is "US"
        cap = (word[:1].isupper() or bool(_PARTICLE.match(word))) and word.lower() not in _CALENDAR
        cap = cap and word != "I"
        out.append(_Tok(word, m.start(), m.start() + len(word), cap, word != raw))
    return out


def _chunks(text: str, toks: list[_Tok]) -> list[list[_Tok]]:
    """Maximal runs of capitalised tokens, joined by spaces or by "of"/"of the"/"de"..."""
    chunks: list[list[_Tok]] = []
    i = 0
    while i < len(toks):
        if not toks[i].cap:
            i += 1
            continue
        run = [toks[i]]
        j = i + 1
        while j < len(toks) and (not run[-1].possessive or _joins_possessive(text, run[-1])):
            gap = text[run[-1].end : toks[j].start].strip()
            if gap == "&" and toks[j].cap:  # "Alvarez & Marsal", "Procter & Gamble"
                run.append(toks[j])
                j += 1
                continue
            if _nickname(text, toks, j, gap):  # Barry "Butch" Wilmore
                run.extend(toks[j : j + 2])
                j += 2
                continue
            if gap == "." and toks[j].cap and _abbreviation(run):
                run.append(toks[j])  # "Mr. Altman", "Gov. Ron DeSantis", "Mt. Merapi"
                j += 1
                continue
            if gap and not (gap in "'’" and run[-1].text.endswith("s") and toks[j].cap):
                break  # only a plural possessive ("Dockers' Union") bridges a mark
            if toks[j].cap:
                run.append(toks[j])
                j += 1
                continue
            # connector words: "of", "of the", "de" between two capitalised words, and inside
            # an institution's name "for (the)" and "and" ("UN Office for the Coordination of
            # Humanitarian Affairs", "Ministry of Information and Culture")
            connectors = _CONNECTORS | _institution_connectors(run)
            k = j
            while k < len(toks) and k - j < 2 and toks[k].text.lower() in (*connectors, "the"):
                if text[toks[k - 1].end : toks[k].start].strip():
                    break
                k += 1
            if (
                k > j
                and toks[j].text.lower() in connectors
                and (toks[j].text.lower() != "and" or (k == j + 1 and _ends_name(text, toks, k)))
                and k < len(toks)
                and toks[k].cap
                and not text[toks[k - 1].end : toks[k].start].strip()
            ):
                run.extend(toks[j : k + 1])
                j = k + 1
                continue
            break
        chunks.append(run)
        i = j
    return chunks


def _abbreviation(run: list[_Tok]) -> bool:
    """Whether the run so far is an abbreviation that a full stop does not end: an honorific
    or a title ("Mr.", "Lt. Gen."), or "Mt." / "St." opening a name."""
    word = run[-1].text.lower()
    return word in _HONORIFICS or (len(run) == 1 and word in ("mt", "st"))


#: Quotes around a nickname inside a name, opening and closing.
_NICKNAME_QUOTES = {'"': '"', "“": "”", "‘": "’", "'": "'"}


def _nickname(text: str, toks: list[_Tok], j: int, gap: str) -> bool:
    """Whether token ``j`` is a nickname in quotes between a given name and a surname:
    'Barry "Butch" Wilmore', "Sunita 'Suni' Williams"."""
    close = _NICKNAME_QUOTES.get(gap)
    return (
        close is not None
        and j + 1 < len(toks)
        and toks[j].cap
        and toks[j + 1].cap
        and text[toks[j].end : toks[j + 1].start].strip() == close
    )


def _ends_name(text: str, toks: list[_Tok], k: int) -> bool:
    """Whether the capitalised token ``k`` right after an "and" ends the name: "Information and
    Culture" does, "Health and Save the Children" joins another name and does not."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        nxt is None
        or bool(text[toks[k].end : nxt.start].strip())
        or not (nxt.cap or nxt.text.lower() in (*_CONNECTORS, "the", "for", "and"))
    )


def _institution_connectors(run: list[_Tok]) -> frozenset[str]:
    """Words that may go on a run that names an institution: "for" after its head word, and
    "and" once the head has its "of" or "for" ("Ministry of Information and Culture")."""
    words = [t.text.lower() for t in run]
    heads = [n for n, w in enumerate(words) if w in _ORG_HEADS]
    if not heads:
        return frozenset()
    if any(w in ("of", "for") for w in words[heads[0] + 1 :]):
        return frozenset({"for", "and"})
    return frozenset({"for"})


def _joins_possessive(text: str, tok: _Tok) -> bool:
    """A plural or role possessive inside a name ("Dockers' Union", "Prosecutor's Office"),
    unlike an owner before a name ("Russia's Foreign Ministry")."""
    plural = text[tok.end : tok.end + 1] in "'’" and tok.text.endswith("s")
    return (plural or _is_title_word(tok)) and not gazetteer.canonical_place(tok.text)


def _sentence_initial(text: str, tok: _Tok) -> bool:
    before = text[: tok.start].rstrip()
    return not before or before[-1] in _OPEN_QUOTES or before[-1] in ".:;!?—–-"


def _is_title_word(tok: _Tok) -> bool:
    """A title word, also one still to be taken up ("President-elect", "Minister-designate")."""
    return _ELECT.sub("", tok.text.lower().rstrip(".")) in _TITLE_WORDS


_ELECT = re.compile(r"-(?:elect|designate)$")


@dataclass
class _Found:
    type: str
    start: int
    end: int
    normal: str
    title: str | None = None


def _classify_chunk(text: str, run: list[_Tok], found: list[_Found]) -> list[_Tok]:
    """Type one capitalised run; returns the leftover run when it stays undecided (a name
    with no title: person, organisation or place depending on cues seen source-wide)."""
    # "Major General X": a rank's first word, no title alone ("Major League Baseball").
    if len(run) > 2 and run[0].text.lower() == "major" and _is_title_word(run[1]):
        run = run[1:]
    # Drop a sentence-initial ordinary word ("The", "Following") in front of a name.
    while run and _sentence_initial(text, run[0]) and not gazetteer.country(run[0].text):
        head = run[0].text.lower()
        if (
            _is_title_word(run[0])
            or (head in _PLACE_LEADS and len(run) > 1)
            or _saint_named([t.text.lower() for t in run])
        ):
            break
        of_name = len(run) > 2 and run[1].text == "of"
        # "Critics of Japarov" drops its first word; "Bank of England" and "Republic of Korea"
        # keep theirs.
        of_whom = of_name and zipf(head) >= _COMMON_ZIPF and head not in _OF_HEADS
        if (
            head in _STOP
            or of_whom
            or (
                zipf(head) >= _COMMON_ZIPF
                and not (of_name and head in _OF_HEADS)
                and len(run) > 1
                and not _ACRONYM.fullmatch(run[0].text)  # "NBC News", "PSA Airlines"
                and not _is_title_word(run[1])  # "Emergencies Minister X"
                and not is_given_name(head)
                and not _person_cue(text, run[0].start, run[-1].end)
                and not _appositive_title(text, run[0].start, run[-1].end)  # "Katie X, head of"
            )
        ):
            run = run[1:]
        else:
            break
    # A leading connector is no part of the name, but a capitalised Arabic article is
    # ("Al Hudaydah", "El Salvador").
    while run and run[0].text.lower() in (*_CONNECTORS, "the") and not _leading_article(run):
        run = run[1:]
    if not run:
        return []
    start, end = run[0].start, run[-1].end
    words = [t.text.lower() for t in run]
    surface = text[start:end]

    # An office with no holder named after it is no name; what holds the office may be one
    # ("Education Minister", "Police Spokesperson"; "Taco Bell CEO", "RBI Governor").
    if words[-1].rstrip(".") in _OFFICES:
        cut = len(run) - 1
        while cut and (
            _is_title_word(run[cut - 1])
            or words[cut - 1] in _STOP
            or words[cut - 1] in _OFFICE_WORDS
        ):
            cut -= 1
        return _classify_chunk(text, run[:cut], found) if cut else []

    # Extend "the North America department" over a lower-case organisation head.
    lower_head = re.match(r"\s+([a-z]+)\b", text[end:])
    if lower_head and lower_head.group(1) in _LOWER_ORG_HEADS:
        end += lower_head.end()
        found.append(_Found("org", start, end, " ".join(_org_tokens(text[start:end]))))
        return []

    place = gazetteer.country(surface) or gazetteer.region(surface)
    if place is None and len(run) <= 3:
        # A word in capitals is a city only by its own name and when big ("ALMATY"): "DOH" is
        # a department of health, not Doha, and "UN" no town.
        if len(run) == 1 and surface.isupper():
            hit = gazetteer.city(surface)
            hit = hit if hit and hit[1] >= _MINOR_TOWN else None
        else:
            hit = gazetteer.city(surface) or _alternate_city(run)
        placed = _PLACE_BEFORE.search(text_before(text, start)) is not None  # "in Florida"
        # a city's name in capitals is a dateline, no common word ("NAIROBI, Kenya -")
        common = len(run) == 1 and zipf(words[0]) >= _COMMON_ZIPF and not surface.isupper()
        small = len(run) == 1 and hit and hit[1] < _MINOR_TOWN
        # "..., Kobayashi says": a small town's name that speaks is a person's
        speaks = small and _SPEAKS.match(text[end:])
        # "the Liberal party", "Olympic champion": a small town named by an everyday word is
        # that word, unless the words around place it or it names a state ("Florida")
        everyday = (
            small
            and zipf(words[0]) >= _EVERYDAY_ZIPF
            and not placed
            and not _PLACE_AFTER.match(text[end:])
            and not gazetteer.subdivision(surface, words=True)
        )
        if hit and not (common and _sentence_initial(text, run[0])) and not speaks and not everyday:
            place = hit[0]
        elif (
            gazetteer.subdivision(surface)
            and not (
                len(run) == 1
                and (
                    (len(surface) <= 4 and not surface[1:].islower())  # "BoE", not Nauru's Boe
                    or (_SPEAKS.match(text[end:]) and not placed)
                )
            )
        ):
            place = surface  # "Western Cape, a spokesperson ... said" is no one's name
    if place:
        found.append(_Found("place", start, end, place))
        return []

    is_org = (
        words[-1] in _ORG_HEADS
        or any(w in _ORG_HEADS and n == "of" for w, n in pairwise(words))
        or " ".join(words) in _ORG_NAMES
        or (len(run) == 1 and run[0].text.isupper() and len(run[0].text) >= 2)
        or (len(run) == 1 and bool(_BANK_WORD.fullmatch(surface)))
        or " & " in surface
    )
    if (
        words[-1] in _PLACE_HEADS
        or (len(run) > 1 and words[0].rstrip(".") in _PLACE_LEADS)
        or (_saint_named(words) and not is_org)
        or (any(w in _STATE_WORDS for w in words) and words[-1] not in _ORG_HEADS)
    ):
        found.append(_Found("place", start, end, surface))
        return []
    # "Rear Admiral John Mauger of the U.S. Coast Guard", "John Mauger of the Coast Guard": a
    # titled or given-named person of a body, whose heads all come after the "of".
    # A title alone before the "of" names no one ("First President of the Court of Appeal").
    of_at = words.index("of") if "of" in words[1:] else 0
    named = [t for t in run[:of_at] if not _is_title_word(t)]
    person_of = (
        bool(named)
        and not _ORG_HEADS.intersection(words[:of_at])
        and (is_given_name(named[0].text) or len(named) < of_at)
    )
    if is_org and words[0] not in _TITLE_HEADS and not person_of:
        normal = " ".join(_org_tokens(text[start:end]))
        found.append(_Found("org", start, end, normal))
        return []

    # Leading places and title words: "U.S. President Donald Trump", "Secretary of State X".
    k = 0
    title_start: int | None = None
    while k < len(run):
        tok = run[k]
        if _is_title_word(tok) or (
            title_start is not None and words[k] in (*_CONNECTORS, "the", "for")
        ):
            title_start = tok.start if title_start is None else title_start
        elif title_start is None and gazetteer.country(tok.text):
            found.append(_Found("place", tok.start, tok.end, gazetteer.country(tok.text) or ""))
        elif title_start is not None and gazetteer.country(tok.text) and words[k - 1] == "of":
            pass  # "Secretary of State": part of the title
        elif (
            title_start is not None
            and k + 1 < len(run)
            and _is_title_word(run[k + 1])
            and gazetteer.country(tok.text)
        ):  # "Incumbent Moldovan President Maia Sandu": the country inside the title
            found.append(_Found("place", tok.start, tok.end, gazetteer.country(tok.text) or ""))
        elif words[k] == "state" and title_start is not None:
            pass
        else:
            break
        k += 1
    if title_start is None and len(run) > 2:
        # a title led by a word no list holds ("Emergencies Minister X"), or by a role word
        # that also names a domain right before a given name ("Supreme Court Justice Sonia X")
        heads = [
            n
            for n, w in enumerate(words[:-1])
            if w.rstrip(".") in _TITLE_HEADS
            or (w in _TITLE_WORDS and is_given_name(run[n + 1].text))
        ]
        if heads:
            k, title_start = heads[-1] + 1, run[0].start
    # What a title is "of" goes on in common words before the name: "Minister of Foreign
    # Affairs Ararat Mirzoyan", "Leader of the House Chris Bishop" (an institution's name is
    # split off below: "Speaker of Parliament X").
    if title_start is not None and "of" in words[:k] and not _ORG_HEADS.intersection(words[k:]):
        while (
            len(run) - k > 2 and zipf(words[k]) >= _COMMON_ZIPF and not is_given_name(run[k].text)
        ):
            k += 1
    person = run[k:]
    # "President Gudni Johannesson of Iceland": the country after "of" is where the person
    # holds office, no part of the name.
    of = next((n for n, t in enumerate(person) if n and t.text == "of"), None)
    if of is not None and of + 1 < len(person):
        tail = person[of + 1 :]
        place = gazetteer.canonical_place(text[tail[0].start : tail[-1].end])
        if place:
            found.append(_Found("place", tail[0].start, tail[-1].end, place))
            person = person[:of]
        elif title_start is not None or person_of:  # "Minister Sergio Massa of the Peronist party"
            _classify_chunk(text, tail, found)  # a bare word after it is no name alone
            person = person[:of]
    if not person:
        return []
    title = text[title_start : run[k].start].strip() if title_start is not None else None
    if title is not None and (
        gazetteer.canonical_place(text[person[0].start : person[-1].end])
        or person[-1].text.lower() in _ORG_HEADS
        or person[-1].text.lower() in _PLACE_HEADS
    ):
        # "Director of the Foreign Ministry"; "National Palace", "Press Trust": no one
        return _classify_chunk(text, person, found)
    named = _after_organisation(text, person, found, titled=title is not None)
    if title is None:
        return named
    if named is not person:  # "President of the Central Election Commission Nurjan X"
        title = text[title_start : named[0].start].strip()
    found.append(_person(text, named, title))
    return []


def _after_organisation(
    text: str, run: list[_Tok], found: list[_Found], titled: bool = False
) -> list[_Tok]:
    """Split off an organisation that a person's name follows with no title between ("Central
    Election Commission Nurjan Shaildabekova"): the person is what follows its last head word
    or connector, two or three words (two when more follow) of a person's shape, or of any
    shape after a title ("Speaker of Parliament Merino de Lama")."""
    words = [t.text.lower() for t in run]
    cut = max(
        (n for n, w in enumerate(words[:-2]) if w in _ORG_HEADS or w in _CONNECTORS), default=None
    )
    if cut is None or not any(w in _ORG_HEADS for w in words[: cut + 1]):
        return run
    tail = run[cut + 1 :]
    person = tail if len(tail) <= 3 else tail[-2:]
    organisation = run[: len(run) - len(person)]
    if any(w.text.lower() in _ORG_HEADS for w in person) or not (titled or _person_shaped(person)):
        return run
    start, end = organisation[0].start, organisation[-1].end
    found.append(_Found("org", start, end, " ".join(_org_tokens(text[start:end]))))
    return person


def _leading_article(run: list[_Tok]) -> bool:
    return len(run) > 1 and run[0].text in ("Al", "El")


def _alternate_city(run: list[_Tok]) -> tuple[str, int] | None:
    """A well-known city by another spelling ("Oskemen", "Lvov"), but no ordinary word or given
    name: alternate names include nicknames and namesakes ("Victor", "White House")."""
    if any(zipf(t.text) >= _COMMON_ZIPF or is_given_name(t.text) for t in run):
        return None
    hit = gazetteer.alternate_city(" ".join(t.text for t in run))
    return hit if hit and hit[1] >= gazetteer.WELL_KNOWN else None


def _person(text: str, run: list[_Tok], title: str | None) -> _Found:
    start, end = run[0].start, run[-1].end
    surface = text[start:end]
    parsed = _parse_person(surface)
    normal = " ".join((*(g[0] for g, _, _ in parsed.given), *parsed.surname[:1]))
    return _Found("person", start, end, normal, title or _appositive_title(text, start, end))


#: "X, who heads the ... department", "X, heading the ...": the role is what X leads.
_LEADS = re.compile(
    r",\s+(?:who\s+(?:heads|headed|leads|led|chairs|chaired|runs|ran|directs|directed)"
    r"|heading|leading|chairing|running|directing)\s+(?=\S)"
)
_BODY_WORDS = _ORG_HEADS | _LOWER_ORG_HEADS
_CLAUSE_END = re.compile(r"[,;()—–]|(?<![A-Z])\.(?=\s|$)|\s(?:while|who|which|said)\s")


def _appositive_title(text: str, start: int, end: int) -> str | None:
    """Role written next to a name with commas: "X, Director of ...," or "Envoy for Y, X"."""
    after = text[end:]
    leads = _LEADS.match(after)
    if leads:
        led = _CLAUSE_END.split(after[leads.end() :], maxsplit=1)[0].strip()
        # what a person heads is a body ("heading the North America department"), not a
        # deal ("Reddit, leading a $50 million funding round")
        return led if _BODY_WORDS.intersection(re.findall(r"[a-z]+", led.lower())) else None
    if after.startswith(", "):
        clause = _CLAUSE_END.split(after[2:], maxsplit=1)[0]
        toks = _tokens(clause)
        for idx, tok in enumerate(toks[:3]):
            if tok.text.lower() in _TITLE_HEADS or (
                _is_title_word(tok) and any(t.text.lower() in _TITLE_HEADS for t in toks[idx:])
            ):
                if _titles_a_name(toks[idx:]):
                    return None  # "Earlier, Interior Minister Matus Estok told": his title
                return clause[tok.start :].strip() or None
            # "the Avanhard captain", "the ministry's spokesman": owner words may come first
            owner = tok.cap or tok.possessive or gazetteer.country(tok.text)
            if not (owner or tok.text.lower() in ("the", "a", "an")):
                break
    before = text_before(text, start)
    if before.endswith(", "):
        clause = re.split(r"[,;:(]|\s(?:by|with|from)\s", before[:-2])[-1]
        toks = _tokens(clause)
        for idx, tok in enumerate(toks):
            if _is_title_word(tok) and any(t.text.lower() in _TITLE_HEADS for t in toks[idx:]):
                return clause[tok.start :].strip()
            # "will become executive chair, Intel said": a predicate, no title of Intel's
            if tok.text.lower() in _PREDICATE_WORDS:
                break
    return None


def _preceding_title(text: str, start: int) -> str | None:
    """Lower-case role words right before a name ("foreign minister Sergei Lavrov")."""
    before = text_before(text, start)
    toks = _tokens(before)
    k = len(toks)
    while k > 0 and not toks[k - 1].cap and _is_title_word(toks[k - 1]):
        k -= 1
    if k == len(toks) or before[toks[-1].end :].strip():
        return None
    words = [t.text.lower() for t in toks[k:]]
    if not any(w in _TITLE_HEADS for w in words):
        return None
    return before[toks[k].start : toks[-1].end]


#: A plural role word, then names joined by commas or "and" up to the one at the end.
_ROLE_LIST = re.compile(
    r"\b([a-z]+s)\s+(?:[A-Z][^\s,;:.]*(?:\s+[A-Z\"“‘'][^\s,;:.]*)*(?:,\s+|\s+and\s+))*$"
)


def _listed_after_role(text: str, start: int) -> str | None:
    """The plural role before a list of names that ends at ``start``: "astronauts Suni
    Williams and Butch Wilmore", "ministers Ali Khan, Sara Lee and Omar Said"."""
    found = _ROLE_LIST.search(text_before(text, start))
    if found is None:
        return None
    role = found.group(1)
    return role if role[:-1] in _TITLE_HEADS else None


def _person_cue(text: str, start: int, end: int) -> bool:
    """A speech verb or a relative "who" next to the name: only people speak and are "who"."""
    return bool(_PERSON_AFTER.match(text[end:]) or _PERSON_BEFORE.search(text_before(text, start)))


def _hyphenated_name(tok: _Tok) -> bool:
    """ "Kara-Suu", "Ust-Kamenogorsk": capitalised parts (not "Anti-corruption"), none of them
    an acronym ("Zanu-PF" is a party)."""
    parts = tok.text.split("-")
    return len(parts) > 1 and all(p[:1].isupper() for p in parts) and not _with_acronym(tok)


def _with_acronym(tok: _Tok) -> bool:
    """A hyphenated word with an acronym part ("Zanu-PF"; a word all in capitals is an
    acronym whole)."""
    parts = tok.text.split("-")
    return (
        len(parts) > 1 and any(len(p) > 1 and p.isupper() for p in parts) and not tok.text.isupper()
    )


#: A hyphenated given name of a Chinese or Korean name written family name first ("Ching-te",
#: "Jae-myung"): its second part is in lower case, unlike a double surname ("Ter-Petrosyan").
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


@dataclass
class _Context:
    """What the rest of the source says about a word: the surnames of its titled people and
    the first words of its organisations and places ("Avanhard" after "Avanhard Kharkiv")."""

    surnames: set[str]
    org_heads: set[str]
    place_heads: set[str]
    #: Last words of the source's undecided names of two words or more ("sinner" of "Jannik
    #: Sinner"): such a word alone may be a surname however common it is as a word.
    tails: set[str]

    def learn(self, item: _Found, text: str) -> None:
        first = _TOKEN.match(text[item.start : item.end])
        if item.type == "person":
            self.surnames.add(_surname_key(item.normal))
            # "William Lai Ching-te", "Ko Wen-je": an East Asian family name before the
            # hyphenated given name is the name the person goes by alone ("Lai said")
            words = text[item.start : item.end].split()
            if len(words) > 1 and _HYPHENATED_GIVEN.fullmatch(words[-1]):
                self.surnames.update(name_keys(words[-2]))
        elif first and item.type == "org":
            self.org_heads.add(first.group().lower())
        elif first:
            words = [w.lower() for w in _TOKEN.findall(text[item.start : item.end])]
            # "Marapi" of "Mount Marapi" names the mountain alone
            self.place_heads.add(
                words[1] if len(words) > 1 and words[0] in _PLACE_LEADS else words[0]
            )


def _org_head(word: str, context: _Context) -> bool:
    """Whether a lone word (lower case) opens an organisation named in the sources, and no
    place: "Avanhard" of "Avanhard Kharkiv", or a party's members named by its first word
    ("the Socialists" of the "Socialist Party")."""
    heads = context.org_heads - context.place_heads
    return word in heads or (word.endswith("s") and word[:-1] in heads)


def _person_shaped(run: list[_Tok]) -> bool:
    """Given name + surname shape: a known given name first, or a surname-like last word."""
    last = run[-1].text
    return (
        is_given_name(run[0].text)
        or bool(_PARTICLE.match(last.lower()))
        or bool(_SURNAME_END.search(fold(last)))
    )


def _person_of_place(run: list[_Tok], after: str) -> list[_Tok] | None:
    """The name before "of <place>" (in the run or just after it) when it is a person's, not
    an institution's: two words or more, no organisation or title word, a known given name
    first or a rare last word ("Ruth Chepngetich of Kenya", not "Central Bank of Kenya")."""
    of = next((n for n, t in enumerate(run) if t.text == "of"), 0)
    name = run[:of] if of else run
    place = " ".join(t.text for t in run[of + 1 :]) if of else ""
    if not of:
        following = _OF_PLACE.match(after)
        place = following.group(1) if following else ""
    if len(name) < 2 or not place:
        return None
    if any(t.text.lower() in _ORG_HEADS or _is_title_word(t) for t in name):
        return None
    if not (is_given_name(name[0].text) or zipf(name[-1].text) < _RARE_ZIPF):
        return None
    return name if gazetteer.canonical_place(place) else None


def _titles_a_name(toks: Sequence[_Tok]) -> bool:
    """Whether the title words opening ``toks`` run into a name: the title is that name's."""
    rest = list(dropwhile(lambda t: _is_title_word(t) or t.text.lower() in _TITLE_HEADS, toks))
    return bool(rest) and rest[0].cap and rest[0].text.lower() not in _CONNECTORS


#: Verbs that make a predicate of the words before a comma: a title after them is no one's
#: in apposition.
_PREDICATE_WORDS = _wordset(
    """will would shall should can could may might must is are was were be been being has have
    had become becomes became becoming remain remains remained named appointed elected"""
)


#: An age right before a name: "the 22-year-old Sinner", "42-year-old Shamsud Din Jabbar".
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")


_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
#: "Kenya's" or "South Africa's" right before a name.
_OWNER = re.compile(r"([^\W\d_]+(?:\s[^\W\d_]+)?)['’]s\s+$")


def _word_before(text: str, start: int) -> str | None:
    """The lower-case word right before ``start`` ("service" of "the service Kazhydromet")."""
    found = _WORD_BEFORE.search(text_before(text, start))
    return found.group(1) if found else None


def _cued_person(text: str, run: list[_Tok], context: _Context) -> _Found | None:
    """A person when the words around say so: a role or an age before it, a role in
    apposition, "who" or (for one word, not opening the sentence) a speech verb, or a surname
    already known."""
    start, end = run[0].start, run[-1].end
    title = _preceding_title(text, start) or _listed_after_role(text, start)
    who = re.match(r",\s+(?:who|whose)\b", text[end:])
    previous = _word_before(text, start)
    word = run[0].text
    single = (
        len(run) == 1
        and previous not in _ORG_CUES  # "the service Kazhydromet said"
        # "... Health and Population announced", but "Jannik Sinner" ... "Sinner said"
        and (zipf(word) < _COMMON_ZIPF or word.lower() in context.tails)
        # opening the sentence, only a rare word that is no plural ("Forecasters said")
        and (not _sentence_initial(text, run[0]) or (zipf(word) < _RARE_ZIPF and word[-1] != "s"))
        and not _BRAND.match(word)  # "OpenAI says", "MetService said"
        and word.lower() not in _NEWS_AGENCIES  # "Reuters reported"
    )
    if (
        title
        or who
        or _AGE_BEFORE.search(text_before(text, start))
        or (single and _person_cue(text, start, end))
        or context.surnames.intersection(name_keys(run[-1].text))
        or (_appositive_title(text, start, end) and not _opening_word(text, run))
    ):
        return _person(text, run, title)
    return None


#: A word with a capital inside after two lower-case letters or more ("OpenAI", "MetService",
#: "TikTok"): a brand, not a person; names put theirs after a prefix ("McCarthy", "DeSantis",
#: "MacArthur", "FitzGerald", "VanDyke").
_BRAND = re.compile(r"(?!Mac|Fitz|Van|Von|Del|Des|Dos|Abdul)[A-Z][a-z]{2,}[A-Z]")


def _opening_word(text: str, run: list[_Tok]) -> bool:
    """A lone common word opening the sentence ("Similarly, the director general of ...
    said"): an adverb more likely than a name in apposition."""
    return len(run) == 1 and _sentence_initial(text, run[0]) and zipf(run[0].text) >= _COMMON_ZIPF


def _type_loose(text: str, run: list[_Tok], context: _Context) -> _Found | None:
    """Type an uncued name from its surroundings; None when nothing says what it is.

    Organisation and place cues come from the words around the name and from names seen
    elsewhere in the source; a two-word name is a person when person-shaped, else an
    organisation ("Zakhid Energo"); a lone word with no cue is no name.
    """
    cued = _cued_person(text, run, context)  # surnames learned since the cued round
    if cued is not None:
        return cued
    start, end = run[0].start, run[-1].end
    before, after = text_before(text, start), text[end:]
    surface = text[start:end]
    normal = " ".join(_org_tokens(surface))
    previous = _word_before(text, start)
    owner = _OWNER.search(before)
    first = run[0].text.lower()
    person = _person_of_place(run, after) or (
        run if len(run) > 1 and _AGE_AFTER.match(after) else None
    )
    if person:  # "Getaneh Tamire Molla of Ethiopia", "Latarius Quayshun Howard, 29,"
        return _person(text, person, None)
    if (
        len(run) > 1 and is_given_name(run[0].text) and not _PLACE_AFTER.match(after)
    ):  # "another attempt from Alvaro Morata": a given name first is a person, not a place
        return _person(text, _before_of(run), None)
    if (
        previous in _ORG_CUES
        or (len(run) == 1 and _org_head(first, context) and not _located(before))
        or (len(run) > 1 and not _minor_place(run[-1].text))  # "Avanhard Kharkiv"
        or (owner and gazetteer.country(owner.group(1)) and not _person_shaped(run))
        or (len(run) == 1 and (_with_acronym(run[0]) or bool(_BRAND.match(run[0].text))))
        or (len(run) == 1 and first in _NEWS_AGENCIES)
    ):
        return _Found("org", start, end, normal)
    if (
        _PLACE_BEFORE.search(before)
        # "Another area of ...": a common word opening the sentence before a place noun
        or (_PLACE_AFTER.match(after) and not _opening_word(text, run))
        or (len(run) == 1 and (first in context.place_heads or _hyphenated_name(run[0])))
    ):
        return _Found("place", start, end, gazetteer.resolve_place(surface) or surface)
    if len(run) > 1 and (_person_shaped(run) or _world_person(run)):
        return _person(text, _before_of(run), None)  # "Sergio Massa of the Peronist party"
    if len(run) > 1:
        return _Found("org", start, end, normal)
    return None


def _world_person(run: list[_Tok]) -> bool:
    """A first name of any language, then a rare word ("Elon Musk", "Yahya Sinwar"): the last
    resort before an untitled two-word name is taken for an organisation. The long list holds
    words and places too ("Les", "Florence"), hence the guards: first word no everyday word,
    country, city (small towns named "Bradley" or "Howard" abound) or acronym; last word no
    initial, acronym, given name ("Mona Lisa") or place ("Mai Mahiu-Naivasha", a road)."""
    first, last = run[0].text, run[-1].text
    return (
        len(run) == 2
        and len(last) > 1
        and not first.isupper()
        and not last.isupper()
        and not is_given_name(last)
        and zipf(first) < _EVERYDAY_ZIPF
        and zipf(last) < _EVERYDAY_ZIPF
        and first.lower() not in _PLACE_LEADS | _SAINT_LEADS
        and not gazetteer.country(first)
        and not _city_of(first, _MINOR_TOWN)
        # "Mai Mahiu-Naivasha" is a road between towns, not a double-barrelled surname
        and not any(_where(part) or _city_of(part, _MINOR_TOWN) for part in last.split("-"))
        and is_world_given_name(first)
    )


def _located(before: str) -> bool:
    """Whether the text before a name (``text_before``) puts it somewhere ("homes in", not
    "shares in")."""
    found = _LOCATIVE.search(before)
    return found is not None and (found.group(1) or "").lower() not in _STAKE_WORDS


def _city_of(word: str, people: int) -> bool:
    """Whether a city of at least that many people bears the word's name."""
    hit = gazetteer.city(word)
    return hit is not None and hit[1] >= people


def _before_of(run: list[_Tok]) -> list[_Tok]:
    """A person's name ends before an "of" inside the run: what follows names what they
    belong to, not them."""
    of = next((n for n, t in enumerate(run) if n and t.text == "of"), len(run))
    return run[:of]


def _surname_of_place(text: str, item: _Found, context: _Context) -> bool:
    """Whether a lone place name is the surname of a person the sources name ("Luis
    Montenegro" ... "Montenegro said"): used where no place stands ("in Montenegro")."""
    word = text[item.start : item.end]
    return (
        item.type == "place"
        and " " not in word
        and bool(context.surnames.intersection(name_keys(word)))
        and not _PLACE_BEFORE.search(text_before(text, item.start))
        and not _PLACE_AFTER.match(text[item.end :])
        and not re.match(r"['’]s\b|\s+[A-Z]", text[item.end :])
    )


#: A named storm ("Hurricane Milton", "Tropical Storm Beryl", "Typhoon Yagi"): outlets go on to
#: call it by its name alone, which must not pass for the town or the person of that name.
_STORM = re.compile(
    r"\b(?:Super\s+|Severe\s+|Tropical\s+|Cyclonic\s+)?"
    r"(?:Hurricane|Typhoon|Cyclone|Storm)\s+([A-Z][a-z]{2,})\b"
)
_STORM_WORDS = _wordset("super severe tropical cyclonic hurricane typhoon cyclone storm")


def storm_names(statements: Iterable[Statement]) -> set[str]:
    """The names of the storms the statements name ("Milton" of "Hurricane Milton")."""
    return {name for st in statements for name in _STORM.findall(st.text)}


def _storm(run: list[_Tok], storms: set[str]) -> _Tok | None:
    """The storm's name when the run names a known storm, with its kind or alone."""
    name = run[-1]
    if name.text in storms and all(t.text.lower() in _STORM_WORDS for t in run[:-1]):
        return name
    return None


def extract_mentions(
    statements: Sequence[Statement],
    source: Source,
    surnames: Iterable[str] = (),
    org_heads: Iterable[str] = (),
    storms: Iterable[str] | None = None,
) -> tuple[Mention, ...]:
    """People, organisations and places named in the statements of one source, with offsets.

    Titled names, gazetteer places and names with an organisation word are typed where they
    stand; untitled names are typed afterwards from cues around them and from the rest of the
    source (``_type_loose``), multi-word ones first so that a short form ("Nadwislanska")
    takes the type of its full name. A lone word nothing speaks for is dropped, so that
    sentence-initial words ("Rescuers") never pose as names. ``surnames`` (``Mention.normal``'s
    last word) and ``org_heads`` (first words, lower case) of people and organisations named
    elsewhere are known as this source's own. ``storms`` are the names of the storms all the
    sources name (``storm_names``; this source's own when not given): a storm is an
    organisation by its name alone ("Milton"), so that its mentions with and without their
    kind are one.
    """
    per_statement: list[tuple[Statement, list[_Found], list[list[_Tok]]]] = []
    context = _Context(set(surnames), set(org_heads), set(), set())
    known_storms = storm_names(statements) if storms is None else set(storms)
    for statement in statements:
        text = statement.text
        found: list[_Found] = []
        loose: list[list[_Tok]] = []
        for run in _chunks(text, _tokens(text)):
            name = _storm(run, known_storms)
            if name is not None:
                found.append(_Found("org", name.start, name.end, name.text.lower()))
                continue
            leftover = _classify_chunk(text, run, found)
            if leftover:
                loose.append(leftover)
        for item in found:
            if item.type == "person" and item.title is None:
                item.title = _preceding_title(text, item.start)
            context.learn(item, text)
        per_statement.append((statement, found, loose))
        context.tails.update(run[-1].text.lower() for run in loose if len(run) > 1)

    # Cued people first (their surnames type later lone words), then longer names before
    # shorter ones; each run is typed once.
    for decide, multi in (
        (_cued_person, True),
        (_cued_person, False),
        (_type_loose, True),
        (_type_loose, False),
    ):
        for statement, found, loose in per_statement:
            for run in [r for r in loose if (len(r) > 1) is multi]:
                item = decide(statement.text, run, context)
                if item is not None:
                    found.append(item)
                    context.learn(item, statement.text)
                    loose.remove(run)

    for statement, found, _ in per_statement:
        for k, item in enumerate(found):
            if _surname_of_place(statement.text, item, context):
                word = statement.text[item.start : item.end]
                found[k] = _person(
                    statement.text, [_Tok(word, item.start, item.end, True, False)], None
                )

    mentions: list[Mention] = []
    for statement, found, _ in per_statement:
        text = statement.text
        found.sort(key=lambda f: (f.start, f.end))
        before: _Found | None = None
        for k, item in enumerate(found, 1):
            start, end = statement.start + item.start, statement.start + item.end
            span = Span(source.id, statement.id, text[item.start : item.end], start, end)
            stands_for = _spelt_out(text, before, item)
            # The acronym is what its source spells out, a place ("DRC") or a body alike.
            kind = before.type if stands_for and before else item.type
            mentions.append(
                Mention(f"{statement.id}.m{k}", kind, span, item.normal, item.title, stands_for)
            )
            before = item
    return tuple(mentions)


#: What lies between a name and its acronym in brackets, and after the acronym.
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def _spelt_out(text: str, before: _Found | None, item: _Found) -> str:
    """The name of an organisation or place that ``item``, an acronym in brackets right after
    it, stands for ("Croatian Democratic Union (HDZ)"), or "". An outlet that spells an acronym
    out says what it means, in whatever language its letters come from."""
    if (
        before is None
        or before.type == "person"
        or not _as_acronym(text[item.start : item.end])
        or not _BRACKET_OPEN.fullmatch(text, before.end, item.start)
        or not _BRACKET_CLOSE.match(text, item.end)
    ):
        return ""
    return text[before.start : before.end]


def extract_all_mentions(
    sources: Sequence[tuple[Source, Sequence[Statement]]],
) -> dict[str, tuple[Mention, ...]]:
    """Mentions of every source (``extract_mentions``), by source id.

    One outlet names "Vice President Mahamudu Bawumia" where another writes only "Bawumia
    has gathered 738,493 votes", which nothing in its own text types: a lone word is a
    person's surname when another source names that person. So is a lone word that opens the
    name of another source's organisation, when it is no common word ("Samsung" for "Samsung
    Electronics"). Sources whose text holds such a word are read again, knowing them.
    """
    storms = storm_names(st for _, statements in sources for st in statements)
    first = {
        source.id: extract_mentions(statements, source, storms=storms)
        for source, statements in sources
    }
    known = {source_id: _known_names(found) for source_id, found in first.items()}
    out = {}
    for source, statements in sources:
        words = {
            word
            for statement in statements
            for token in map(_bare, _TOKEN.findall(statement.text))
            if token[:1].isupper()
            for word in (*name_keys(token), token.lower())
        }
        own_surnames, own_heads = known[source.id]
        surnames = set().union(*(known[k][0] for k in known if k != source.id)) - own_surnames
        heads = set().union(*(known[k][1] for k in known if k != source.id)) - own_heads
        if (surnames | heads) & words:
            out[source.id] = extract_mentions(
                statements, source, surnames & words, heads & words, storms
            )
        else:
            out[source.id] = first[source.id]
    return out


def _where(word: str) -> bool:
    """A country or a region ("Asia", "Kenya")."""
    return bool(gazetteer.country(word) or gazetteer.region(word))


def _distinctive(word: str) -> bool:
    """Whether an organisation's first word can name it alone: a rare word ("Kinross"), or a
    brand that is no place ("Samsung"; "Dubai" of "Dubai Marathon" is the city)."""
    rarity = zipf(word)
    return rarity < _COMMON_ZIPF or (rarity < _BRAND_ZIPF and not gazetteer.canonical_place(word))


def _surname_key(normal: str) -> str:
    """A person's surname key: the last word of the normal form ("suk eol ion" -> "ion")."""
    return normal.rsplit(" ", 1)[-1]


def _bare(token: str) -> str:
    """A token without its possessive ending ("Samsung's")."""
    return _POSSESSIVE.sub("", token)


def _known_names(mentions: Sequence[Mention]) -> tuple[set[str], set[str]]:
    """Surnames of the people named, the uncommon first words of the organisations and the
    words parties' members go by."""
    surnames = {_surname_key(m.normal) for m in mentions if m.type == "person"}
    heads = set()
    for mention in mentions:
        first = _TOKEN.match(mention.span.text) if mention.type == "org" else None
        if first and len(first.group()) > 2 and _distinctive(first.group()):
            heads.add(first.group().lower())
        if mention.type == "org":
            heads.update(word.lower() for word in _members_words(mention.span.text))
    return surnames, heads


# ---------------------------------------------------------------------- entity resolution


def _fullness(mention: Mention) -> tuple[int, int]:
    if mention.type == "person":
        parsed = _parse_person(mention.span.text)
        full_given = sum(1 for _, _, initial in parsed.given if not initial)
        return (full_given, len(parsed.given))
    return (len(mention.span.text.split()), len(mention.span.text))


def _order(mention: Mention) -> tuple[int, str, int, int, str]:
    sid = mention.span.source_id
    return (len(sid), sid, mention.span.start, mention.span.end, mention.id)


def resolve_entities(mentions: Sequence[Mention]) -> tuple[Entity, ...]:
    """Cluster mentions of all sources into entities, fullest names first.

    A mention joins a cluster only if it matches every member (no chaining from "A. Ivanov"
    to "Boris Ivanov" through "Ivanov"); a partial form that fits several clusters joins the
    one its own source names ("Aoun" in a report that names only Joseph Aoun, while the other
    also names Michel Aoun), else stays on its own rather than guess. Ids follow the first
    mention in source then reading order.
    """
    ordered = _retype_people(sorted(mentions, key=_order))
    spelt = _spelt_out_acronyms(ordered)
    rank = {m.id: n for n, m in enumerate(ordered)}
    # Mentions of one form (type, text, normal form) in one source always decide alike: cluster
    # the forms, then bring every mention of a form along, so cost grows with distinct names,
    # not mentions.
    forms: dict[tuple[str, str, str, str], list[Mention]] = {}
    for m in ordered:
        forms.setdefault(_form(m), []).append(m)
    firsts = [same_form[0] for same_form in forms.values()]
    by_fullness = sorted(firsts, key=lambda m: (tuple(-x for x in _fullness(m)), rank[m.id]))
    clusters: list[list[Mention]] = []
    evidence: list[list[NameMatch]] = []
    # Members that joined a cluster as a slip of another ("Kumar Tsukwan" of "Kumar Tsukwam"):
    # a short form matching one of them as its own source spells it fits the other too.
    slips: list[dict[int, set[int]]] = []
    # Many names (long inputs): a mention is compared only with the clusters whose head shares
    # a blocking key with it; every rule of ``same_entity_name`` needs one shared key.
    blocks: dict[str, list[int]] | None = {} if len(by_fullness) > _BLOCK_FORMS else None
    for mention in by_fullness:
        fits: list[tuple[int, list[NameMatch | None]]] = []
        # An acronym spells the fullest name, which heads the cluster: it stands for the short
        # forms too ("CBE" for "Central Bank of Egypt" and its "Central Bank").
        acronym = mention.type == "org" and bool(_as_acronym(mention.span.text))
        keys = _block_keys(mention) if blocks is not None else frozenset()
        for full in spelt.get(mention.span.text, ()) if blocks is not None else ():
            keys |= _block_keys(replace(mention, span=replace(mention.span, text=full)))
        candidates = (
            range(len(clusters))
            if blocks is None
            else sorted({i for key in keys for i in blocks.get(key, ())})
        )
        for index in candidates:
            members = clusters[index]
            if members[0].type != mention.type:
                continue
            matches = [_mention_match(member, mention, spelt) for member in members]
            if _fits(members, matches, slips[index], mention) or (
                acronym and matches[0] is not None
            ):
                fits.append((index, matches))
        if len(fits) > 1:
            fits = _ending_in(mention, fits, clusters) or fits
        if len(fits) > 1:
            source = mention.span.source_id
            fits = [f for f in fits if any(m.span.source_id == source for m in clusters[f[0]])]
        if len(fits) == 1:
            index, matches = fits[0]
            members = clusters[index]
            for k, found in enumerate(matches):
                if mention.type == "person" and (
                    found is None or found.reason.startswith("surname slip")
                ):
                    slips[index].setdefault(k, set()).add(len(members))
                    slips[index].setdefault(len(members), set()).add(k)
            members.append(mention)
            match = next(m for m in matches if m is not None)
            if match.a != match.b:
                evidence[index].append(match)
        else:
            if blocks is not None:
                for key in keys:
                    blocks.setdefault(key, []).append(len(clusters))
            clusters.append([mention])
            evidence.append([])
            slips.append({})
    clusters = [[m for first in members for m in forms[_form(first)]] for members in clusters]
    pairs = zip(clusters, evidence, strict=True)
    built = sorted(pairs, key=lambda ce: min(rank[m.id] for m in ce[0]))
    entities = []
    for n, (members, matches) in enumerate(built, 1):
        members.sort(key=lambda m: rank[m.id])
        entities.append(
            Entity(
                id=f"e{n}",
                type=members[0].type,
                name=_entity_name(members),
                mentions=tuple(members),
                evidence=tuple(dict.fromkeys(matches)),
            )
        )
    return tuple(entities)


#: Distinct names beyond which entity resolution blocks its comparisons (``_block_keys``):
#: the 250 real articles of ``benchmarks/real`` in one comparison took 15.9 s to resolve
#: unblocked and 1.1 s blocked, and a pair of news articles has a few dozen names.
_BLOCK_FORMS = 300
_WORD_SPLIT = re.compile(r"[\s.’'-]+")


def _ending_in(
    mention: Mention, fits: list[tuple[int, list[NameMatch | None]]], clusters: list[list[Mention]]
) -> list[tuple[int, list[NameMatch | None]]]:
    """The clusters a lone surname fits whose fullest name ends in it: "Paz" is "Rodrigo Paz"
    rather than his father "Jaime Paz Zamora", who goes by "Paz Zamora"."""
    words = mention.span.text.split()
    if mention.type != "person" or len(words) != 1:
        return []
    keys = set(surname_keys(words[0]))
    return [f for f in fits if keys & set(surname_keys(clusters[f[0]][0].span.text.split()[-1]))]


_COMMON_ORG_WORDS = _ORG_HEADS | _ACRONYM_SKIPS
_COMMON_ORG_TOKENS = frozenset(map(_singular_key, _ORG_HEADS))


def _block_keys(mention: Mention) -> frozenset[str]:
    """Keys of which two names that ``same_entity_name`` may match share at least one: every
    word with its name keys and their vowel masks (people, transliterated places, short
    forms), the canonical place, the organisation words joined, and acronyms' letters."""
    text = mention.span.text
    keys = {"n:" + mention.normal} if mention.normal else set()
    words = [w for w in _WORD_SPLIT.split(join_compounds(text)) if w]
    if mention.type == "org":
        # Words every other organisation has ("Party", "Ministry", "of") would make one block
        # of them all; the name's own words meet every form a rule can match.
        words = [w for w in words if w.lower() not in _COMMON_ORG_WORDS] or words
    for word in words:
        keys.add(word.lower())
        for key in surname_keys(word):  # the name keys and the readings only surnames take
            keys.update((key, _VOWEL.sub("*", key)))
    if mention.type == "place":
        bare = _bare_place(text)
        resolved = gazetteer.resolve_place(text)
        if resolved:
            keys.add("r:" + resolved)  # no key for unknown places: they would all meet
        keys.add("g:" + _PLACE_GAPS.sub("", bare))
        keys.update(name_keys(_PLACE_GAPS.sub("", bare)))
    elif mention.type == "org":
        tokens = _org_tokens(text)
        keys.update([t for t in tokens if t not in _COMMON_ORG_TOKENS] or tokens)
        keys.add("j:" + "".join(tokens))
        keys.update(form.lower() for form in _members_forms(text))  # the word "Democrats"
        keys.update("a:" + letters for letters in _acronyms(text))
        if letters := _acronym_letters(text):
            keys.add("s:" + letters)
    return frozenset(keys)


def _acronyms(name: str) -> set[str]:
    """The acronyms ``_acronym_of`` reads a name as, and the name itself if it is one."""
    if acronym := _as_acronym(name):
        return {acronym}
    split = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ("the", "and", "&")]
    words = [w for w in split if w.lower() not in _ACRONYM_SKIPS]
    capitals = "".join(re.findall(r"[A-Z]", name)) if len(words) == 1 else ""
    found = {_initials(words).upper(), _initials(split).upper(), capitals, _word_acronym(name)}
    return found - {""}


def _word_acronym(name: str) -> str:
    """The acronym a name of one word may be, written as a word ("Isro", "Nato"), or ""."""
    return name.upper() if name.isalpha() and name.istitle() and len(name) >= 3 else ""


def _initials(words: Sequence[str]) -> str:
    """First letters of words; all capitals of a dotted abbreviation ("U.S." -> "US")."""
    return "".join(c for w in words for c in (re.findall(r"[A-Z]", w) if "." in w else w[:1]))


def _form(mention: Mention) -> tuple[str, str, str, str]:
    return (mention.type, mention.span.text, mention.normal, mention.span.source_id)


def _retype_people(mentions: list[Mention]) -> list[Mention]:
    """A name typed "org" or "place" only for want of a cue is a person when it names a
    person mentioned with a cue, in any source: the very same name ("substitute Denys
    Bondar"), a spelling variant of it ("Artyom Krieger" / "Artem Kriger") or the bare surname
    ("alongside Imamoglu"). Gazetteer places and organisation-shaped names keep their type.
    The other way round, a lone word typed a person that opens an organisation's name is that
    organisation, and so is an acronym written as a word ("Isro" beside "ISRO")."""
    people = sorted({m.span.text for m in mentions if m.type == "person"})
    by_surname: dict[str, list[str]] = {}
    # ... and by either end, for a surname written first ("Yoon Suk Yeol" / "Yoon")
    by_end: dict[str, list[str]] = {}
    for name in people:
        words = name.split()
        for key in name_keys(words[-1]):
            by_surname.setdefault(key, []).append(name)
        for key in {*name_keys(words[0]), *name_keys(words[-1])}:
            by_end.setdefault(key, []).append(name)
    # A lone word typed a person that opens an organisation's name is that organisation's
    # short form ("Carlsberg has agreed" beside "Carlsberg Group"), unless a person of that
    # surname is named too (first or last: "Yoon" of "Yoon Suk Yeol").
    org_heads = {m.span.text.split()[0] for m in mentions if m.type == "org" and " " in m.span.text}
    # "the incumbent Socialists" of the Socialist Party
    org_heads |= {word for m in mentions if m.type == "org" for word in _members_words(m.span.text)}
    # An acronym written as a word ("Isro", "Nato") is the acronym named in capitals elsewhere.
    acronyms = {
        m.span.text for m in mentions if m.type == "org" and _ACRONYM.fullmatch(m.span.text)
    }
    out = []
    for m in mentions:
        text = m.span.text
        if (
            m.type != "person"
            and not _org_shaped(text)
            and (m.type == "org" or _minor_place(text))
            and _names_person(text, by_surname)
        ):
            parsed = _parse_person(text)
            normal = " ".join((*(g[0] for g, _, _ in parsed.given), *parsed.surname[:1]))
            m = replace(m, type="person", normal=normal)
        elif (
            m.type == "person"
            and text in org_heads
            and not is_given_name(text)
            and not any(" " in n for key in name_keys(text) for n in by_end.get(key, ()))
        ) or (m.type != "org" and text != text.upper() and text.upper() in acronyms):
            m = replace(m, type="org", normal=" ".join(_org_tokens(text)))
        out.append(m)
    return out


#: Towns smaller than this that share a cued person's name are read as the person ("alongside
#: Imamoglu" is the mayor, not the town of İmamoğlu); bigger cities keep their type.
_MINOR_TOWN = 100_000


def _minor_place(text: str) -> bool:
    """No place of the gazetteer, or only a small town: no country (by its name; "Nepali" is
    also a surname), region or city."""
    country = gazetteer.country(text)
    if (country and gazetteer.place_key(country) == gazetteer.place_key(text)) or gazetteer.region(
        text
    ):
        return False
    return not _city_of(text, _MINOR_TOWN)


def _names_person(text: str, by_surname: Mapping[str, list[str]]) -> bool:
    """Whether ``text`` is the name, a variant or the surname of a cued person."""
    words = text.split()
    if not words or len(words) > 3:
        return False
    # A cued person may be this name without its last word ("Brimin Kipkorir" for "Brimin
    # Kipkorir Misoi"), so the word before the last is looked up as a surname too.
    looked_up = words[-2:] if len(words) > 2 else words[-1:]
    candidates = {n for w in looked_up for key in name_keys(w) for n in by_surname.get(key, ())}
    return any(
        person == text or same_entity_name(person, text, "person") is not None
        for person in sorted(candidates)
    )


def _org_shaped(name: str) -> bool:
    words = [t.lower() for t in _TOKEN.findall(name)]
    return bool(words) and (
        words[-1] in _ORG_HEADS or name.isupper() or " ".join(words) in _ORG_NAMES
    )


def _fits(
    members: Sequence[Mention],
    matches: Sequence[NameMatch | None],
    slips: Mapping[int, set[int]],
    mention: Mention,
) -> bool:
    """Whether a mention matches every member of a cluster, or matches a member as its own
    source spells the name where it misses that member's slip ("Tsukwan" in the report that
    writes "Kumar Tsukwan", which the other writes "Kumar Tsukwam"). An acronym member joined
    as the fullest name's and stands for it: "Socialists" need not spell "PS"."""
    source = mention.span.source_id
    head = members[0].span.text.split()
    return all(
        match is not None
        or (n > 0 and members[n].type == "org" and bool(_as_acronym(members[n].span.text)))
        or (n > 0 and matches[0] is not None and _name_part_of(members[n], head))
        or any(
            matches[k] is not None and members[k].span.source_id == source for k in slips.get(n, ())
        )
        for n, match in enumerate(matches)
    )


def _name_part_of(member: Mention, head: Sequence[str]) -> bool:
    """Whether a person's member is the given names alone of the fullest name ("Bassirou
    Diomaye" of "Bassirou Diomaye Faye"), or its last word alone ("Subianto" of "Prabowo
    Subianto"): it joined as that name's, and another form of the name ("Diomaye Faye",
    "Prabowo") need not fit it as a name of its own."""
    words = member.span.text.split()
    return (
        member.type == "person"
        and len(words) < len(head)
        and (head[: len(words)] == words or head[-1:] == words)
    )


def _mention_match(
    member: Mention, mention: Mention, spelt: Mapping[str, tuple[str, ...]]
) -> NameMatch | None:
    if member.type == "place" and member.normal and member.normal == mention.normal:
        return NameMatch(member.span.text, mention.span.text, 1.0, f"gazetteer: {member.normal}")
    a, b = member.span.text, mention.span.text
    found = same_entity_name(a, b, member.type)
    if found is None:
        # An acronym a source spells out is that name, in every source: "FSB" is the
        # "Federal Security Service" a report wrote "Federal Security Service (FSB)".
        for short, other in ((a, b), (b, a)):
            if any(same_entity_name(full, other, member.type) for full in spelt.get(short, ())):
                return NameMatch(a, b, 0.9, "acronym spelt out in the text")
    return found


def _spelt_out_acronyms(mentions: Iterable[Mention]) -> dict[str, tuple[str, ...]]:
    """Each acronym the sources spell out, with the names they spell it as."""
    spelt: dict[str, set[str]] = {}
    for m in mentions:
        if m.stands_for:
            spelt.setdefault(m.span.text, set()).add(m.stands_for)
    return {short: tuple(sorted(names)) for short, names in spelt.items()}


#: Population from which a city the sources call by another of its names is shown by its main
#: name ("Kiev" / Kyiv, "Oskemen" / Ust-Kamenogorsk, 319,000). Of the 31 places in 167 real
#: pairs found only by another name, every wrong reading was of a smaller city ("Magnesia" /
#: Manisa, 244,000; "Acropolis" / Little Rock; "Shika" / Ishigaki); the right readings of small
#: towns are spellings the sources' own reads as well ("Kocani" / Kochani).
MAJOR_CITY = 300_000


def _place_spelt(text: str) -> str:
    """A place name's spelling, accents, case and gaps aside ("Kara-Suu" is "Kara Suu")."""
    return _PLACE_GAPS.sub("", gazetteer.place_key(text))


def _major_city_named(text: str, name: str) -> bool:
    """Whether ``text`` is another name of the major city ``name`` (``MAJOR_CITY``)."""
    hit = gazetteer.alternate_city(text)
    return hit is not None and hit[0] == name and hit[1] >= MAJOR_CITY


def _entity_name(members: list[Mention]) -> str:
    """A place's one name when it is a country or a region, a source writes it (accents and
    gaps aside) or it is a major city's main name; otherwise, as for people and organisations,
    the fullest name a source wrote: the gazetteer's other names of a city hold namesakes,
    and a report must not call "Missouri" Bozeman."""
    normal = members[0].normal if members[0].type == "place" else ""
    if normal and (
        gazetteer.country(normal)
        or gazetteer.region(normal)
        or any(_place_spelt(m.span.text) == _place_spelt(normal) for m in members)
        or any(_major_city_named(m.span.text, normal) for m in members)
    ):
        return normal
    # The fullest name, the first of equals (enumerate: ``list.index`` made this quadratic).
    _, best = max(enumerate(members), key=lambda item: (_fullness(item[1]), -item[0]))
    return best.span.text
