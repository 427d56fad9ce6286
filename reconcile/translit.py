"""Transliteration-aware normal forms for names.

News outlets romanise the same Cyrillic name with different standards (Wikipedia, BGN/PCGN,
ICAO passports, library ALA-LC, GOST...), so "Darchiyev", "Darchiev" and "Darčiev" must
reduce to one key, while "Coulter" and "Carter" must not. ``name_key`` folds every spelling
convention we know of onto one canonical skeleton; it is a matching key, not a display form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .textnorm import fold as plain_fold

#: Letters whose plain diacritic stripping would lose information (š -> s would merge ш and с).
_LETTER_MAP = str.maketrans(
    {
        "ž": "zh",
        "š": "sh",
        "č": "ch",
        "ŝ": "shch",  # GOST 7.79 / ISO 9 for щ
        "ĉ": "ch",
        "ẑ": "zh",
        "â": "ya",  # GOST 7.79 for я
        "û": "yu",  # GOST 7.79 for ю
        "ë": "yo",
        "ä": "a",
        "ö": "o",
        "ü": "u",
        "ø": "o",
        "ł": "l",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ı": "i",
        "ʹ": "",  # soft sign in scholarly systems
        "ʺ": "",  # hard sign
        "'": "",
        "’": "",
        "ʼ": "",
        "`": "",
        '"': "",
        "ь": "",
        "ъ": "",
    }
)

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

_Rules = tuple[tuple[re.Pattern[str], str], ...]


def _rules(*pairs: tuple[str, str]) -> _Rules:
    """Ordered (pattern, replacement) rewrites, compiled once."""
    return tuple((re.compile(pattern), repl) for pattern, repl in pairs)


def _rewrite(text: str, rules: _Rules) -> str:
    """``text`` with every rule applied in order."""
    for pattern, repl in rules:
        text = pattern.sub(repl, text)
    return text


# Ordered rewrites from the most specific cluster to single letters; each maps a family of
# spellings used by one romanisation standard or another onto one canonical sequence.
_REWRITES = _rules(
    (r"shch|shtch|chtch|shh|sch", "sh"),  # щ (and German sch for ш)
    (r"tsch|tch", "ch"),  # ч in German and French
    (r"kh|ks|x", "h"),  # х as kh/h/x (scholarly x); кс as ks/x (Aleksandr/Alexander)
    (r"ts|tz|tc|cz", "c"),  # ц
    (r"ck", "k"),
    (r"ou", "u"),  # French ou for у
    (r"j", "y"),  # й / ю / я written with j (Jurij, Jakovlev)
    (r"w", "v"),  # German and Polish w for в
    (r"y", "i"),  # -iy/-y/-i, yu/iu, ya/ia become one
    (r"(.)\1+", r"\1"),  # doubled letters (Kirill/Kiril, -ii)
    (r"(?<=[^aeiu])io", "e"),  # ё after a consonant: yo/io/e (Fyodor/Fedor)
    (r"ie", "e"),  # е written ye/ie/e after a vowel or soft consonant (-yev/-iev/-ev)
    (r"(?<=[aeou])i(?=[aeou])", ""),  # Dostoyevsky / Dostoevsky
    (r"(.)\1+", r"\1"),
)

_NON_LETTER = re.compile(r"[^a-z]+")

# Spellings that one romanisation family always writes one way and no other reads differently:
# Russian дж as "dzh" where Kazakh and Kyrgyz write ж "zh" (Dzhaksybekov / Zhaksybekov);
# Kazakh, Uzbek and Arabic q for к; the Arabic article before a surname (al-Sisi / el-Sisi /
# Sisi); German -dse for -dze.
_FAMILY_FOLDS = _rules(
    (r"^(?:a|e|u)(?:l|d|s|sh|t|n|r|z)-(?=[a-z])", ""),
    (r"dzh", "zh"),
    (r"q", "k"),
    (r"dse$", "dze"),
    # "Abd" compounds glued or hyphenated: Abdelaziz / Abdul-Aziz / Abd al-Aziz (joined
    # by ``join_compounds``) all become "abd" + name.
    (r"^abd(?:[aeou]l|[aeu]r|u)?-?(?=[a-z]{3})", "abd"),
)

#: "Abd" (servant of) with its article, written apart: "Abdel Aziz", "Abd al-Aziz",
#: "Abdul Rahman". Joined into one word so that the compound is one name part everywhere.
_ABD_APART = re.compile(
    r"\bAbd(?:[aeou]l|[aeu]r|u)?[\s-]+(?:(?:[aeu][lrsdtzn]|[aeu]sh)[\s-]+)?(?=[A-Z])"
)


def join_compounds(name: str) -> str:
    """Write compound name parts as one word ("Mohamed Abdel Aziz" -> "Mohamed AbdAziz")."""
    return _ABD_APART.sub("Abd", name)


# Letters that two families read differently, each reading giving one alternative key:
# Ukrainian and Belarusian write Russian г as "h" (Hrytsenko / Gritsenko, Ihor / Igor) while
# х is "kh" in every system, so only a bare h is read as g; French, English and Turkic
# spellings write ж (or дж) as "j" or "dj" where German and scholarly ones mean й (Joukov /
# Zhukov, Jaqypov / Zhakupov vs Jurij / Yuriy, Gundjaev / Gundyayev); Armenian names lose
# their initial h in Russian (Hovsepyan / Ovsepian).
_READINGS = _rules(
    (r"(?<![kzsc])h", "g"),
    (r"d?j", "zh"),
    # Egyptian Arabic says and writes ج as g: el-Naggar / al-Najjar, Gamal / Jamal.
    (r"j", "g"),
    # French and Egyptian spellings keep g hard before i and e with a mute u: Naguib / Najib.
    (r"gu(?=[ie])", "g"),
    (r"^h(?=[aeiouy])", ""),
    # Old French and German spellings write в after a vowel as ff or a final f: Smirnoff /
    # Smirnov, Romanof / Romanov; only after a vowel, so Fomin and Orlov keep their letters.
    (r"(?<=[aeiouy])(?:ff|f$)", "v"),
    # German spellings write a long i as "ie" (Krieger / Kriger, Dietrich / Ditrikh); not
    # before v or at the end, where "ie" is the Russian -ьев / -ье (Vasiliev, Lavrentie).
    (r"(?<=[^aeiouy])ie(?=[^aeiouyv])", "i"),
    # French spellings write ш as ch (tch is ч): Zourabichvili / Zurabishvili, Chevardnadze /
    # Shevardnadze.
    (r"(?<![tsc])ch", "sh"),
    # Greek τζ and Georgian ძ are written dz or tz: Tsochadzopoulos / Tsochatzopoulos.
    (r"dz", "tz"),
    # Arabic names end in a or ah alike: Shabwah / Shabwa, Abdullah / Abdulla.
    (r"(?<=a)h$", ""),
    # Persian names write one vowel as ae or e: Raeisi / Reisi.
    (r"ae", "e"),
    # Korean and Indian spellings write u as oo: Duck-soo / Duk-su, Moon / Mun, Poonam / Punam.
    (r"oo", "u"),
    # German writes ä, ö and ü as ae, oe and ue where the letters are missing; other spellings
    # drop the dots: Luebcke / Lübcke / Lubcke, Mueller / Müller.
    (r"(?<=[aou])e(?=[^aeiouy])", ""),
)

#: German romanisation of Russian, recognised by its sch, tsch or w: sch is ш (or ж), tsch ч,
#: schtsch щ, ch х, w в, j й; ё after a hissing sound is o (Gorbatschow / Gorbachev,
#: Chruschtschow / Khrushchev, Chodorkowski / Khodorkovsky).
_GERMAN = re.compile(r"sch|w")
_GERMAN_REWRITES = _rules(
    (r"(?<!s)ch", "kh"),
    (r"schtsch", "shch"),
    (r"tsch", "ch"),
    (r"sch", "sh"),
    (r"w", "v"),
    (r"j", "y"),
    (r"(?<=sh|ch|zh)o(?=v)", "e"),
)
#: French surnames add a mute e to a final -in: Eltsine / Yeltsin, Poutine / Putin. Only for
#: surnames: as given names, Justine and Justin are two people.
_FRENCH_INE = re.compile(r"(?<=i[nl])e$")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII form of ``text``, keeping transliteration digraphs (ž -> zh, not z).

    Cyrillic input is romanised with the Wikipedia scheme first so that Cyrillic and Latin
    spellings of one name meet in the same key space.
    """
    if _CYRILLIC.search(text):
        import iuliia

        text = iuliia.WIKIPEDIA.translate(text)
    # NFC first: romanisers emit "ž" as z + combining caron, which the letter map would miss.
    text = unicodedata.normalize("NFC", text).lower().translate(_LETTER_MAP)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: Letters whose marks ``fold`` keeps as a digraph (č -> ch) but which outlets often drop.
