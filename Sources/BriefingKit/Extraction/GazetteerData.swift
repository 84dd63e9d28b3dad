/// Place names the entity typer knows: countries (and former ones such as the Soviet Union),
/// capitals, major cities, regions and US states.
///
/// Names are separated by `|`, compared lowercased. Country names are given in English and, for
/// the most reported countries, in German, French, Spanish, Italian, Portuguese and Russian.
/// Written for this project from general knowledge.
enum GazetteerData {
  static let countries = """
    afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|\
    bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|\
    bosnia and herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|\
    cameroon|canada|cape verde|chad|chile|china|colombia|comoros|congo|costa rica|croatia|cuba|\
    cyprus|czech republic|czechia|denmark|djibouti|dominica|dominican republic|east timor|\
    ecuador|egypt|el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|\
    georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|\
    hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|\
    jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|\
    liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|\
    malta|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|\
    mozambique|myanmar|burma|namibia|nauru|nepal|netherlands|holland|new zealand|nicaragua|niger|\
    nigeria|north korea|north macedonia|macedonia|norway|oman|pakistan|palau|palestine|panama|\
    papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|\
    russian federation|rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|\
    sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa|south korea|\
    south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|\
    tanzania|thailand|timor-leste|togo|tonga|trinidad|tunisia|turkey|türkiye|turkmenistan|tuvalu|\
    uganda|ukraine|united arab emirates|uae|united kingdom|uk|u.k.|britain|great britain|england|\
    scotland|wales|northern ireland|united states|united states of america|usa|u.s.|u.s.a.|us|\
    america|uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|yemen|zambia|zimbabwe|\
    soviet union|ussr|yugoslavia|czechoslovakia|east germany|west germany|\
    deutschland|frankreich|russland|china|vereinigte staaten|großbritannien|italien|spanien|\
    österreich|schweiz|polen|türkei|griechenland|niederlande|belgien|schweden|norwegen|dänemark|\
    ungarn|tschechien|japan|indien|brasilien|ägypten|syrien|irak|iran|israel|afghanistan|\
    weißrussland|belarus|kanada|mexiko|nordkorea|südkorea|südafrika|europa|amerika|\
    argentinien|bolivien|kolumbien|kroatien|serbien|rumänien|bulgarien|slowakei|slowenien|\
    estland|lettland|litauen|finnland|irland|schottland|luxemburg|tunesien|marokko|algerien|\
    libyen|kenia|äthiopien|saudi-arabien|katar|jemen|jordanien|libanon|indonesien|australien|\
    neuseeland|kuba|albanien|mazedonien|bosnien|montenegro|moldau|georgien|armenien|\
    aserbaidschan|kasachstan|usbekistan|tschetschenien|sibirien|katalonien|\
    allemagne|angleterre|russie|chine|états-unis|etats-unis|royaume-uni|italie|espagne|autriche|\
    suisse|pologne|turquie|grèce|pays-bas|belgique|suède|norvège|danemark|hongrie|japon|inde|\
    brésil|égypte|syrie|irak|algérie|maroc|tunisie|libye|mexique|corée du nord|corée du sud|\
    afrique du sud|liban|irlande|chypre|côte d'ivoire|sénégal|haïti|canada|québec|\
    alemania|inglaterra|rusia|estados unidos|reino unido|italia|españa|francia|suiza|polonia|\
    turquía|grecia|países bajos|bélgica|suecia|noruega|japón|brasil|egipto|siria|méjico|méxico|\
    perú|germania|inghilterra|stati uniti|regno unito|francia|spagna|svizzera|grecia|giappone|\
    brasile|egitto|siria|alemanha|rússia|estados unidos|reino unido|itália|espanha|frança|suíça|\
    polónia|polônia|grécia|japão|egito|síria|índia|áfrica do sul|moçambique|cabo verde|\
    guiné|guiné-bissau|timor|são tomé|irlanda|holanda|bélgica|méxico|angola|\
    россия|украина|сша|китай|германия|франция|великобритания|англия|италия|испания|польша|\
    турция|япония|индия|сирия|иран|ирак|израиль|грузия|армения|азербайджан|казахстан|белоруссия|\
    беларусь|молдавия|молдова|литва|латвия|эстония|финляндия|швеция|норвегия|ливия|египет|\
    europe|asia|africa|north america|south america|latin america|middle east|central asia|\
    south asia|southeast asia|east asia|balkans|caribbean|scandinavia|arctic|antarctica|\
    crimea|donbas|donbass|kashmir|gaza|gaza strip|west bank|darfur|kurdistan|tibet|chechnya|\
    siberia|sahara|sahel|catalonia|catalunya|bavaria|bayern|quebec|flanders|wallonia|\
    europa|afrika|asien|afrique|asie|amérique|europe de l'est|áfrica|ásia|европа|азия|африка|\
    крым|донбасс|кавказ|caucasus|pacific|atlantic|mediterranean|baltic|gulf|persian gulf
    """

