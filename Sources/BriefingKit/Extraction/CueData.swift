/// Word lists that tell the entity typer what a name is, compared lowercased and `|`-separated.
///
/// Written for this project. Lists mix languages: a French title never collides with an English
/// word that means something else in a name.
enum CueData {
  /// Titles and offices that precede a person's name and become the person's role.
  static let titles = """
    president|vice|prime|minister|chancellor|secretary|secretary-general|senator|sen.|rep.|representative|\
    governor|gov.|mayor|judge|justice|general|gen.|lt.|col.|colonel|lieutenant|major|captain|\
    capt.|sergeant|sgt.|admiral|commander|chief|officer|dr.|dr|mr.|mr|mrs.|mrs|ms.|ms|sir|dame|\
    lord|lady|pope|king|queen|prince|princess|emperor|sheikh|ayatollah|cardinal|bishop|\
    archbishop|rabbi|imam|father|reverend|rev.|chairman|chairwoman|chair|ceo|cfo|director|\
    spokesman|spokeswoman|spokesperson|ambassador|envoy|assistant|deputy|adviser|advisor|aide|\
    coach|manager|professor|prof.|attorney|prosecutor|inspector|detective|sheriff|officer|\
    leader|premier|speaker|commissioner|head|boss|founder|chef|striker|midfielder|defender|\
    goalkeeper|quarterback|pitcher|rapper|singer|actor|actress|star|designer|author|\
    mp|mps|mep|meps|msp|msps|pm|qc|\
    \(shortenedTitles.sorted().joined(separator: "|"))|\
    präsident|präsidenten|präsidentin|bundespräsident|kanzler|kanzlerin|bundeskanzler|bundeskanzlerin|\
    minister|ministerin|außenminister|außenministerin|innenminister|finanzminister|\
    verteidigungsminister|ministerpräsident|ministerpräsidentin|bürgermeister|\
    bürgermeisterin|herr|frau|sprecher|sprecherin|chef|chefin|vorsitzende|vorsitzender|\
    trainer|richter|richterin|staatsanwalt|papst|könig|königin|generalsekretär|\
    président|présidente|ministre|premier ministre|chancelier|chancelière|maire|juge|\
    général|m.|mme|mlle|porte-parole|secrétaire|sénateur|député|députée|ambassadeur|pape|roi|\
    reine|directeur|directrice|entraîneur|procureur|\
    presidente|ministro|ministra|primer|canciller|alcalde|juez|jueza|señor|señora|sr.|sra.|\
    portavoz|secretario|secretaria|senador|diputado|embajador|papa|rey|reina|director|\
    directora|entrenador|fiscal|sindaco|giudice|signor|signora|portavoce|segretario|\
    ambasciatore|re|regina|allenatore|primeiro-ministro|primeira-ministra|chanceler|\
    prefeito|presidente da câmara|juiz|senhor|senhora|porta-voz|secretário|embaixador|rei|\
    rainha|treinador|sargento|soldado|general|comandante|\
    президент|премьер|премьер-министр|министр|канцлер|мэр|губернатор|судья|генерал|глава|\
    председатель|помощник|советник|посол|пресс-секретарь|представитель|господин|госпожа
    """

  /// Titles the text shortens with a period (`Sen.`, `Lt. Gen.`), which the word scan leaves
  /// out of the word; a role puts it back. They are ``titles`` too.
  static let shortenedTitles: Set<String> = [
    "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "prof", "rev",
  ]

  /// Offices written after a person's name (`Ruth Kelly MP`).
  static let postnominalTitles: Set<String> = ["mp", "mep", "msp", "qc"]

  /// Titles of peers and royals that, before a single name, are how the person is called
  /// (`Lord Falconer`, `Prince Harry`, `King Abdullah`), unlike `Sir` or `President`.
  static let styleTitles: Set<String> = [
    "lord", "lady", "baroness", "baron", "earl", "duke", "duchess", "viscount", "prince",
    "princess", "king", "queen", "pope", "sheikh",
  ]