_HACEK = re.compile(r"[čćšžđČĆŠŽĐ]")


def _plain(token: str) -> str:
    """Lower-case ``token`` with its marks dropped (č -> c), as an outlet without them types it."""
    return plain_fold(token.replace("đ", "d").replace("Đ", "D")).strip()


def _skeleton(folded: str) -> str:
    return _rewrite(_NON_LETTER.sub("", folded), _REWRITES)


def _family_fold(token: str) -> str:
    return _rewrite(fold(token).strip(), _FAMILY_FOLDS)


@lru_cache(maxsize=65536)
def name_key(token: str) -> str:
    """Canonical skeleton of one name token: equal keys mean "same name, other romanisation"."""
    return _skeleton(_family_fold(token))


@lru_cache(maxsize=65536)
def name_keys(token: str) -> tuple[str, ...]:
    """``name_key`` first, then the keys of the other readings of ambiguous letters (h, j).

    Two tokens may be one name when their key sets meet: "Hrytsenko" read the Ukrainian way
    gives the key of "Gritsenko". Each reading applies to every such letter of the token.
    """
    readings = [_family_fold(token)]
    raw = fold(token)
    if "q" in raw:
        # Persian and Egyptian speech make ق a g (written gh or g), where other families
        # write q or k: Araqchi / Araghchi, Qaddafi / Gaddafi.
        readings.append(_family_fold(raw.replace("q", "g")))
    if _GERMAN.search(readings[0]):
        readings.append(_rewrite(readings[0], _GERMAN_REWRITES))
    if _HACEK.search(token):
        # Outlets without the letters drop the marks: Vučić is "Vucic", Željko "Zeljko".
        readings.append(_rewrite(_plain(token), _FAMILY_FOLDS))
    for pattern, repl in _READINGS:
        readings.extend(pattern.sub(repl, r) for r in list(readings) if pattern.search(r))
    return tuple(dict.fromkeys(_skeleton(r) for r in readings))


