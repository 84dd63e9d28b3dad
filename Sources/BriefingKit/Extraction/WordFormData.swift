/// English words that can describe or report a topic but cannot name one alone: verb forms,
/// adjectives, and the words after which a word is a verb or a predicate.
///
/// Space-separated, lowercase. ``TopicLexicon`` makes the regular forms of the verb bases
/// itself (`warn` → `warns`, `warned`, `warning`). Written for this project from general
/// knowledge of English grammar and word frequency.
enum WordFormData {
  /// Verbs that are rarely nouns: every form (base, `-s`, `-ed`, `-ing`) is a verb.
  static let verbs = """
    accept accuse achieve acquire add admit adopt advise afford agree allege allow amend \
    analyse analyze announce anticipate apologise apologize appear appoint argue arise arrange \
    arrive ask assess assist assume assure attend attract avoid await become begin behave \
    believe boast borrow bother bring calculate cancel cease celebrate choose clarify collect \
    combine come commit communicate compare compensate compete compile complain comply concede \
    conclude condemn confirm consider consult contain continue contribute convince cooperate \
    correspond create criticise criticize dare decide declare defend defy delete deliver \
    demonstrate deny depend deploy deprive derive describe deserve destroy detect determine \
    develop devote die disagree disappear disclose discourage discover dismiss distribute \
    donate earn educate elect eliminate embrace emerge emphasise emphasize employ enable enact \
    encourage endorse endure enforce engage enhance enjoy ensure enter establish evacuate \
    evaluate examine exceed exclude execute exist expand expect explain expose express extend \
    facilitate fail finish flee follow forbid forget formulate foster gather generate get give \
    go govern happen hear hesitate identify ignore imagine imply impose improve include \
    incorporate indicate inform inherit initiate insist inspect install insure integrate \
    intend interfere interpret interrupt intervene introduce investigate invite involve \
    isolate join justify keep know learn legislate let like maintain make manage maximise mean \
    mention minimise modify motivate negotiate nominate notify oblige observe obtain occur \
    operate oppose overlook overturn owe participate perceive perform persist persuade possess \
    postpone predict prefer prepare preserve presume pretend prevail prevent proceed proclaim \
    produce prohibit prolong promote pronounce propose prosecute protect prove provide provoke \
    publish punish pursue qualify realise realize reassure receive recognise recognize \
    recommend recover reduce refuse reinforce reiterate reject relate relieve rely remember \
    remind remove renew repay replace represent require resemble resign resist respond resume \
    retain retire reunite reveal revise revive satisfy say see seek seem select send settle \
    solve speak specify speculate spend stabilise stabilize stimulate strengthen submit \
    succeed suffer suggest summon supervise suppose surpass survive sustain take tell tend \
    terminate testify thank think threaten tolerate transform translate undergo undermine \
    understand unveil uphold urge utilise utilize vanish verify violate vow want warn withdraw \
    withstand wonder worsen write
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
    act aim appeal arrest attack back ban blame call cause change charge check close count \
    cover crash cut deal demand end face fear force help hope hit increase kill land limit list \
    look mark move need offer order pass plan play pledge press protest push question raise \
    reach release reply report rise rule run shift show sign stand start stay step support \
    surge talk test threat trade travel turn use visit vote wait walk win wish work attempt \
    block boost claim comment concern decrease defeat delay design doubt drop estimate fall \
    fund hurt jump name note open praise promise rate return risk score share slump strike \
    study suspect target tour watch worry stress collapse decline try \
    leave estimate
    """

  /// `-ing` forms of ``verbs`` that are common nouns (`warning`, `meeting`).
  static let ingNouns = """
    warning warnings meeting meetings building buildings hearing hearings understanding \
    finding findings spending living being feeling feelings beginning beginnings opening \
    openings following writing writings beating makings leaving gathering gatherings \
    undertaking undertakings
    """

