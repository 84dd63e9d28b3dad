/// Well-known companies, broadcasters and international bodies that the entity typer names as
/// organisations whatever cue stands near them: `Google said` is a company speaking, not a
/// person, and `in Amazon` is no place.
///
/// Names are separated by `|`, compared lowercased, and chosen to be unambiguous in news text
/// (no surnames like `Ford`, no common words like `Shell`). Written for this project
/// from general knowledge.
enum OrganisationData {
  /// Technology, media and telecommunications companies.
  static let technology = """
    google|microsoft|apple|amazon|yahoo|ebay|ibm|intel|amd|nvidia|oracle|cisco|dell|\
    hewlett-packard|compaq|sony|nintendo|sega|nokia|samsung|motorola|ericsson|siemens|philips|\
    toshiba|panasonic|hitachi|fujitsu|lenovo|huawei|vodafone|o2|t-mobile|verizon|at&t|\
    deutsche telekom|telefonica|france telecom|bt|ntl|bskyb|aol|netscape|napster|kazaa|skype|\
    facebook|twitter|myspace|youtube|netflix|paypal|adobe|symantec|mcafee|sun microsystems|\
    realnetworks|macromedia|blackberry|palmone|xerox|kodak|canon|nikon|epson|electronic arts|\
    activision|ubisoft|take-two|eidos|vivendi|bertelsmann|emi|sony bmg|warner music|\
    time warner|news corporation|viacom|disney|pixar|dreamworks|mgm|paramount|itv|channel 4|\
    mtv|cnn|nbc|cbs|abc|bbc|reuters|bloomberg|ofcom|icann|iana
    """

  /// Banks, carmakers, airlines, energy, retail and other companies.
  static let business = """
    hsbc|barclays|lloyds tsb|natwest|rbs|hbos|abbey|citigroup|citibank|goldman sachs|\
    morgan stanley|merrill lynch|jp morgan|deutsche bank|ubs|credit suisse|bnp paribas|\
    societe generale|santander|ing|axa|allianz|aviva|prudential|lloyd's|\
    toyota|honda|nissan|mitsubishi|volkswagen|bmw|daimlerchrysler|renault|peugeot|citroen|fiat|\
    general motors|gm|rover|mg rover|jaguar|porsche|volvo|saab|hyundai|kia|\
    boeing|airbus|eads|bae systems|rolls-royce|ryanair|easyjet|lufthansa|qantas|klm|\
    air france|aer lingus|\
    bp|exxonmobil|exxon|chevron|texaco|gazprom|yukos|rosneft|lukoil|opec|enron|\
    worldcom|parmalat|tesco|sainsbury's|asda|wal-mart|walmart|morrisons|safeway|marks & spencer|\
    woolworths|boots|ikea|mcdonald's|coca-cola|pepsi|pepsico|nestle|unilever|procter & gamble|\
    gartner|sophos|orange|\
    nike|adidas|reebok|pfizer|glaxosmithkline|glaxo|astrazeneca|merck|novartis|roche|\
    bayer|monsanto|kpmg|pricewaterhousecoopers|deloitte|ernst & young|accenture|ask jeeves|\
    turkcell
    """

  /// Governments' bodies, international organisations, charities and sports bodies.
  static let bodies = """
    nato|otan|un|u.n.|united nations|eu|e.u.|european union|imf|world bank|wto|who|unesco|\
    unicef|unhcr|interpol|europol|fbi|cia|nsa|mi5|mi6|gchq|nasa|esa|fda|sec|ftc|fsa|oecd|\
    greenpeace|oxfam|amnesty international|red cross|red crescent|human rights watch|\
    medecins sans frontieres|save the children|fifa|uefa|iaaf|ioc|icc|wada|fa|rfu|wru|sru|\
    atp|wta|pga|nhs|cbi|tuc|ukip|hamas|hezbollah|al-qaeda|taleban|taliban|sinn fein|ira|\
    labour|labour party|tory|tories|conservatives|conservative party|liberal democrats|\
    lib dems|democrats|republicans|treasury|kremlin|pentagon|arsenal|chelsea|celtic|rangers|everton|tottenham|ecb|\
    bundesbank|federal reserve|bank of england|\
    real madrid|manchester united|manchester city|aston villa|west ham|tottenham hotspur|\
    newcastle united|leeds united|blackburn rovers|bolton wanderers|crystal palace|ac milan|\
    inter milan|bayern munich|borussia dortmund|atletico madrid|paris st germain|\
    paris saint-germain|deportivo la coruna
    """

  /// Products and services that the news names like companies (`Sony said the PSP …`): things,
  /// typed `other` whatever cue stands near them. One-word items join the common acronyms'
  /// class (``CueData/commonAcronyms``); names of several words are looked up whole.
  static let products = """
    psp|ds|nintendo ds|playstation|playstation 2|playstation portable|xbox|xbox 360|gamecube|\
    game boy|gameboy|n-gage|ipod|ipods|ipod mini|ipod shuffle|itunes|imac|mac mini|walkman|\
    windows|windows xp|windows vista|internet explorer|firefox|linux|blu-ray|hd-dvd|hd dvd|\
    google earth|google desktop|msn messenger|hotmail|gmail|wikipedia|freeview|tivo|skype
    """

  /// Competitions, shows and fairs that the news names like bodies (`the Champions League`):
  /// events, typed `other`. One-word items join the event nouns' class
  /// (``CueData/eventNouns``); names of several words are looked up whole.
  static let events = """
    champions league|europa league|uefa cup|six nations|tri-nations|tour de france|\
    super bowl|grand national|ryder cup|davis cup|live aid|live 8|eurovision song contest|\
    eurovision|oscars|grammys|baftas|golden globes|cebit|glastonbury|commonwealth games|\
    world series|fa cup|carling cup|heineken cup|premiership final|bundesliga-finale|\
    champions-league|europa-league|ligue des champions|liga de campeones|\
    champions hockey league|mobile world congress|consumer electronics show|e3
    """
}
