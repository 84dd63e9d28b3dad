/// English words that can describe or report a topic but cannot name one alone: verb forms,
/// adjectives, and the words after which a word is a verb or a predicate.
///
/// Space-separated, lowercase. ``TopicLexicon`` makes the regular forms of the verb bases
/// itself (`warn` → `warns`, `warned`, `warning`). Written for this project from general
/// knowledge of English grammar and word frequency.
enum WordFormData {
  /// Verbs that are rarely nouns: every form (base, `-s`, `-ed`, `-ing`) is a verb.
  static let verbs = """
    accept achieve add admit agree allow announce appear argue arrive ask assume become begin \
    believe borrow bring calculate celebrate choose come compare complain \
    confirm consider contain continue convince criticise criticize decide declare \
    defend deliver demonstrate deny depend describe deserve destroy determine develop die \
    disagree disappear discover dismiss emerge enable encourage ensure establish \
    examine exist expand expect explain express extend fail finish follow forget get give go \
    happen hear hesitate identify ignore imagine improve include indicate inform \
    insist intend introduce invite involve join keep know learn let like make \
    manage mean mention obtain occur oppose owe persuade predict prefer prepare pretend \
    prevent produce prove provide publish pursue realise realize receive recognise recognize \
    recommend reduce refuse reject relate rely remember remind remove replace require \
    resign respond reveal say see seek seem select send settle solve speak spend \
    succeed suffer suggest suppose survive take tell tend thank think threaten \
    understand urge vow want warn wonder write
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
    openings following writing writings beating makings leaving
    """

  /// Adjectives that describe a topic but do not name one alone (`desperate`, `older`).
  static let adjectives = """
    able afraid alive alone angry annual anxious apparent aware awful bad basic beautiful \
    better best big bigger biggest bitter blind bold brave brief bright brilliant broad busy \
    calm careful central certain cheap cheaper clear clever close closer cold comfortable \
    common complete complex confident considerable constant cool crucial curious current \
    dangerous dark dead dear decent deep definite delighted desperate different difficult \
    direct dirty disappointed distant domestic double dramatic due eager easy effective \
    elderly eligible emotional empty enormous entire equal essential eventual evident exact \
    excellent excited exciting existing expensive extensive extra extraordinary extreme fair \
    false familiar famous fantastic far fast fewer fierce fine firm fit fixed flat fond \
    foreign formal fortunate frank free frequent fresh friendly full fundamental funny \
    further future general generous gentle genuine glad global golden good grand grateful \
    great greater greatest guilty happy hard harder harsh healthy heavy helpful hidden high \
    higher highest honest hopeful hot huge human ideal illegal immediate important impossible \
    impressive inadequate incredible independent individual inevitable innocent intense \
    interested interesting internal international key keen large larger largest late later \
    latest least legal legendary less likely limited little live local lonely long longer \
    loose loud lovely low lower lowest loyal lucky main major massive mere mild minor \
    modern modest moral more most much mutual narrow national natural near nearby necessary \
    negative nervous new newer newest nice normal notable obvious odd official old older \
    oldest only open opposite ordinary original outrageous overall own painful particular \
    past perfect permanent personal plain pleased polite poor popular positive possible \
    potential powerful practical precise pregnant present pretty previous primary prime \
    private probable productive professional prominent proper proud public pure quick quiet \
    rare raw ready real reasonable recent regular relevant reliable remarkable remote \
    responsible rich right rough rural sad safe same scared secure senior sensible separate \
    serious severe sharp short sick significant silly similar simple single slight slow small \
    smaller smallest smart social soft sole solid sorry special specific stable steady \
    straight strange strict strong stronger strongest stupid subsequent substantial \
    successful sudden sufficient suitable super sure surprised surprising suspicious sweet \
    tall terrible thick thin tight tiny tired total tough traditional tremendous true \
    typical ugly unable unclear unfair unfortunate unhappy unique unknown unlikely unusual \
    upset urban useful usual valuable various vast violent visible vital vulnerable warm weak \
    wealthy weird welcome wet whole wide wider wild willing wise wonderful worse worst worth \
    worthy wrong young younger youngest
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