  static let cities = """
    kabul|tirana|algiers|luanda|buenos aires|yerevan|canberra|sydney|melbourne|vienna|wien|baku|\
    manama|dhaka|minsk|brussels|bruxelles|brüssel|sarajevo|brasilia|brasília|rio de janeiro|\
    são paulo|sao paulo|sofia|ottawa|toronto|montreal|montréal|vancouver|santiago|beijing|peking|\
    shanghai|hong kong|bogota|bogotá|zagreb|havana|nicosia|prague|prag|copenhagen|cairo|le caire|\
    tallinn|addis ababa|helsinki|paris|marseille|lyon|toulouse|nice|bordeaux|lille|strasbourg|\
    tbilisi|berlin|hamburg|munich|münchen|frankfurt|cologne|köln|stuttgart|düsseldorf|dresden|\
    leipzig|bonn|hannover|nürnberg|bremen|athens|athen|athènes|guatemala city|budapest|reykjavik|\
    new delhi|delhi|mumbai|bombay|kolkata|bangalore|chennai|jakarta|tehran|teheran|baghdad|\
    dublin|jerusalem|tel aviv|rome|rom|roma|milan|mailand|milano|naples|napoli|turin|torino|\
    florence|firenze|venice|venezia|genoa|tokyo|tokio|osaka|kyoto|amman|astana|nur-sultan|\
    almaty|nairobi|pristina|kuwait city|bishkek|riga|beirut|tripoli|benghazi|vilnius|\
    luxembourg|kuala lumpur|valletta|mexico city|chisinau|monaco|ulaanbaatar|podgorica|rabat|\
    casablanca|maputo|kathmandu|amsterdam|rotterdam|the hague|den haag|la haye|wellington|\
    auckland|managua|abuja|lagos|pyongyang|oslo|muscat|islamabad|karachi|lahore|panama city|\
    asuncion|lima|manila|warsaw|warschau|varsovie|krakow|lisbon|lisboa|lissabon|porto|doha|\
    bucharest|moscow|moskau|moscou|saint petersburg|st. petersburg|st petersburg|\
    sankt petersburg|kigali|riyadh|jeddah|mecca|dakar|belgrade|belgrad|singapore|bratislava|\
    ljubljana|mogadishu|pretoria|johannesburg|cape town|seoul|juba|madrid|barcelona|valencia|\
    seville|sevilla|colombo|khartoum|stockholm|bern|berne|geneva|genf|genève|ginevra|zurich|\
    zürich|basel|lausanne|damascus|aleppo|homs|idlib|taipei|dushanbe|dodoma|dar es salaam|\
    bangkok|tunis|ankara|istanbul|izmir|ashgabat|kampala|kyiv|kiev|kharkiv|kharkov|odessa|\
    odesa|lviv|mariupol|donetsk|luhansk|lugansk|sevastopol|abu dhabi|dubai|london|londres|\
    londra|manchester|birmingham|liverpool|glasgow|edinburgh|belfast|cardiff|oxford|cambridge|\
    washington|new york|new york city|los angeles|chicago|houston|phoenix|philadelphia|\
    san antonio|san diego|dallas|san jose|austin|san francisco|seattle|denver|boston|detroit|\
    nashville|portland|las vegas|baltimore|miami|atlanta|new orleans|minneapolis|cleveland|\
    pittsburgh|cincinnati|st. louis|kansas city|salt lake city|honolulu|anchorage|sacramento|\
    montevideo|tashkent|caracas|hanoi|ho chi minh city|saigon|sanaa|aden|lusaka|harare|\
    bamako|niamey|khartoum|tunis|accra|kinshasa|brazzaville|yaoundé|abidjan|dili|\
    gdansk|kaliningrad|vladivostok|novosibirsk|yekaterinburg|kazan|sochi|murmansk|grozny|\
    москва|москве|москвы|санкт-петербург|киев|киеве|минск|вашингтон|вашингтоне|лондон|париж|\
    берлин|женева|женеве|пекин|токио|стамбул|анкара|тегеран|дамаск|кабул|варшава|рига|вильнюс|\
    таллин|тбилиси|ереван|баку|астана|ташкент|севастополь|донецк|луганск|харьков|одесса|\
    coimbra|braga|faro|funchal|ovar|setúbal|aveiro|évora|luanda|bissau|praia|maputo|brasília|\
    marseille|cannes|rennes|nantes|montpellier|grenoble|genève|lausanne|bruxelles|anvers|\
    bilbao|zaragoza|málaga|palermo|bologna|bari|catania|trieste|verona|pisa|siena|\
    cape canaveral|silicon valley|wall street|hollywood|manhattan|brooklyn|bronx|queens|\
    guantanamo|fukushima|chernobyl|srebrenica|kandahar|helmand|mosul|basra|fallujah|raqqa|\
    ramallah|hebron|rafah|sderot|haifa|bethlehem|nazareth|alexandria|giza|luxor|benghazi
    """