@lru_cache(maxsize=65536)
def surname_keys(token: str) -> tuple[str, ...]:
    """``name_keys`` of a surname, with the readings only surnames take (French -ine)."""
    keys = name_keys(token)
    folded = _family_fold(token)
    if _FRENCH_INE.search(folded):
        keys = (*keys, *(k for k in name_keys(folded[:-1]) if k not in keys))
    return keys


#: Given names whose usual English, French, Ukrainian or Arabic-origin forms are not one
#: romanisation of the Russian one. Keys are ``name_key`` forms; a group is one given name.
_GIVEN_NAME_GROUPS: tuple[tuple[str, ...], ...] = (
    ("alexandr", "alexander", "alexandre", "alexandar", "oleksandr"),
    ("alexei", "aleksei", "alexey", "oleksiy", "oleksii", "alexis"),
    ("petr", "peter", "pierre", "petro"),
    ("evgeni", "eugene", "evgeniy", "yevhen"),
    ("georgi", "george", "georges", "heorhiy", "giorgi", "gueorgui"),
    ("mihail", "michael", "mikhail", "mixail", "mykhailo", "michel", "mikheil", "michail"),
    ("pavel", "paul", "pavlo"),
    ("iosif", "joseph", "iosef", "yosyp"),
    ("ekaterina", "catherine", "katerina", "kateryna"),
    ("elena", "helen", "helena", "olena"),
    ("nikolai", "nicholas", "nicolas", "mikola", "mykola"),
    ("andrei", "andrew", "andri", "andriy"),
    ("dmitri", "dimitri", "dmitro", "dmytro"),
    ("vladimir", "volodimir", "volodymyr"),
    ("serhi", "sergei", "serhiy"),
    ("tatiana", "tetiana", "tatyana"),
    ("fedor", "fyodor", "fedir"),
    ("grigori", "gregory", "hryhoriy"),
    ("anatoli", "anatoliy", "anatolii"),
    ("artem", "artyom", "artiom"),
    ("konstantin", "constantin", "kostiantyn", "kostyantyn"),
    ("yuri", "yury", "yuriy", "iurii", "jurij"),
    ("ilya", "ilia", "illia"),
    ("vasili", "vasily", "vasyl"),
    ("maxim", "maksim", "maksym"),
    ("oleg", "oleh"),
    ("igor", "ihor"),
    ("natalia", "natalya", "nataliya"),
    ("yulia", "julia", "iuliia", "yuliya"),
    ("olga", "olha"),
    ("irina", "iryna"),
    ("muhammad", "mohammed", "mohamed", "mohammad", "muhammed", "mehmet", "mahomed"),
    ("ahmad", "ahmed", "akhmed", "ahmet"),
    ("yusuf", "youssef", "yousef", "yusef"),
    ("husein", "hussein", "hussain", "huseyn", "huseyin", "hossein"),
    ("umar", "omar"),
    ("abdullah", "abdallah", "abdulla"),
    # English short forms that outlets use for the full name ("Eddy" / "Edward Middleton")
    ("william", "bill", "billy", "will", "willy"),
    ("robert", "bob", "bobby", "rob", "robbie"),
    ("richard", "dick", "rick", "ricky"),
    ("edward", "eddy", "eddie", "ed", "ted", "teddy"),
    ("james", "jim", "jimmy", "jamie"),
    ("thomas", "tom", "tommy"),
    ("anthony", "tony", "antony"),
    ("daniel", "dan", "danny"),
    ("david", "dave", "davy"),
    ("joseph", "joe", "joey"),
    ("benjamin", "ben", "benny"),
    ("alexander", "alex"),
    ("christopher", "chris"),
    ("matthew", "matt"),
    ("nicholas", "nick", "nicky"),
    ("stephen", "steven", "steve"),
    ("timothy", "tim"),
    ("elizabeth", "liz", "beth", "betty", "lizzie"),
    ("catherine", "katherine", "kathryn", "kate", "katie", "kathy"),
    ("jennifer", "jenny"),
    ("susan", "sue", "susie"),
    ("andrew", "andy"),
    ("gregory", "greg"),
    ("jeffrey", "geoffrey", "jeff", "geoff"),
    ("kenneth", "ken", "kenny"),
    ("lawrence", "laurence", "larry"),
    ("ronald", "ron", "ronnie"),
    ("donald", "don", "donnie"),
    ("charles", "charlie", "chuck"),
    ("frederick", "fred", "freddie"),
    ("margaret", "maggie", "peggy"),
    ("michael", "mike", "mick"),
    ("peter", "pete"),
)


