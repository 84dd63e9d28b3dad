/// English words that can describe or report a topic but cannot name one alone: verb forms,
/// adjectives, and the words after which a word is a verb or a predicate.
///
/// Space-separated, lowercase. ``TopicLexicon`` makes the regular forms of the verb bases
/// itself (`warn` → `warns`, `warned`, `warning`). Written for this project from general
/// knowledge of English grammar and word frequency.
enum WordFormData {
  /// Verbs that are rarely nouns: every form (base, `-s`, `-ed`, `-ing`) is a verb.
  static let verbs = """
    accept accompany accuse achieve acquire add adjust admire admit adopt advise afford agree \
    allege allow amend analyse analyze announce anticipate apologise apologize appear appoint \
    argue arise arrange arrive ask assert assess assist assume assure attend attract attribute \
    avoid await become begin behave believe bless boast borrow bother bring calculate calm \
    cancel cease celebrate choose cite clarify collect combine come commit communicate compare \
    compel compensate compete compile complain comply concede conclude condemn confirm \
    consider consult contain contemplate continue contribute convey convince cooperate \
    correspond create criticise criticize dare decide declare dedicate deem defend defy delete \
    deliver demonstrate deny depend deploy deprive derive describe deserve destroy detect \
    deter determine develop devote die diminish disagree disappear disclose discourage \
    discover dismiss disrupt distribute divert dominate donate earn educate elect eliminate \
    embrace emerge emphasise emphasize employ enable enact encourage endorse endure enforce \
    engage enhance enjoy enlarge ensure enter entitle envisage establish evacuate evaluate \
    evolve exaggerate examine exceed exclude execute exist expand expect explain expose \
    express extend facilitate fail finish flee follow forbid forget formulate foster fulfil \
    fulfill gather generate get give go govern hamper happen hear heighten hesitate \
    hinder identify ignore imagine imply impose improve include incorporate indicate inform \
    inherit initiate insist inspect install insure integrate intend interfere interpret \
    interrupt intervene introduce investigate invite involve isolate join justify keep know \
    lament learn legislate lessen let like loosen maintain make manage marvel maximise mean \
    mention minimise mislead modify motivate negotiate nominate notify obey oblige observe \
    obtain occur operate oppose outlaw overcome overlook oversee overturn overwhelm owe \
    participate perceive perform persist persuade plunge ponder portray possess postpone \
    predict prefer prepare preserve presume pretend prevail prevent proceed proclaim produce \
    prohibit prolong promote prompt pronounce propose prosecute protect prove provide provoke \
    publish punish pursue qualify reaffirm realise realize reassure rebuild receive recognise \
    recognize recommend recover rectify reduce refuse regulate reinforce reinstate reiterate \
    reject relate relieve relocate rely remember remind remove renew renounce reopen repay \
    replace replicate represent reproduce require rescind resemble resign resist respond \
    resume retain retaliate retire retract reunite reveal revise revive revoke safeguard \
    satisfy say scold scrutinise scrutinize see seek seem select send settle shun simplify \
    solidify solve speak specify speculate spend stabilise stabilize stifle stimulate \
    strengthen strive submit subsidise subsidize succeed suffer suggest summon supervise \
    suppose surpass survive suspend sustain take tell tend terminate testify thank think \
    threaten tighten tolerate topple transform translate uncover undergo underline undermine \
    underscore understand unite unveil uphold urge utilise utilize validate vanish verify \
    violate vow want warn weaken widen withdraw withstand wonder worsen write
    """

  /// Irregular and spelled-out forms of common verbs (pasts, participles, doubled consonants).
  static let irregularForms = """
    said says told tells spoke spoken went gone goes came comes saw seen took taken gave given \
    made knew known thought brought bought found got gotten left kept began begun became chose \
    chosen forgot forgotten heard met paid sought sent spent stood understood won wrote written \
    sat led held fell fallen rose risen ran drove driven broke broken fought caught taught sold \
    built felt meant lost grew grown threw thrown drew drawn showed shown stole stolen hid \
    hidden struck sang sung swore sworn wore worn shook shaken ate eaten flew flown froze \
    frozen rode ridden sank sunk swam swum tore torn woke woken bore borne beaten bit bitten \
    bled blew blown dug fed fled hung laid lent lit slid spun stuck stung swung wept withdrew \
    withdrawn tried trying getting letting putting sitting cutting hitting \
    stopping admitting committing dropping undertook undertaken overcame overcome forgave \
    forgiven stopped planned banned \
    admitted committed referred preferred occurred controlled dropped slammed slipped \
    stepped grabbed hugged jogged nodded robbed shipped shopped stabbed tapped topped trimmed \
    wrapped regretted permitted submitted omitted quitted upset underwent undergone arose \
    arisen does did doing done having seems
    """

  /// Bases that are also nouns (`plan`, `rise`): only their past forms are always verbs; the
  /// base and `-s` form are verbs only where the text uses them so (``verbCues``).
  static let nounVerbs = """
    act aim appeal arrest attack attempt back ban blame block boost call cause change charge \
    check claim close collapse comment concern count cover crash cut deal decline decrease \
    defeat delay demand design doubt drop end estimate face fall fear force fund help \
    highlight hit hope hurt increase jump kill land leave limit list look mark move name need \
    note offer open order overhaul pass plan play pledge praise press promise protest push \
    question raise rate reach release reply report return rise risk rule run score share shift \
    shoot show sign slash slump spark stand start stay stem step stress strike study support \
    surge suspect talk target test threat tour trade travel try turn use visit vote wait walk \
    watch win wish work worry
    """