  /// Words that make a name an organisation wherever they stand in it.
  static let organisationWords = """
    &|ministry|council|union|bank|inc|inc.|corp|corp.|corporation|co.|ltd|ltd.|llc|plc|gmbh|ag|\
    sa|s.a.|alliance|party|association|agency|committee|commission|court|department|\
    university|college|institute|organization|organisation|group|company|fund|federation|\
    congress|parliament|senate|assembly|army|navy|police|office|service|services|club|center|\
    centre|foundation|board|authority|league|times|news|post|journal|herald|tribune|network|\
    telegraph|guardian|observer|mirror|gazette|chronicle|examiner|courier|\
    airlines|airways|motors|technologies|systems|holdings|partners|industries|laboratories|\
    labs|network|bureau|cabinet|government|administration|coalition|front|movement|brigade|\
    brigades|forces|guard|church|school|hospital|museum|academy|society|institution|\
    tories|kremlin|pentagon|nato|opec|fifa|uefa|bundestag|bundesrat|duma|knesset|city|united|rovers|\
    athletic|wanderers|fc|electric|customs|revenue|excise|\
    ministerium|bundesministerium|partei|rat|verband|verein|universität|hochschule|\
    gesellschaft|stiftung|konzern|gericht|bundesverfassungsgericht|regierung|\
    bahn|gewerkschaft|kammer|polizei|bundesamt|behörde|kommission|institut|agentur|\
    zeitung|kurier|rundschau|anzeiger|tagblatt|tagesspiegel|\
    bundesbank|zentralbank|sparkasse|versicherung|akademie|bundesheer|bundeswehr|\
    ministère|banque|parti|conseil|assemblée|université|commission|comité|société|agence|\
    fédération|gouvernement|tribunal|cour|sénat|mouvement|\
    ministerio|banco|partido|consejo|unión|universidad|comisión|comité|sociedad|agencia|\
    gobierno|tribunal|ministero|banca|partito|consiglio|unione|università|commissione|\
    società|agenzia|governo|tribunale|ministério|conselho|união|universidade|comissão|\
    sociedade|agência|câmara|assembleia|forças|exército|polícia|\
    министерство|совет|союз|банк|партия|университет|комитет|агентство|правительство|\
    кремль|госдума|дума|суд|мид
    """

