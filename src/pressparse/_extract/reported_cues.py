"""The cues of reported speech: which words report what someone said, as lemmas.

The pipeline has no lemmatizer, so each lemma is spelled out in every
inflection (:func:`inflections`); :mod:`.reported` looks the forms up in one
array lookup per document. Kept apart from the rules that use them so the
lists can be read, and argued over, on their own.
"""

from __future__ import annotations

from .lexicon import DOCUMENT_NOUNS

#: Reporting predicates, as lemmas (:func:`forms` gives every inflection, since
#: the pipeline has no lemmatizer): each states what someone said, wrote or holds.
#: Not "plead", "appeal" or "ask", and "find" only for studies (see the module docstring).
SPEECH_LEMMAS = """
    say tell confirm deny claim warn insist explain add announce admit allege argue suggest
    report write tweet state note reveal acknowledge stress emphasise emphasize assert declare
    maintain contend predict promise vow pledge assure concede complain boast testify recall
    reply respond agree joke conclude learn hint speculate charge lament brag swear guarantee
    signal forecast project disclose caution remark observe point reiterate repeat
    mention comment counter retort affirm reaffirm proclaim recount clarify elaborate imply
    posit muse estimate urge demand recommend propose quip concur threaten
    """
#: Speech acts that judge rather than state, reported by their noun object only.
ATTITUDE_LEMMAS = "criticise criticize praise condemn endorse defend blame"
#: Endorsing a party or a body ("endorsed the Green Party") is a side taken as much
#: as endorsing a person: its object may be any name.
#: Verbs that report a view rather than speech: only with a named person who
#: holds it ("Jane Doe believes the plan will fail"), never a body or "we".
VIEW_LEMMAS = """
    believe think hope fear expect feel doubt suspect worry reckon assume suppose know realise
    realize recognise recognize
    """
#: Naming a thing with a quoted word ("called the decision a "disgrace"") reports speech.
NAMING_LEMMAS = "call describe brand label dub"
#: Seeing a thing as something: a view, "most voters see the plan as a waste";
#: reported only with "as" (not "saw the car") and for a named person or a group
#: described as its verb's own subject.
SEEING_VERBS = frozenset(
    "see sees saw seen seeing view views viewed viewing regard regards regarded regarding".split())
#: Answers in a word a verb of saying gives ("said yes", "said so", "said the same").
ANSWERS = frozenset("yes no so".split())
#: Past forms the spelling rules do not give.
IRREGULAR_PAST = {
    "say": "said", "tell": "told", "write": "wrote written", "think": "thought", "hear": "heard",
    "swear": "swore sworn", "learn": "learned learnt", "forecast": "forecast forecasted",
    "feel": "felt", "find": "found", "show": "showed shown", "speak": "spoke spoken",
}
#: Verbs whose last consonant doubles before -ed and -ing; "signal" and "label" are
#: written both ways.
DOUBLED = frozenset("admit dub brag concur quip signal label refer rebut".split())
EITHER = frozenset({"signal", "label"})


