"""Word lists the entity and quote rules share.

These are general vocabulary of English news and UK public-sector writing
(ranks, honorifics, the head nouns of organisation names, reporting verbs),
never names taken from any corpus.
"""

from __future__ import annotations

#: Words that make up titles, ranks and honorifics before a name.
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss mx dr doctor prof professor sir dame lord lady baroness baron rev revd reverend
    father canon bishop archbishop cllr councillor alderman judge justice recorder coroner
    magistrate sheriff mayor governor gov senator sen rep representative congressman
    congresswoman president vice secretary minister premier treasurer chancellor chairman
    chairwoman chair commissioner deputy assistant chief detective det constable con
    pc pcso wpc dc ds di dci dsi dsupt supt superintendent ch insp inspector sergeant sgt pcc ci
    acc dcc cc commander cmdr officer special agent trooper lieutenant lt captain capt
    colonel col major maj general gen corporal cpl private pte admiral temporary acting
    t/di t/dci t/ds t/supt t/ch a/di a/ds a/supt district attorney prosecutor
    solicitor attorney-general auditor registrar warden director king queen prince princess
    chaplain imam rabbi pastor bombardier gunner sapper
    """.split()
)

#: Ranks as they are often misspelt, and what a reader takes them for: "Detective Cheif
#: Inspector", "Chief Inpsector". They are titles too, and compare equal to the spelling.
MISSPELT_RANKS = {
    "cheif": "chief", "inpsector": "inspector", "insepctor": "inspector",
    "inspecter": "inspector", "sergent": "sergeant", "seargent": "sergeant",
    "sargeant": "sergeant", "seargeant": "sergeant", "superintendant": "superintendent",
    "detecive": "detective", "constabe": "constable",
}
TITLE_WORDS = TITLE_WORDS | frozenset(MISSPELT_RANKS)

#: Last words of a website's or app's name, a service someone runs: neither a person's
#: name nor a body's ("the Major Incident Public Portal", "the Exampleline App").
ONLINE_SERVICES = frozenset({"portal", "website", "webpage", "app"})

#: Offices held "for" or "of" a place or a portfolio ("Commissioner for Wiltshire",
#: "Minister for Policing", "Mayor of Exampleton").
OFFICE_WORDS = frozenset(
    "commissioner minister secretary mayor member leader spokesperson spokesman spokeswoman "
    "councillor director chair chairman chairwoman head".split()
)

#: Title words that are a title only before a name, never alone ("the Chief").
TITLE_ABBREVIATIONS = frozenset(
    "pc pcso wpc dc ds di dci dsi dsupt supt insp sgt acc dcc cc det con cllr pcc ci t/di t/dci "
    "a/di a/ds t/ds t/supt t/ch ch mr mrs ms dr".split()
)

#: Titles that name streets and places after their holders: "Queen Victoria
#: Street", "Duke Street", "Bishop Auckland".
STREET_TITLES = frozenset({"king", "queen", "prince", "princess", "duke", "duchess", "lord",
                           "lady", "earl", "bishop", "st", "saint", "sir", "dean", "abbot"})

#: Ranks and forms of address that stand only before a person's name, never a
#: street's or a place's ("Superintendent Kate Vale", "Mrs Ann Hill"), unlike
#: the :data:`STREET_TITLES`.
PERSON_ONLY_TITLES = (TITLE_ABBREVIATIONS | frozenset(
    "constable sergeant inspector superintendent detective commissioner commander "
    "councillor officer miss mx".split())) - {"ch", "cc"}

#: The last word of a police officer's rank ("Detective Chief Inspector", "PC",
#: "T/DI"): what a title ends in when it is a rank, not an office.
POLICE_RANK_ENDS = frozenset(
    "constable sergeant inspector superintendent pc pcso wpc dc ds di dci dsi dsupt supt insp "
    "sgt ci con ps sc t/di t/dci t/ds t/supt a/di a/ds a/supt".split()) | frozenset(
    word for word, meant in MISSPELT_RANKS.items()
    if meant in ("constable", "sergeant", "inspector", "superintendent"))

#: Rank abbreviations spelled out, so "DI" and "Detective Inspector" compare equal.
TITLE_EXPANSIONS = {
    "di": "detective inspector", "dci": "detective chief inspector", "ds": "detective sergeant",
    "dc": "detective constable", "pc": "police constable", "wpc": "woman police constable",
    "pcso": "police community support officer", "supt": "superintendent",
    "dsupt": "detective superintendent", "dsi": "detective superintendent", "ch": "chief",
    "insp": "inspector", "sgt": "sergeant", "ci": "chief inspector", "det": "detective", "con": "constable",
    "acc": "assistant chief constable", "dcc": "deputy chief constable", "cc": "chief constable",
    "pcc": "police and crime commissioner", "cllr": "councillor", "cmdr": "commander",
    "t": "temporary", "a": "acting", "s": "special", "supt.": "superintendent",
    "dcs": "detective chief superintendent", "dsu": "detective superintendent",
    "dcsupt": "detective chief superintendent", "csupt": "chief superintendent",
    "chsupt": "chief superintendent", "dsgt": "detective sergeant", "dinsp": "detective inspector",
    "d": "detective", "c": "chief", "ps": "police sergeant", "sc": "special constable",
    "sio": "senior investigating officer", "dr": "doctor", "prof": "professor",
    "revd": "reverend", "rev": "reverend", "insp.": "inspector", "ceo": "chief executive officer",
    **MISSPELT_RANKS,
}


def title_key(title: str) -> set[str]:
    """The words of a title with abbreviations spelled out: "T/DI" -> temporary detective inspector."""
    words: set[str] = set()
    for part in title.lower().replace(".", "").replace("/", " ").split():
        words.update(TITLE_EXPANSIONS.get(part, part).split())
    return words - {"and"}


#: Nouns that end an organisation's name ("Merseyside Police", "Liverpool Crown Court").
ORG_HEADS = frozenset(
    """
    police constabulary council court service services trust agency authority office
    department unit team squad taskforce partnership association society foundation
    charity commission ministry university college school academy hospital infirmary bank
    group ltd limited plc inc llp llc company corporation corp network board institute
    committee parliament government executive assembly federation union club
    church party prison library museum brigade rescue ambulance coastguard directorate
    bureau administration alliance coalition council's enterprises industries
    organisation organization institution inquiry tribunal panel forum hub project cid
    regiment corps battalion artillery fc afc rfc
    """.split()
) | frozenset(
    # The trades businesses are named by: "Exampleton Butchers", "Example Motors".
    """
    bakery bakers butchers jewellers locksmiths solicitors accountants pharmacy chemists
    motors garage tattoos warehouse florists opticians newsagents builders plumbers
    electricians haulage
    """.split()
)

#: Head nouns that name one national service on their own when capitalised ("the
#: Coastguard"), unlike "the Council" or "the Police", which stand for a local one.
LONE_SERVICES = frozenset({"coastguard"})

#: Words that end the name of a part of an organisation after its possessive
#: ("the Force's Northern Division"); alone such names are places.
UNIT_WORDS = frozenset({
    "district", "division", "command", "directorate", "region", "branch", "cid",
})

#: Words that make a capitalised name a law, scheme or event, not an organisation.
NOT_ORG_WORDS = frozenset(
    """
    order orders act notice warrant campaign programme program scheme initiative operation
    week day month award awards appeal strategy plan policy centre center survey show
    festival fair conference exhibition competition championship championships register
    night holiday
    """.split()
)
#: Their plurals too ("Fixed Penalty Notices"), but "Joint Operations Unit" is a unit.
NOT_ORG_WORDS = NOT_ORG_WORDS | {w + "s" for w in NOT_ORG_WORDS
                                 if not w.endswith("s") and w != "operation"}

#: Common nouns that say what kind of body a name is: "the charity Exampleline",
#: "Exampleline, a local charity", "the Exampleco company". Beside a lone word the model
#: calls an organisation, they are the evidence that it is one.
BODY_KINDS = frozenset(
    """
    charity charities company companies firm business organisation organization group
    retailer supermarket chain bank brand manufacturer maker newspaper magazine broadcaster publisher
    agency network union party club trust provider operator association body regulator
    campaigners campaign-group foundation society developer insurer lender
    """.split()
)

#: Lower-case words that may stand inside an organisation's name.
ORG_CONNECTORS = frozenset({"of", "and", "&"})

#: Well-known platforms and companies the model tags as people.
PLATFORMS = frozenset(
    """
    facebook twitter x snapchat youtube instagram whatsapp tiktok linkedin google amazon apple
    microsoft netflix uber ebay gumtree reddit tinder grindr telegram skype zoom twitch
    discord pinterest tumblr vimeo nextdoor paypal airbnb deliveroo spotify
    """.split()
)

#: Names of diseases and similar that the model tags as organisations.
NOT_ENTITIES = frozenset(
    """
    covid covid-19 covid19 coronavirus sars-cov-2 ebola brexit cctv anpr asb rtc gbh abh atm
    dna mot hgv suv pcso sio a&e gp dm sms cpr bbq abv png jpg pdf nvq gcse tv dvd pin sim ppe
    icu hiv adhd ptsd lgbt lgbtq lgbt+ lgbtq+ bame faq url gps wifi usb mdma thc lsd ghb cbd pcp
    dial
    """.split()
)

#: Honours written after a name ("Simon Cole QPM", "Jane Doe OBE"): not organisations,
#: and not part of the name.
HONOURS = frozenset("qpm kpm qfsm qam obe mbe cbe kbe dbe bem gc gm qgm qc kc mp msp mep dl jp td".split())
NOT_ENTITIES = NOT_ENTITIES | HONOURS

#: Last words of street names ("Boathouse Lane"): places, not people or organisations.
STREET_SUFFIXES = frozenset(
    """
    road rd street st drive dr lane ln avenue ave close way crescent place grove gardens
    terrace square row walk mews parade rise vale wynd brae boulevard highway bypass
    """.split()
)

#: Names of nations that end the name of a national branch ("NSPCC Scotland").
NATIONS = frozenset({"Scotland", "Wales", "England", "UK", "Cymru", "Ireland", "Northern Ireland",
                     "Britain", "Great Britain", "International"})

#: Prepositions after which a lone capitalised word is a place ("in Carlisle").
LOCATIVE_PREPOSITIONS = frozenset(
    "in at near around across outside inside towards toward through into onto throughout "
    "within between via".split()
)

#: Words before a name that make it a product ("a silver Ford Fiesta", "a BMW").
PRODUCT_BEFORE = frozenset(
    "a an black white silver grey gray red blue green dark light gold yellow orange purple "
    "brown maroon navy stolen fake counterfeit".split()
)
#: Vehicle makes: "a Ford Fiesta" names a car, not a company the text is about.
VEHICLE_MAKES = frozenset(
    """
    ford vauxhall bmw audi mercedes mercedes-benz volkswagen vw toyota nissan honda peugeot
    renault citroen citroën fiat kia hyundai skoda seat volvo jaguar porsche mazda mitsubishi
    suzuki yamaha kawasaki tesla lexus dacia chevrolet subaru alfa lamborghini ferrari bentley
    jcb saab rover
    """.split()
)

#: Words after a name that make it a product ("Rolex watch", "Xbox console").
PRODUCT_AFTER = frozenset(
    """
    car cars van vans vehicle vehicles watch watches handbag handbags bag bags phone phones
    console consoles motorbike motorcycle bike bikes jacket jackets trainers hatchback saloon
    estate 4x4 suv pick-up lorry truck scooter moped laptop laptops tablet headphones
    earphones earbuds speaker speakers drone drones sunglasses coat coats hoodie hoodies jeans
    boots shoes gilet
    """.split()
)

#: Words after a name that make it a venue or landmark, not a body the text is about
#: ("the Red Lion pub", "the Staygate roundabout").
VENUE_AFTER = frozenset({
    "pub", "pubs", "bar", "bars", "inn", "restaurant", "restaurants", "cafe", "café", "takeaway",
    "nightclub", "hotel", "shop", "shops", "store", "stores", "supermarket", "superstore",
    "roundabout", "junction", "interchange", "flyover", "underpass", "retail", "premises",
    "branch", "outlet", "forecourt", "car-park", "carpark", "bus", "buses",
})

#: Last words of the names of buildings and sites ("Exampleton Police Station").
FACILITY_WORDS = frozenset({
    "station", "stations", "house", "headquarters", "hq", "building", "buildings", "site",
    "depot", "suite", "room",
})

#: Last words of place names that are no bodies ("College Green", "Yeomans Court",
#: "London Bridge", "Clifton Moor"); "Court" names a body only after a court's kind.
PLACE_HEADS = frozenset({
    "green", "bridge", "park", "moor", "brook", "cross", "mills", "heath", "common", "wood",
    "woods", "fields", "marsh", "quay", "wharf", "estate", "village", "court",
    "house", "room", "hill", "vale", "valley", "meadow", "meadows", "gate", "end", "farm",
    "ground", "grounds", "dock", "docks", "estuary", "reservoir", "harbour", "marina", "beach",
    "pier", "forest", "lake", "airport", "airfield", "hotel", "inn", "tavern", "corner",
    "mill", "reserve", "cemetery", "crematorium", "monument", "memorial", "tunnel", "peak",
    "peaks", "paddock", "paddocks", "path", "footpath", "underpass", "viaduct", "towpath",
})
#: Words before "Court" that make it a court of law ("Exampleton Crown Court").
COURT_KINDS = frozenset({
    "crown", "magistrates", "magistrates'", "magistrate's", "county", "youth", "family",
    "high", "supreme", "appeal", "sheriff", "coroner's", "coroners", "justice", "combined",
    "military", "district", "session", "sessions", "royal", "courts", "remand", "criminal",
    "civil", "probate",
})
COURT_KINDS = COURT_KINDS | {k.replace("'", "’") for k in COURT_KINDS}  # curly apostrophes too
#: Time zones, which the model takes for bodies ("GMT", "BST").
TIME_ZONES = frozenset({"gmt", "bst", "utc", "cet", "cest", "est", "pst"})

#: Words that count things: "both Crown Courts", "several Police Forces".
COUNTERS = frozenset({
    "both", "several", "many", "various", "numerous", "all", "other",
})

#: Words after a capitalised word that make it a place ("the Carlisle area", "a Poole man").
PLACE_AFTER = frozenset(
    "area areas town city village district resident residents man woman men women boy girl "
    "boys girls teenager teenagers youth address addresses neighbourhood community".split()
)

#: Capitalised common words the model mistakes for names.
NOT_NAMES = frozenset(
    """
    mum dad mam nan nana gran granny grandad grandma grandpa auntie uncle easter christmas
    liaison conspiracy cannabis diesel heroin cocaine medical
    """.split()
)

#: Nouns that make a phrase after a name a role ("national head of service").
ROLE_NOUNS = frozenset(
    """
    head director manager chief lead leader officer spokesperson spokesman spokeswoman chair
    chairman chairwoman secretary executive founder co-founder president member coordinator
    co-ordinator adviser advisor editor professor lecturer analyst specialist investigator
    minister partner owner principal headteacher teacher coach trustee ambassador
    representative campaigner organiser organizer volunteer nurse doctor consultant solicitor
    barrister prosecutor lawyer attorney economist researcher scientist fellow expert
    spokespeople handler engineer manager ceo cfo chairperson governor senator mp msp
    advocate commander headteacher headmaster headmistress facilitator supervisor
    administrator practitioner worker caseworker counsellor counselor therapist
    mentor assessor technician paramedic firefighter planner
    """.split()
)

#: Head nouns of texts that speak: "the report found", "a memo said", "the letter reads".
DOCUMENT_NOUNS = frozenset(
    """
    report memo memorandum letter email e-mail statement tweet post document study survey
    review paper filing lawsuit complaint indictment ruling judgment order affidavit note
    message website release announcement article column editorial ad advert advertisement
    video poll analysis assessment book transcript record records minutes submission
    petition motion brief summary notice guidance
    """.split()
)

#: Head nouns of bodies named without a name: "police said", "the council confirmed".
BODY_NOUNS = frozenset(
    """
    police force council court government department ministry agency company firm union
    party campaign committee charity administration organisation organization
    prosecutors prosecution club school hospital
    """.split()
)

#: Pronouns that can stand for a speaker.
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})

#: Reporting verbs, in every inflection the rules look for.
SPEECH_VERBS = frozenset(
    """
    say says said saying add adds added adding explain explains explained urge urges urged
    state states stated comment comments commented tell tells told telling warn warns warned
    continue continues continued conclude concludes concluded appeal appeals appealed
    confirm confirms confirmed describe describes described note notes noted remark remarks
    remarked insist insists insisted admit admits admitted claim claims claimed write writes
    wrote tweet tweets tweeted post posts posted ask asks asked reply replies replied reveal
    reveals revealed announce announces announced acknowledge acknowledges acknowledged
    praise praises praised plead pleads pleaded reiterate reiterates reiterated emphasise
    emphasises emphasised emphasize emphasizes emphasized stress stresses stressed
    highlight highlights highlighted advise advises advised encourage encourages encouraged
    remind reminds reminded thank thanks thanked declare declares declared argue argues argued
    respond responds responded recall recalls recalled predict predicts predicted promise
    promises promised vow vows vowed assure assures assured suggest suggests suggested
    point points pointed accuse accuses accused charge charges charged call calls called
    agree agrees agreed observe observes observed announce announced mention mentions mentioned
    question questions questioned wonder wonders wondered joke jokes joked shout shouts
    shouted cry cries cried whisper whispers whispered exclaim exclaimed quip quipped
    deny denies denied maintain maintains maintained boast boasts boasted complain complains
    complained concede concedes conceded caution cautions cautioned tweet reported report
    reports recount recounts recounted elaborate elaborates elaborated summarise summarised
    welcome welcomes welcomed characterise characterises characterised characterize
    characterizes characterized label labels labelled labeled dub dubs dubbed brand brands
    branded
    """.split()
)
SPEECH_VERBS = SPEECH_VERBS | frozenset(
    """
    asking telling adding explaining warning claiming arguing writing noting insisting urging
    stating calling describing tweeting posting admitting declaring suggesting promising
    vowing responding replying announcing confirming recalling praising pleading stressing
    highlighting reminding thanking accusing characterising characterizing joking labelling
    labeling dubbing branding
    """.split()
)