  /// Common given names: a name that starts with one is a person.
  static let givenNames = """
    james|john|robert|michael|william|david|richard|joseph|thomas|charles|christopher|daniel|\
    matthew|anthony|mark|donald|steven|paul|andrew|joshua|kenneth|kevin|brian|george|timothy|\
    ronald|edward|jason|jeffrey|ryan|jacob|gary|nicholas|eric|jonathan|stephen|larry|justin|\
    scott|brandon|benjamin|samuel|gregory|frank|alexander|raymond|patrick|jack|dennis|jerry|\
    tyler|aaron|jose|adam|henry|nathan|douglas|zachary|peter|kyle|walter|ethan|jeremy|harold|\
    keith|christian|roger|noah|gerald|carl|terry|sean|austin|arthur|lawrence|jesse|dylan|\
    bryan|joe|jordan|billy|bruce|albert|willie|gabriel|logan|alan|juan|wayne|roy|ralph|randy|\
    eugene|vincent|russell|elijah|louis|bobby|philip|johnny|barack|hillary|bill|tony|tom|\
    mike|jim|bob|dave|steve|chris|nick|ian|neil|tim|ben|sam|dan|matt|andy|pete|phil|alex|\
    simon|graham|gordon|alastair|alistair|iain|colin|nigel|trevor|derek|clive|malcolm|guy|\
    mary|patricia|jennifer|linda|elizabeth|barbara|susan|jessica|sarah|karen|nancy|lisa|betty|\
    margaret|sandra|ashley|kimberly|emily|donna|michelle|dorothy|carol|amanda|melissa|deborah|\
    stephanie|rebecca|sharon|laura|cynthia|kathleen|amy|shirley|angela|helen|anna|brenda|\
    pamela|nicole|emma|samantha|katherine|christine|debra|rachel|catherine|carolyn|janet|ruth|\
    maria|heather|diane|virginia|julie|joyce|victoria|olivia|kelly|christina|lauren|joan|\
    evelyn|judith|megan|cheryl|andrea|hannah|martha|jacqueline|frances|gloria|ann|teresa|\
    kathryn|sara|janice|jean|alice|madison|doris|abigail|julia|judy|grace|denise|amber|\
    marilyn|beverly|danielle|theresa|sophia|marie|diana|brittany|natalie|isabella|charlotte|\
    rose|alexis|kayla|natasha|leonie|angela|nicolas|emmanuel|françois|jean-pierre|jean-claude|\
    jacques|pierre|philippe|alain|michel|marine|ségolène|nicolas|laurent|olivier|thierry|\
    bernard|christophe|frédéric|sébastien|julien|antoine|marc|luc|yves|\
    hans|klaus|jürgen|wolfgang|helmut|gerhard|horst|werner|günter|dieter|uwe|frank|stefan|\
    andreas|thomas|michael|peter|markus|martin|christian|sebastian|olaf|friedrich|karl|\
    angela|ursula|annalena|sahra|claudia|sabine|petra|monika|heike|andrea|\
    vladimir|dmitry|dmitri|sergei|sergey|alexei|alexey|yuri|yury|mikhail|boris|igor|ivan|\
    nikolai|viktor|oleg|andrei|andrey|maria|olga|tatiana|natalia|elena|irina|svetlana|\
    volodymyr|petro|vitali|vitaly|yulia|arseniy|\
    владимир|дмитрий|сергей|алексей|юрий|михаил|борис|игорь|иван|николай|виктор|олег|андрей|\
    мария|ольга|татьяна|наталья|елена|ирина|светлана|\
    carlos|luis|luís|antonio|antónio|manuel|francisco|pedro|miguel|josé|jorge|fernando|rafael|\
    pablo|sergio|alberto|javier|mariano|felipe|alfonso|ricardo|roberto|mario|marco|giuseppe|\
    giovanni|francesco|matteo|silvio|sergio|paolo|luigi|enrico|giorgia|mario|aníbal|cavaco|\
    joão|paulo|rui|nuno|ana|isabel|teresa|catarina|inês|sofia|marcelo|\
    mohamed|mohammed|muhammad|ahmed|ali|hassan|hussein|omar|abdullah|ibrahim|mahmoud|khalid|\
    osama|bashar|recep|benjamin|ehud|ariel|shimon|xi|kim|shinzo|narendra|imran|\
    harry|charlie|jamie|gareth|damien|howard|lee|jon|tommy|ed|rob|stuart|darren|shane|max|\
    dominic|barry|luke|noel|mick|jimmy|pat|fred|greg|robbie|dick|mathew|carlton|pierce|\
    gerard|elvis|brad|quentin|cyril|alfie|archie|barney|bernie|bertie|billie|bradley|brendan|\
    callum|conor|connor|craig|danny|darryl|declan|desmond|duncan|dwight|eamonn|eddie|elliot|\
    elliott|ewan|finn|francis|freddie|gavin|geoff|geoffrey|gerry|glenn|hamish|harvey|hugh|hugo|\
    jake|jamal|jez|jonny|josh|julian|kieran|keiran|kenny|kirk|leigh|lenny|leon|leonard|lewis|\
    liam|lucas|marcus|marvin|mickey|mitchell|nathaniel|neville|nicky|norman|ollie|olly|oscar|\
    owen|percy|perry|phillip|quinn|reggie|rhys|richie|ricky|robin|rodney|rory|ross|rupert|\
    sammy|seamus|sid|sidney|spencer|stan|stevie|stewart|teddy|terence|theo|toby|todd|travis|\
    tristan|vic|victor|vince|warren|wes|wesley|wilf|zac|zach|adrian|aidan|alfred|archibald|\
    barnaby|basil|benedict|brett|bryn|cecil|clarence|clement|clint|clifford|curtis|damon|\
    darius|darrell|denis|derrick|dion|dirk|doug|duane|dudley|edgar|edmund|edwin|eli|ellis|\
    emlyn|ernest|ernie|errol|evan|felix|fergus|floyd|frankie|fraser|garry|geraint|giles|glyn|\
    godfrey|gus|gwyn|hank|herbert|hubert|ivor|jackie|jarvis|jasper|jeff|jerome|joel|johnnie|\
    jonah|jonathon|jude|jules|kane|ken|kris|kurt|lionel|lou|lyle|marty|maurice|mervyn|monty|\
    morris|nelson|niall|ozzy|paddy|piers|reg|rhodri|rick|ron|ronnie|rudy|seb|sylvester|ted|\
    terrence|tobias|wally|wilbur|woody|xavier|zack|abby|ada|adele|agnes|aileen|aimee|alana|\
    alexandra|alicia|alison|allison|alyssa|amelia|anastasia|angelina|angie|anita|anne|annette|\
    annie|antonia|audrey|ava|barbra|belinda|bernadette|beth|bethany|bianca|bonnie|bridget|\
    britney|brooke|camilla|candice|carla|carly|carmen|caroline|carrie|cassandra|cathy|cecilia|\
    celia|charlene|cher|chloe|christie|cindy|claire|clara|colleen|connie|courtney|daisy|dana|\
    daphne|debbie|delia|della|dolly|dominique|edith|edna|eileen|elaine|eleanor|elisa|eliza|\
    ellen|ellie|elsa|elsie|emilia|erica|erin|esther|eva|fay|fiona|freya|gabrielle|gail|gemma|\
    geraldine|gillian|gina|glenda|gwen|gwyneth|hailey|harriet|hayley|heidi|helena|hilary|holly|\
    imogen|ingrid|irene|isla|jane|jasmine|jemima|jenna|jenny|jess|jessie|jill|jo|joanna|joanne|\
    jodie|josephine|judi|juliet|kara|kate|kath|kathy|katie|katy|kay|keira|kirsty|kristen|kylie|\
    lara|leah|lesley|leslie|lillian|lily|lindsay|liz|lizzie|lois|lorna|lorraine|louise|lucy|\
    lydia|lynn|lynne|mabel|maddie|maggie|mandy|margot|marian|marion|mariah|marjorie|martina|\
    maureen|maxine|meg|melanie|millie|miranda|miriam|moira|molly|mona|monica|morag|muriel|myra|\
    nadia|naomi|nell|nina|nora|norma|paige|paula|pauline|penelope|phoebe|phyllis|polly|\
    priscilla|rachael|rebekah|rhian|rita|roberta|robyn|rosalind|rosemary|rosie|roxanne|sadie|\
    sally|selina|serena|shannon|sheila|shelley|sian|sienna|sinead|sonia|sophie|stacey|stella|\
    sue|susie|suzanne|sylvia|tamsin|tania|tanya|tara|tess|tessa|thelma|tina|toni|tracey|tracy|\
    trudy|valerie|vanessa|veronica|vicky|vikki|viola|violet|wendy|whitney|yvonne|zara|zoe|zoë|\
    gérard|gaston|frederic|sebastien|stéphane|stephane|fabien|fabrice|arnaud|benoit|benoît|\
    cédric|cedric|didier|emmanuelle|fabienne|florent|franck|gilles|guillaume|hervé|herve|\
    jérôme|ludovic|mathieu|maxime|nathalie|pascal|patrice|raphaël|raphael|rémi|remi|romain|\
    sylvain|thibault|valérie|yannick|zinedine|amélie|brigitte|céline|celine|chantal|christiane|\
    colette|delphine|élodie|françoise|isabelle|juliette|mathilde|monique|nadine|sandrine|\
    sylvie|véronique|alejandro|andrés|andres|álvaro|alvaro|eduardo|emilio|enrique|esteban|\
    gonzalo|guillermo|gustavo|ignacio|jaime|joaquín|joaquin|julio|lorenzo|mauricio|nicolás|\
    raúl|raul|rodrigo|tomás|vicente|cristina|guadalupe|lucía|lucia|marta|silvia|\
    mauro|rafa|iker|xavi|gerardo|arturo|ramón|ramon|adolfo|evo|cristiano|\
    alessandro|carlo|claudio|daniele|davide|emanuele|fabio|federico|filippo|gianluca|gianluigi|\
    giorgio|gianni|luca|massimo|maurizio|michele|nicola|pietro|riccardo|salvatore|simone|\
    stefano|valentino|vittorio|alessandra|chiara|federica|francesca|giulia|paola|valentina|\
    beppe|joachim|jochen|hermann|manfred|matthias|norbert|rainer|reinhard|rüdiger|sigmar|\
    ulrich|volker|wilhelm|franz|fritz|gerd|günther|guido|heiko|henning|holger|jens|jörg|lothar|\
    lukas|niklas|philipp|ralf|sven|thorsten|angelika|birgit|christa|elke|gabriele|gisela|\
    katrin|kerstin|manuela|renate|silke|susanne|franziska|johanna|katharina|lena|marlene|erik|\
    henrik|johan|pieter|ruud|arjen|björn|bjorn|anders|magnus|nils|astrid|karin|annika|mette|\
    sören|soren|anatoly|anton|arkady|artem|evgeny|yevgeny|fyodor|gennady|grigory|konstantin|\
    leonid|maxim|nikita|pavel|ruslan|stanislav|valery|valentin|vasily|vyacheslav|yaroslav|\
    daria|ekaterina|yekaterina|galina|ksenia|lyudmila|nadezhda|yelena|zoya|kostas|giorgos|\
    yannis|nikos|dimitris|petr|jiri|jaroslav|lech|aleksander|andrzej|krzysztof|marek|piotr|\
    tomasz|wojciech|zbigniew|slobodan|goran|dragan|zoran|ivica|jelena|marija|milos|janos|\
    laszlo|gyorgy|ferenc|vaclav|ahmet|mehmet|mustafa|kemal|tayyip|abdel|abdul|ayman|faisal|\
    hamid|hamza|hosni|karim|moamer|muammar|nabil|nasser|rashid|saad|saddam|salman|samir|tariq|\
    walid|yasser|youssef|yusuf|akbar|reza|hossein|amit|anil|arun|ashok|atal|deepak|gautam|\
    manmohan|mukesh|rahul|rajiv|ratan|sachin|sanjay|sunil|vijay|vikram|arvind|priyanka|indira|\
    mamata|nitish|pranab|sourav|aamir|kofi|thabo|kwame|olusegun|muhammadu|haile|\
    abebe|yaya|kolo|jomo|uhuru|raila|yoweri|wangari|meles|junichiro|yoshihiko|\
    naoto|taro|yukio|hideki|ichiro|kenji|takeshi
    """