def inflections(lemma: str) -> set[str]:
    """The lemma with its third person, past and -ing forms."""
    if lemma[-1] == "y" and lemma[-2] not in "aeiou":
        third, past, ing = lemma[:-1] + "ies", {lemma[:-1] + "ied"}, {lemma + "ing"}
    else:
        third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
        stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
        past, ing = {lemma + ("d" if lemma.endswith("e") else "ed")}, {stem + "ing"}
        if lemma in DOUBLED:
            doubled = {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
            past, ing = (past | ing | doubled, set()) if lemma in EITHER else (doubled, set())
    if lemma in IRREGULAR_PAST:
        past = set(IRREGULAR_PAST[lemma].split())
    return {lemma, third, *past, *ing}


def forms(lemmas: str) -> frozenset[str]:
    return frozenset(form for lemma in lemmas.split() for form in inflections(lemma))


VIEW_VERBS = forms(VIEW_LEMMAS)
ATTITUDE_VERBS = forms(ATTITUDE_LEMMAS)
ENDORSING = forms("endorse")
NAMING_VERBS = forms(NAMING_LEMMAS)
#: "found", "showed", "indicated": reported only when a study or document finds it
#: (:data:`FINDERS`); "enquiries indicate that" is the force's inference, not a statement.
FINDING_VERBS = forms("find show indicate")
#: What speaks through its findings: documents and studies, never a search or what
#: footage shows ("the video shows him running").
FINDERS = DOCUMENT_NOUNS - {"video", "ad", "advert", "advertisement"} | frozenset(
    """
    data figure figures research result results statistics numbers investigation inquiry
    examination post-mortem autopsy test tests
    """.split()
)
#: "revealed", "concluded", "established": in a release, what an inquiry (not a
#: person) revealed is the publisher's account of the facts, as a finding is.
INQUIRY_VERBS = forms("reveal conclude establish")
INQUIRIES = frozenset(
    """
    investigation investigations inquiry inquiries enquiry enquiries check checks test tests
    examination examinations post-mortem autopsy search searches analysis review inquest
    """.split()
)
#: Studies whose findings may be a noun phrase, not only a clause ("the poll showed
#: Jane Doe leading by five points", "a survey found most residents in favour"):
#: counting opinions is what they are for. Not an examination or a search, whose
#: noun object is a thing found ("the post-mortem found injuries").
POLLS = frozenset("poll polls polling survey surveys study studies research".split())
COPULAS = frozenset("is are was were".split())
SHOW_VERBS = forms("show")
#: Counts and analyses whose noun object is a state of things they show ("the
#: figures show crime falling", "an average shows Jane Doe ahead").
COUNTS = frozenset("""
    analysis analyses average averages data figures numbers statistics records tally count
    results
    """.split())
#: "heard": the court or jury heard it, and nobody in particular said it.
HEARING_VERBS = forms("hear")
#: Committing to an act ("vowed to find those responsible", "promised to act"): the
#: infinitive is what was promised.
COMMITMENT_VERBS = forms("promise vow pledge threaten swear")
#: Asking someone named to act ("urged the council to reopen the road", "told him to
#: leave"): the infinitive is what was asked, unless the appeal is to the public.
REQUEST_VERBS = forms("urge tell warn advise remind")
CALLS = forms("call")
SAY_VERBS = forms("say")
#: Speech acts whose noun object is what was said or said of something: "announced
#: a review", "proposed a ban", "criticised the decision", "praised the bravery of
#: the crew". Not verbs whose object is more often a deed or a thing in police
#: writing ("noted the number plate", "questioned the man", "dismissed the case",
#: "welcomed visitors", "the search revealed a knife").
OBJECT_VERBS = forms(
    "announce propose pledge predict mention describe tweet " + ATTITUDE_LEMMAS)
#: Addressees that make a request an appeal, which reports nothing said
#: ("urged anyone with information to call", "called for witnesses"), and what
#: appeals ask for.
PUBLIC = frozenset(
    """
    anyone anybody everyone everybody someone public people residents witnesses witness
    members motorists drivers users those you parents shoppers businesses community
    communities information help assistance calm patience vigilance footage sightings
    ambulance ambulances police officers backup
    """.split()
)
#: Subjects that address the reader, whose verb reports nobody's words.
READER = frozenset("you anyone anybody everyone everybody".split())
HEARINGS = frozenset("court courts jury hearing inquest tribunal trial panel magistrates".split())
QUESTION_MARKS = frozenset({"if", "whether"})
#: A reporting verb in a clause these open says what would be said, not what was.
HYPOTHETICAL = frozenset({"if", "unless"})
#: A passive with no agent reports speech only impersonally ("It is alleged that")
#: or to someone ("He was told that"); "was reported to police" reports nothing said.
TOLD = frozenset({"told", "informed", "advised", "assured", "warned", "reminded"})
RELATIVES = frozenset({"who", "which", "that"})
#: A reported clause needs at least this many words to say something; a noun
#: object ("announced his resignation", "endorsed Jane Doe") this many.
MIN_CONTENT_WORDS = 3
MIN_OBJECT_WORDS = 2
#: Wishes and plans ("Jane Doe wants to reopen the library", "hopes to stand again"):
#: the infinitive is what the person is reported to want, and only a named person's
#: wish is reported (a group's "want to thank" or "expect to see" is the writer's
#: summary, not an attribution).
WISH_VERBS = forms("want hope expect plan intend aim seek wish")
#: A wish whose object is what is wanted, held now: "Jane Doe wants a public inquiry".
WANTS = frozenset({"want", "wants"})
#: Taking a side ("endorsed Jane Doe", "opposed the bypass", "denounced the decision"):
#: the noun object is what the stance is about, reported for a named person only.
#: "support", "back" and "accuse" only with a named object: their other objects are
#: more often deeds or things ("supported the family", "backed the car into the drive").
#: ("endorse" and "defend" are among the judging verbs of :data:`ATTITUDE_LEMMAS`.)
STANCE_VERBS = forms("oppose denounce reject support back accuse")
OPEN_STANCE_VERBS = forms("oppose denounce reject")
#: The sides a described group is reported to take on someone named ("six in 10
#: voters backed Jane Doe"); not "accuse", whose subject is a person who made a charge.
GROUP_SIDE_VERBS = forms("support back oppose")
#: A view the writer reports with no one holding it: "the plan seems to be
#: failing", "Jane Doe appears to have the lead", and "is expected to" (passive).
HEDGE_VERBS = forms("seem appear")
#: Views held by the investigators of a release ("officers believe he may have
#: information") are their inference, not a stated view.
INVESTIGATORS = frozenset(
    "police officer officers detective detectives investigator investigators force".split())
#: Asking: someone named to act ("Jane Doe asked the council to review the plan"), a
#: request reported for a named person only; or a question ("asked whether the road
#: would reopen", "asked about the delay"), whose content is the question.
ASK_VERBS = forms("ask")
#: Words that open a question's clause ("asked why ...", "asked how many ...").
WH_WORDS = frozenset("why what how who whom whose when where which".split())
#: Mentioning something as a named person's point: "citing low growth" (any object),
#: "referring to the new bypass", "pointed to her record" (the object of "to").
CITING_VERBS = forms("cite")
REFERRING_VERBS = forms("refer point")
#: Speaking of a subject ("warned of a ferocious battle", "complained about the
#: coverage", "boasted of his record"): the object of "about" or "of", for a named
#: person. Not "talk", "speak" or "argue": releases "spoke of the officers' success"
#: and "argued about money" as deeds, not as what was said.
TOPIC_VERBS = forms("warn complain boast brag joke comment caution testify tweet write")
ABOUT = frozenset({"about", "of"})
#: Subjects that stand for no speaker: expletive "it", demonstratives.
NO_SPEAKER = frozenset("it this that these those there what which who you".split())
#: Objects a side is never taken on: pronouns, whose referent the rules do not follow
#: here, and reflexives ("defended himself").
NO_OBJECTS = NO_SPEAKER | frozenset(
    "him her them me us himself herself themselves itself myself ourselves".split())
#: Pronouns a described speaker may be written as.
PRONOUNS = frozenset("he she they we i us them who it".split())
#: Nouns of saying or of a view held, whose "that" clause is what was said or held:
#: "Jane Doe's claim that ...", "expressed concern that ...", "made the case that ...".
SPEECH_NOUNS = frozenset(
    """
    claim claims statement statements assertion assertions argument arguments suggestion
    warning warnings promise promises pledge pledges belief beliefs view views concern
    concerns fear fears hope hopes insistence admission allegation allegations accusation
    accusations prediction predictions announcement denial contention remark remarks
    assurance assurances vow message case point complaint complaints assessment opinion
    position doubt doubts optimism
    """.split())
#: Verbs through which a subject states what its object noun holds ("expressed concern
#: that", "made the case that"); any other verb's object is someone else's
#: ("rejected the claim that").
SUPPORT_VERBS = forms("make express voice raise repeat reiterate issue share")
#: Speech acts whose noun object is what was said, with what it was said about:
#: "voiced concern over the cuts", "hailed the ruling as a victory", "dismissed the
#: claims", "outlined her plan". Reported in news only: in a publisher's own release
#: "listed the vehicle", "highlighted the dangers" or "thanked the public" is the
#: force's account of what was done (see :mod:`.reported`).
EXPRESSION_VERBS = forms(
    """
    express voice tout slam dismiss reference discuss list outline detail highlight liken
    mock bemoan lament decry deride ridicule lambast chide rebuke assail hail laud applaud
    commend thank champion advocate float echo dispute rebut refute disavow downplay air
    unveil blast offer
    """)
#: Putting out a document ("released a statement", "issued a warning", "published a
#: report", "signed a letter"): reported only when the object is a document or a
#: statement, never "released the man" or "issued a fine".
PUBLISHING_VERBS = forms("release issue publish post sign file")
#: "offered his thoughts", "offered an olive branch": a view or a gesture put forward,
#: never a thing given ("offered him a lift", "offered a reward").
OFFERING = forms("offer")
#: "questioned the decision": doubt voiced about a thing, never a person questioned
#: ("officers questioned the driver").
QUESTIONING = forms("question")
#: "laid out her plan", "spelled out the risks": only with the particle "out".
SETTING_OUT_VERBS = forms("lay spell") | frozenset({"laid", "spelt"})
#: Every word that may cue reported speech: :mod:`.reported` decides which it is.
SPEECH_VERBS = forms(SPEECH_LEMMAS)
REPORTING_VERBS = SPEECH_VERBS | VIEW_VERBS | NAMING_VERBS | HEARING_VERBS \
    | ATTITUDE_VERBS | FINDING_VERBS | WISH_VERBS | STANCE_VERBS | ASK_VERBS | CITING_VERBS | REFERRING_VERBS
#: Talking of a subject ("talked about the wall", "spoke of her pain"): the object
#: of "about" or "of", in news only (a release's "spoke of the officers' success"
#: is a deed in the story, see :data:`TOPIC_VERBS`).
TALKING_VERBS = forms("talk speak")
#: Declining to say ("declined to comment", "refused to say whether ..."): what
#: was not said is still the speaker's answer, reported with the infinitive of
#: saying as its content. Only an infinitive of :data:`SAYING_INFINITIVES`:
#: "refused to leave" is a deed.
DECLINING_VERBS = forms("decline refuse")
SAYING_INFINITIVES = SPEECH_VERBS | forms(
    "comment discuss answer elaborate specify name identify detail disclose speculate give"
    " provide talk speak address respond")
#: Words that hedge a clause as someone's report with no one named: "the mayor
#: reportedly considered a run", "the money was allegedly moved abroad".
HEARSAY_ADVERBS = frozenset("reportedly allegedly purportedly supposedly".split())
#: Verbs that report speech only through their object (see :data:`EXPRESSION_VERBS`):
#: cues, but no bound of another attribution's content ("said the man was released").
OBJECT_CUES = EXPRESSION_VERBS | PUBLISHING_VERBS | QUESTIONING | SETTING_OUT_VERBS
#: Cues read in news only: in a publisher's own release each is more often a deed.
NEWS_CUES = OBJECT_CUES | TALKING_VERBS | DECLINING_VERBS | HEARSAY_ADVERBS
CUE_VERBS = REPORTING_VERBS | NEWS_CUES