  static let regions = """
    alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|\
    hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|\
    michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|\
    new mexico|new york state|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|\
    rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|\
    west virginia|wisconsin|wyoming|puerto rico|guam|ontario|british columbia|alberta|\
    va.|calif.|fla.|wash.|mass.|conn.|ill.|mich.|minn.|ariz.|colo.|ga.|md.|mo.|n.j.|n.y.|\
    ore.|pa.|tenn.|tex.|wis.|ky.|la.|ala.|okla.|nev.|d.c.|washington d.c.|\
    hesse|hessen|saxony|sachsen|brandenburg|thuringia|thüringen|niedersachsen|\
    burgenland|niederösterreich|oberösterreich|steiermark|kärnten|salzburg|vorarlberg|\
    nordrhein-westfalen|baden-württemberg|rheinland-pfalz|schleswig-holstein|tyrol|tirol|\
    normandy|normandie|brittany|bretagne|provence|alsace|corsica|corse|île-de-france|\
    andalusia|andalucía|galicia|basque country|país vasco|lombardy|lombardia|sicily|sicilia|\
    sardinia|sardegna|tuscany|toscana|algarve|alentejo|madeira|açores|azores|minho|\
    floride|californie|texas|virginie|bavière|sibérie|tchétchénie
    """

  /// Names of one place, one group a line, the group's key first: a story that says `UK`,
  /// `Britain` and `United Kingdom` names one place. Sports results name countries by their
  /// Olympic codes (`Hirscher (AUT)`), which join the countries' names.
  static let aliases = """
    united kingdom|uk|u.k.|gb|britain|great britain|royaume-uni|reino unido|vereinigte königreich
    united states|united states of america|usa|u.s.|u.s.a.|us|america|états-unis|etats-unis|\
    estados unidos|stati uniti|vereinigte staaten|сша
    russia|russian federation|russland|russie|rusia|rússia|россия|rus
    netherlands|holland|the netherlands|niederlande|pays-bas|países bajos|holanda|ned
    czech republic|czechia|tschechien|cze
    myanmar|burma
    ivory coast|côte d'ivoire
    united arab emirates|uae
    turkey|türkiye|türkei|turquie|turquía
    belarus|weißrussland|белоруссия|беларусь
    moldova|moldau|молдавия|молдова
    österreich|aut
    germany|deutschland|ger
    norway|norwegen|nor
    switzerland|schweiz|sui
    italy|italien|ita
    france|frankreich|fra
    sweden|schweden|swe
    slovenia|slowenien|slo
    slovakia|slowakei|svk
    spain|spanien|esp
    poland|polen|pol
    croatia|kroatien|cro
    hungary|ungarn|hun
    japan|jpn
    """
}