  /// Verbs of speech: a name right before or after one is a person.
  static let speechVerbs = """
    said|says|told|added|noted|stressed|explained|argued|warned|asked|insisted|claimed|\
    announced|recalled|wrote|tweeted|declared|replied|admitted|acknowledged|believes|thinks|\
    sagte|sagt|erklärte|betonte|meinte|fügte|warnte|schrieb|\
    a déclaré|déclare|affirme|explique|souligne|estime|ajoute|dit|\
    dijo|afirmó|explicó|declaró|señaló|aseguró|añadió|disse|afirmou|explicou|declarou|\
    ha detto|dichiarato|ha dichiarato|ha spiegato|\
    сказал|сказала|заявил|заявила|отметил|отметила|подчеркнул|добавил|сообщил
    """

  /// Prepositions that introduce a place (`in Geneva`, `nach Berlin`, `à Paris`).
  static let placePrepositions = """
    in|at|to|from|near|across|outside|inside|throughout|nach|aus|bei|à|au|en|vers|a|de|em|no|\
    na|para|desde|hacia|da|di|в|во|из|под
    """

  /// News agencies credited in bylines and datelines (`(AP)`): a credit, never a topic.
  static let newsAgencies = """
    ap|afp|reuters|upi|dpa|apa|xinhua|ansa|efe|lusa|interfax|tass|itar-tass|ria|kyodo|yonhap|\
    anp|belga|pap|ctk|mta|sda|ats|epa|getty|ips|pti|ians
    """