  /// `-ing` forms of ``verbs`` that are common nouns (`warning`, `meeting`).
  static let ingNouns = """
    warning warnings meeting meetings building buildings hearing hearings understanding \
    finding findings spending living being feeling feelings beginning beginnings opening \
    openings following writing writings beating makings leaving gathering gatherings \
    undertaking undertakings
    """

  /// Adjectives and adverbs that describe a topic but do not name one alone (`desperate`,
  /// `older`, `abroad`).
  static let adjectives = """
    able abroad acceptable accessible active adjacent administrative affordable afraid \
    aggressive agricultural ahead alarming alive almost alone amazing ambitious angry annual \
    anonymous anxious anyway apparent artistic astonishing attractive aware awful bad basic \
    beautiful beloved best better big bigger biggest bitter blind bold brave brief bright \
    brilliant broad busy calm capable careful careless cautious central certain cheap cheaper \
    cheerful civil clear clever close closer cold colorful colourful comfortable commercial \
    common competitive complete complex complicated comprehensive confident congressional \
    conscious consecutive considerable constant contemporary continuous controversial cool \
    corporate countless courageous creative critical crucial cultural curious current daily \
    dangerous dark dead dear decent decisive declining dedicated deep defensive definite \
    delicious delighted desperate destructive different difficult digital direct dirty \
    disappointed disappointing disastrous disgraceful distant domestic double doubtful \
    dramatic due eager easy economic educational effective elderly electronic elementary \
    eligible emerging emotional empty endless enormous entire environmental equal essential \
    ethical ethnic eventual evident exact excellent excited exciting existing expensive \
    experienced extensive extra extraordinary extreme fair false familiar famous fantastic far \
    fast favorable favourable fearful feasible federal fewer fierce financial fine firm fit \
    fixed flat flexible fond foreign formal fortunate frank free frequent fresh friendly \
    fruitful full fundamental funny furious further future general generous gentle genuine \
    glad global glorious golden good gorgeous governmental graceful grand grateful great \
    greater greatest growing guilty happy hard harder harmful harmless harsh healthy heavy \
    helpful helpless hidden high higher highest hilarious historic historical honest hopeful \
    hopeless horrible hot huge human ideal illegal immediate important impossible impressive \
    inactive inadequate increasing incredible indeed independent individual industrial \
    inevitable infamous informative innocent innovative inside instead institutional intense \
    intensive interested interesting internal international jealous judicial keen key large \
    larger largest late later latest least legal legendary legislative less likely limited \
    little live local lonely long longer loose loud lovely low lower lowest loyal lucky \
    luxurious main major massive maybe meaningful meanwhile medical mental mere mild minor \
    modern modest moral more most much mutual mysterious narrow national natural near nearby \
    necessary negative nervous new newer newest nice normal notable notorious nuclear numerous \
    obvious odd official often old older oldest ongoing only open operational opposite \
    ordinary original otherwise outrageous outside outstanding overall overseas own painful \
    parliamentary particular passive past peaceful perfect perhaps permanent personal physical \
    plain plausible playful pleased pointless polite political poor popular positive possible \
    potential powerful powerless practical precious precise predictable pregnant present \
    presidential prestigious pretty previous priceless primary prime private probable \
    productive professional progressive prominent proper prosperous protective proud \
    psychological public pure quick quiet quite racial rapid rare rather raw ready real \
    reasonable recent reckless regional regular relentless relevant reliable religious \
    remaining remarkable remote renowned residential respectful responsible rich ridiculous \
    right rigorous robust rough rural ruthless sad safe same scared scientific scrappy \
    secondary secure senior senseless sensible sensitive separate serious severe sexual sharp \
    shocking short sick significant silly similar simple single skilful skillful slight slow \
    small smaller smallest smart social soft sole solid soon sophisticated sorry special \
    specific spontaneous sporting stable steady straight strange strategic stressful strict \
    strong stronger strongest stunning stupid subjective subsequent substantial successful \
    successive sudden sufficient suitable super supportive sure surprised surprising \
    suspicious sustainable sweet talented tall technical technological temporary terrible \
    thick thin thoughtful tight tiny tired together total tough traditional tremendous true \
    truthful typical ugly unable unacceptable unanimous unbelievable unclear unexpected unfair \
    unfortunate unhappy unique unknown unlikely unprecedented unusual upcoming upset urban \
    useful useless usual valuable various vast vicious violent virtual visible visual vital \
    voluntary vulnerable warm weak wealthy weekly weird welcome wet whole wide wider wild \
    willing wise wonderful worse worst worth worthless worthy wrong young younger youngest \
    youthful
    """

  /// Words after which the next word is a verb or a predicate, not a noun: modals,
  /// auxiliaries, subject pronouns, copulas and negations (`will not wait`, `he spoke`, `was
  /// desperate`).
  static let verbCues = """
    to will would can could may might must shall should cannot wo ca do does did don't doesn't \
    didn't won't wouldn't can't couldn't shouldn't mustn't not never he she they we i you \
    who is are was were be been being am isn't aren't wasn't weren't seem seems seemed \
    become becomes became remain remains remained also still already
    """
}