  /// Adjectives that describe a topic but do not name one alone (`desperate`, `older`).
  static let adjectives = """
    able acceptable accessible active adjacent administrative affordable afraid aggressive \
    agricultural alarming alive alone amazing ambitious angry annual anonymous anxious \
    apparent artistic astonishing attractive aware awful bad basic beautiful beloved best \
    better big bigger biggest bitter blind bold brave brief bright brilliant broad busy calm \
    capable careful careless cautious central certain cheap cheaper cheerful civil clear \
    clever close closer cold colorful colourful comfortable commercial common competitive \
    complete complex complicated comprehensive confident congressional conscious consecutive \
    considerable constant contemporary continuous controversial cool corporate countless \
    courageous creative critical crucial cultural curious current daily dangerous dark dead \
    dear decent decisive declining dedicated deep defensive definite delicious delighted \
    desperate destructive different difficult digital direct dirty disappointed disappointing \
    disgraceful distant domestic double doubtful dramatic due eager easy economic educational \
    effective elderly electronic elementary eligible emerging emotional empty endless enormous \
    entire environmental equal essential ethical ethnic eventual evident exact excellent \
    excited exciting existing expensive experienced extensive extra extraordinary extreme fair \
    false familiar famous fantastic far fast favorable favourable fearful feasible federal \
    fewer fierce financial fine firm fit fixed flat flexible fond foreign formal fortunate \
    frank free frequent fresh friendly fruitful full fundamental funny furious further future \
    general generous gentle genuine glad global glorious golden good gorgeous governmental \
    graceful grand grateful great greater greatest growing guilty happy hard harder harmful \
    harmless harsh healthy heavy helpful helpless hidden high higher highest hilarious \
    historic historical honest hopeful hopeless horrible hot huge human ideal illegal \
    immediate important impossible impressive inactive inadequate increasing incredible \
    independent individual industrial inevitable infamous informative innocent innovative \
    institutional intense intensive interested interesting internal international jealous \
    judicial keen key large larger largest late later latest least legal legendary legislative \
    less likely limited little live local lonely long longer loose loud lovely low lower \
    lowest loyal lucky luxurious main major massive meaningful medical mental mere mild minor \
    modern modest moral more most much mutual mysterious narrow national natural near nearby \
    necessary negative nervous new newer newest nice normal notable notorious nuclear numerous \
    obvious odd official old older oldest ongoing only open operational opposite ordinary \
    original outrageous outstanding overall own painful parliamentary particular passive past \
    peaceful perfect permanent personal physical plain plausible playful pleased pointless \
    polite political poor popular positive possible potential powerful powerless practical \
    precious precise predictable pregnant present presidential prestigious pretty previous \
    priceless primary prime private probable productive professional progressive prominent \
    proper prosperous protective proud psychological public pure quick quiet racial rapid rare \
    raw ready real reasonable recent reckless regional regular relentless relevant reliable \
    religious remaining remarkable remote renowned residential respectful responsible rich \
    ridiculous right rigorous robust rough rural ruthless sad safe same scared scientific \
    secondary secure senior senseless sensible sensitive separate serious severe sexual sharp \
    shocking short sick significant silly similar simple single skilful skillful slight slow \
    small smaller smallest smart social soft sole solid sophisticated sorry special specific \
    spontaneous stable steady straight strange strategic stressful strict strong stronger \
    strongest stunning stupid subjective subsequent substantial successful successive sudden \
    sufficient suitable super supportive sure surprised surprising suspicious sustainable \
    sweet talented tall technical technological temporary terrible thick thin thoughtful tight \
    tiny tired total tough traditional tremendous true truthful typical ugly unable \
    unacceptable unanimous unbelievable unclear unexpected unfair unfortunate unhappy unique \
    unknown unlikely unprecedented unusual upcoming upset urban useful useless usual valuable \
    various vast vicious violent virtual visible visual vital voluntary vulnerable warm weak \
    wealthy weekly weird welcome wet whole wide wider wild willing wise wonderful worse worst \
    worth worthless worthy wrong young younger youngest youthful
    """

  /// Words after which the next word is a verb or a predicate, not a noun: modals,
  /// auxiliaries, subject pronouns, copulas and negations (`will not wait`, `he spoke`, `was
  /// desperate`).
  static let verbCues = """
    will would can could may might must shall should cannot wo ca do does did don't doesn't \
    didn't won't wouldn't can't couldn't shouldn't mustn't not never he she they we i you \
    who is are was were be been being am isn't aren't wasn't weren't seem seems seemed \
    become becomes became remain remains remained also still already
    """
}