#: Common given names of the people in international news, beyond the families above: with no
#: title or cue around it, "Sebastien Haller" is a person because "Sebastien" is a given name.
_COMMON_GIVEN_NAMES = """
aaron abdul abu adam adrian ahmed aisha akira ali alice alan albert alberto alejandro alfred
ali alvaro amadou amanda amir amit ana andre andrea andreas andres angela angelo anna annalena
anne antoine antonina antonio arjun armin arnaud arthur aziz bakhyt baris bashar bassirou
beatriz benedict benjamin bernard bilal bob boris brian bruno bulent camille carl carlos carmen
caroline catherine cecile cem charles charlotte chen chris christian christina christine
christopher claire clara claude cristiano daniel daniela dario david denis diana diego dilan
dirk dominic donald edward ekrem elena elif elizabeth ellen emine emily emma emmanuel emre
enrique eric erik ernesto ethan eva fabian fahrettin faisal farid fatih fatima felipe felix
fernando francesca francesco francis francisco franck francois frank frederic friedrich gabriel
gabriela geert george gerard gerhard giorgia giovanni giuseppe gordon guillaume gustavo hakan
hamid hans harry hassan heinz helmut henri henry hiroshi hugo ibrahim ignacio ilham isabel
isabella ismail ivan jack jacob jacques jair james jamie jan jane javier jean jeff jennifer
jens jeremy jerome jessica jimmy joachim joao joe johann johannes john jonathan jonvic jordi
jorge jose joseph juan julian julie julien justin kamala karim karl kemal kenji kevin khalid
kim klaus kofi kurt lars laura laurent leila leonardo lionel lisa liz lorenzo louis luca lucas
luis luiz lukas macky magdalena mahmoud manuel marc marcel marco marcos margaret maria marie
mario mark marta martin mary massimo matteo matthew maurice max md mehdi melissa mesut michelle
miguel mihir mike mohd mohsen moussa muhd mustafa nadia narendra nasser nathalie nicola nicole
nikol nils nuri olaf olivier omar oscar ousmane pablo paolo pascal patricia patrick pedro peter
philip philippe pierre rachel rafael rahul rajesh ralf ramon raul recep rebecca reza ricardo
richard rishi robert roberto rodrigo roger roman ronald rosa ruth ryan sadiq said salman sami
samuel sandra sarah sebastian sebastien selim sergio shavkat shinzo silvio simon sofia sophie
stefan stefano stephane steve steven suleyman susan sven tamara tammy thomas tim timothy tom
tommaso tony ulrich umar valentina valerie vanessa victor vincent viktor walter werner william
wolfgang xavier yasin yasser yusuf zeynep
abdoulaye abdullah abubakar agnes ahmad akosua alexandra amina aminata aminu anil anita
arvind ashok atiku beatrice benson brigid catarina cheikh chinedu claudia cyril deepak
dmitry edwin eliud emeka esther eunice fatou fumio geoffrey gervais hamza hussein ibrahima
irene jesus joyce juliana kelvin khaled krishna kwabena kwame lakshmi leticia lucia mamadou
manoj masoud mohammad mohammed muhammad narges nabil ngozi olusegun patrice pooja priya rakesh
ramesh ravi rohit sachin sanjay seydou shigeru sunil suresh takeshi tariq thabo vijay walid
yoshihide youssef
"""


