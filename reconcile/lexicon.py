"""Words that news outlets swap for one another, grouped into concepts.

Two reports of one event rarely share their verbs and nouns: one outlet "suspended flights",
another announced "the cessation of air links"; "houses were flooded" becomes "homes under
water". Stemming joins the forms of one word (restore / restoration) but not synonyms, so the
aligner maps the stem of every word listed here to its concept and counts shared concepts.

The groups are general-purpose news vocabulary (politics, diplomacy, courts, disasters,
economy, labour, elections), written from the ordinary usage of wire reports rather than from
any particular article; each group holds words a reporter would use interchangeably for the
same fact. Irregular forms are listed because the stemmer does not undo them (died, led, won).
A word belongs to one group only: ambiguous words ("strike", "release") are left out or put
where their news sense dominates.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from .textnorm import stem

_GROUPS = """
halt: suspend suspended suspension halt halted stop stopped cease ceased cessation freeze frozen
    pause paused interrupt interruption
resume: resume resumption restore restoration reinstate reinstatement reestablish
    reestablishment reopen reopening revive revival restart relaunch renew renewal
flight: flight flights airline airlines airlink airlinks aviation
propose: propose proposal offer suggest suggestion
talks: talks meeting meetings meet met discussion discussions discuss consultation consultations
    consult negotiation negotiations negotiate dialogue dialogues summit
death: kill killed killing death deaths dead die died dying toll fatality fatalities drown
    drowned perish perished martyr martyred
injury: injure injured injury injuries wounded wound hurt
infect: infect infected infection infections sicken sickened
rise: rise rose risen rising increase grow grew grown growth climb surge jump soar
fall: fall fell fallen drop dropped decline decrease plunge slump reduce reduction
arrest: arrest detain detained detention custody apprehend
announce: announce announcement declare declaration
agreement: agreement agree agreed deal pact treaty
investigate: investigate investigation probe inquiry examine examination
result: result results outcome conclusion conclusions
publish: publish present unveil
accident: accident collision collide collided crash incident
house: house houses home homes dwelling dwellings residence
flood: flood flooded flooding inundate inundated submerge submerged
school: school schools class classes lesson lessons
close: close closed closure shut shutdown
strike: walkout walkouts stoppage
worker: worker workers employee employees staff staffing personnel workforce crew crews
docker: docker dockers dockworker dockworkers longshoreman longshoremen stevedore
demand: demand urge insist
wage: wage wages salary salaries pay paid
court: court courts tribunal
prison: prison jail imprisonment imprison jailed sentence sentenced
guilty: guilty convict convicted conviction
deny: deny denied denial reject rejected rejection
appeal: appeal appeals challenge contest
embezzle: embezzle embezzlement embezzling misappropriate misappropriation steal stole stolen
    theft
money: money fund funds funding finance financing cash
lead: lead leads led head headed chair chaired chief
troops: troop troops soldier soldiers army military
attack: attack attacks assault raid shelling bombardment
explosion: explosion explosions explode exploded blast blasts detonation
war: war conflict fighting hostilities
ceasefire: ceasefire truce armistice
sanction: sanction sanctions restriction restrictions embargo ban
expel: expel expelled expulsion expulsions deport deportation oust
embassy: embassy embassies consulate consulates
envoy: envoy envoys diplomat diplomats
country: country countries nation nations
government: government authorities administration cabinet
company: company companies firm firms corporation enterprise
merge: merge merger merged amalgamate amalgamation
buy: buy bought purchase acquire acquisition
sell: sell sold sale
price: price prices cost costs tariff tariffs fee fees
earthquake: earthquake quake tremor
rescue: rescue rescued save saved
evacuate: evacuate evacuation displace displaced relocate relocation
survivor: survivor survivors alive survive survived
rubble: rubble debris wreckage ruins
election: election elections vote votes poll polls ballot race
win: win won victory winner
lose: lose lost defeat defeated loser
concede: concede conceded admit acknowledge
vessel: vessel vessels ship ships boat boats
cargo: cargo freight
port: port ports harbour harbor
people: people person persons passenger passengers individual individuals
voter: voter voters electorate
carriage: carriage carriages coach coaches compartment compartments wagon wagons
resident: resident residents inhabitant inhabitants
warn: warn warned warning caution alert
forecast: forecast forecaster forecasters predict prediction
protest: protest protests protester protesters demonstration demonstrators rally
fire: fire fires blaze
plan: plan plans intend intention
begin: begin began begun start started launch commence
end: end ended finish finished terminate
help: help aid assist assistance
need: need require requirement
approve: approve approval ratify ratified
support: support backing endorse endorsement
threat: threaten threat threats
accuse: accuse accusation allege allegation allegations charge charges
build: build built construct construction
damage: damage damaged destroy destroyed destruction
visit: visit trip
step: step steps
normal: normal regular ordinary
property: property properties asset assets
notify: notice notify notified notification
reply: reply respond response answer
mediate: mediate mediated mediation mediator facilitate
lawyer: lawyer lawyers attorney attorneys counsel defence defense
file: file lodge submit
prosecutor: prosecutor prosecutors prosecution
relation: relation relations relationship ties
improve: improve improvement improving
mutual: mutual reciprocal
important: important importance key crucial vital essential
hope: optimism optimistic hope hopeful
criticise: criticise criticize criticism condemn condemned denounce
praise: praise praised laud lauded commend hail hailed
customer: customer customers client clients consumer consumers subscriber subscribers
supply: supply provide deliver
power: electricity power energy
headquarters: headquarters headquartered based
regulator: regulator regulators watchdog
percent: percent percentage
kilometre: km kilometre kilometres kilometer kilometers
big: large big huge
next: next upcoming
recent: recent latest
continue: continue continued ongoing
confirm: confirm confirmed verify
rain: rain rains rainfall downpour
weather: weather meteorological hydrometeorological
road: road roads highway highways motorway
hospital: hospital hospitals clinic
shelter: shelter shelters tent tents
temperature: temperature temperatures frost
official: official officials officer officers
police: police policeman policemen
border: border frontier
fuel: fuel gasoline petrol diesel
explain: explain clarify
say: stress stressed emphasize emphasise emphasized emphasised underline highlight highlighted
"""


@lru_cache(maxsize=1)
def concepts() -> Mapping[str, str]:
    """Stem -> concept id ("~halt"), for every word of every group."""
    table: dict[str, str] = {}
    for block in _GROUPS.replace("\n    ", " ").strip().split("\n"):
        name, _, words = block.partition(":")
        for word in words.split():
            table.setdefault(stem(word), "~" + name.strip())
    return table


def concept(word_stem: str) -> str:
    """The concept of a stem, or the stem itself when it belongs to no group."""
    return concepts().get(word_stem, word_stem)