  /// Adjectives of nationality: capitalised in English, never a topic on their own.
  static let demonyms = """
    american|russian|british|english|french|german|chinese|japanese|korean|indian|pakistani|\
    afghan|iranian|iraqi|syrian|israeli|palestinian|egyptian|libyan|saudi|turkish|greek|\
    italian|spanish|portuguese|dutch|belgian|swiss|austrian|polish|czech|hungarian|romanian|\
    bulgarian|serbian|croatian|ukrainian|belarusian|georgian|armenian|swedish|norwegian|danish|\
    finnish|irish|scottish|welsh|canadian|mexican|brazilian|argentine|argentinian|chilean|\
    colombian|venezuelan|cuban|australian|african|european|asian|arab|muslim|christian|jewish|\
    catholic|western|eastern|soviet|somali|nigerian|kenyan|ethiopian|sudanese|yemeni|lebanese|\
    jordanian|qatari|emirati|kurdish|taiwanese|vietnamese|thai|indonesian|filipino|malaysian|\
    republican|republicans|democrat|democrats|democratic|conservative|liberal|labour|\
    americans|russians|germans|chinese|palestinians|israelis|europeans|africans|arabs|muslims
    """

  /// Words that say what is talked about (`will discuss`, `on the agenda`, `other topics`): the
  /// things named in the same sentence are what the story is about.
  static let topicCues = """
    discuss|discussed|discusses|discussing|discussion|discussions|agenda|topic|topics|\
    question|questions|issue|issues|\
    diskutieren|diskutiert|besprechen|besprochen|tagesordnung|thema|themen|\
    discuter|discuté|discutera|discuteront|discussion|sujet|sujets|thème|thèmes|\
    discutir|discutido|discutirá|discutirán|agenda|tema|temas|\
    discutere|discusso|discuteranno|argomento|argomenti|\
    debater|discutidos|pauta|\
    обсуждать|обсудить|обсудят|обсуждение|повестка|тема|темы
    """