@lru_cache(maxsize=1)
def _given_name_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for group in _GIVEN_NAME_GROUPS:
        keys = [name_key(name) for name in group]
        canonical = next((index[key] for key in keys if key in index), keys[0])
        for key in keys:
            index.setdefault(key, canonical)
    return index


def given_name_key(token: str) -> str:
    """Key of a given name with cross-language variants (Alexander/Aleksandr) unified."""
    key = name_key(token)
    return _given_name_index().get(key, key)


@lru_cache(maxsize=65536)
def given_name_keys(token: str) -> tuple[str, ...]:
    """``given_name_key`` over every reading of the token (Ihor and Igor share one)."""
    index = _given_name_index()
    return tuple(dict.fromkeys(index.get(key, key) for key in name_keys(token)))


def is_given_name(token: str) -> bool:
    """Whether the token is a known given name (a person cue)."""
    index = _given_name_index()
    return any(key in index or key in _common_given_keys() for key in name_keys(token))


@lru_cache(maxsize=1)
def _common_given_keys() -> frozenset[str]:
    return frozenset(name_key(name) for name in _COMMON_GIVEN_NAMES.split())


@lru_cache(maxsize=1)
def _world_given_keys() -> frozenset[str]:
    """The first names Faker lists for its 80-odd locales, folded (about 30,000).

    Read only when nothing else types a name, so that the import stays off the start-up path.
    """
    import importlib
    import pkgutil

    import faker.providers.person as people

    names: set[str] = set()
    for module in pkgutil.iter_modules(people.__path__):
        provider = importlib.import_module(f"{people.__name__}.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            listed = getattr(provider, attribute, ())  # a few locales compute it: skip those
            if isinstance(listed, (tuple, list, dict)):
                names.update(n for n in listed if isinstance(n, str))
    return frozenset(plain_fold(name) for name in names)


def is_world_given_name(token: str) -> bool:
    """Whether the token is a first name in any of Faker's locales ("Elon", "Yahya", "Xiomara").

    A far longer list than ``is_given_name``'s, with rarer names and some that are words or
    places too, so callers weigh it only where nothing else speaks.
    """
    return plain_fold(token) in _world_given_keys()