  /// Articles, possessives and prepositions: the words that open a noun phrase (`on strategic
  /// stability`, `the oil market`), unlike the subject or auxiliary before a verb.
  static let introducers = """
    the|a|an|this|that|these|those|his|her|its|their|our|my|your|of|on|in|at|for|with|from|by|\
    to|against|about|over|into|under|between|among|across|through|during|without|within|\
    le|la|les|un|une|des|du|de|au|aux|ce|cette|ces|son|sa|ses|leur|leurs|notre|nos|sur|dans|\
    pour|avec|par|contre|entre|sans|sous|vers|\
    o|a|os|as|um|uma|uns|umas|do|da|dos|das|no|na|nos|nas|ao|aos|pelo|pela|pelos|pelas|em|\
    com|para|por|sobre|entre|contra|sem|seu|sua|seus|suas|este|esta|esse|essa|\
    el|los|las|una|unos|unas|del|al|en|con|sin|sobre|hacia|desde|\
    der|die|das|den|dem|des|ein|eine|einen|einem|einer|im|am|zum|zur|mit|von|für|gegen|über|\
    il|lo|gli|i|uno|della|dello|dei|degli|delle|nel|nella|nei|sul|sulla|con|per|tra|fra
    """

  /// Names of one organisation, one group a line, the group's key first (`NATO` is the `North
  /// Atlantic Alliance`), where the initials do not tell (see ``GazetteerData/aliases``).
  static let organisationAliases = """
    nato|north atlantic treaty organization|north atlantic treaty organisation|\
    north atlantic alliance|otan|нато
    united nations|un|u.n.|onu|uno|оон
    european union|eu|e.u.|ue|евросоюз
    international monetary fund|imf|fmi|iwf|мвф
    world health organization|world health organisation|who|oms|воз
    world trade organization|world trade organisation|wto|omc|вто
    european central bank|ecb|bce|ezb|ецб
    federal bureau of investigation|fbi
    central intelligence agency|cia
    organization of the petroleum exporting countries|opec|опек
    british broadcasting corporation|bbc
    conservative party|conservative|tory|tory party
    labour party|labour
    liberal democrats|liberal democrat|lib dem|lib dems|liberal democrat party
    democratic party|democrat
    republican party|republican
    """

  /// Nouns that name an event when they end a name (`General Election`, `World Cup`, `Athens
  /// Games`, `Merry Christmas`): the name is neither a person nor an organisation, whatever
  /// title opens it (`Father Christmas`).
  static let eventNouns = """
    election|elections|by-election|referendum|cup|games|olympics|olympiad|championship|\
    championships|tournament|trophy|open|masters|grand prix|marathon|festival|award|awards|prize|\
    prizes|summit|expo|show|series|wahl|wahlen|meisterschaft|spiele|élection|élections|\
    christmas|easter|halloween|thanksgiving|ramadan|hanukkah|diwali|weihnachten|ostern|noël|\
    coupe|jeux|championnat|elección|elecciones|copa|juegos|campeonato|eleição|eleições|\
    taça|jogos|elezioni|coppa|giochi|campionato|выборы|кубок|чемпионат|олимпиада
    """

  /// German and Dutch articles that join a name only after `von` or `van` (`von der Leyen`).
  static let secondConnectors: Set<String> = ["der", "den", "de", "ter", "la", "le"]

  /// Lowercase words that may join two capitalised words inside one name (`&` between spaces
  /// is read as a word of its own for this: `Procter & Gamble`).
  static let connectors = """
    of|for|de|del|della|di|da|do|dos|das|du|des|la|le|van|von|al|el|bin|ibn|zu|the|&
    """
}
