/// Stopword lists, one space-separated string per language, written for this project.
///
/// Besides function words they hold the words that are never a topic of a news story on their
/// own: reporting verbs (`said`), weekdays and months, and vague nouns (`thing`, `way`).
enum StopwordData {
  /// Lists by ISO 639-1 code: en, de, fr, ru, es, it, pt.
  static let lists: [(language: String, words: String)] = [
    ("en", english), ("de", german), ("fr", french), ("ru", russian), ("es", spanish),
    ("it", italian), ("pt", portuguese),
  ]

  static let english = """
    a about above across after afterwards again against ago all almost alone along already also \
    although always am among amongst an and another any anybody anyone anything anyway anywhere \
    are around as at back be became because become becomes been before beforehand behind being \
    below beside besides between beyond both but by can cannot could despite did do does doing \
    done down \
    during each either else elsewhere enough even ever every everybody everyone everything \
    everywhere except few for former formerly from further had has have having he her here hers \
    herself him himself his how however i if in indeed instead into is it its itself just last \
    latter least less like likely many may me meanwhile might mine more moreover most mostly much \
    must my myself namely neither never nevertheless next no nobody none nor not nothing now \
    nowhere of off often on once one only onto or other others otherwise our ours ourselves out \
    over own per perhaps please quite rather really same several she should since so some \
    somebody someone something sometimes somewhat somewhere still such than that the their theirs \
    them themselves then there thereafter thereby therefore these they this those though through \
    throughout thus to together too toward towards under unless until up upon us very via was we \
    well were what whatever when whenever where whereas wherever whether which while who whoever \
    whole whom whose why will with within without would yet you your yours yourself yourselves \
    i'm i've i'd i'll you're you've you'd you'll he's she's it's we're we've we'd we'll they're \
    they've they'd they'll that's there's here's what's who's let's isn't aren't wasn't weren't \
    hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't couldn't \
    mustn't mr mrs ms dr st say says said saying told tell tells asked added noted according \
    get gets got make makes made take takes took go goes going went come comes came see seen \
    know known think want wants use used using lot lots thing things way ways yes ok also \
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight \
    january february march april june july august september october november december \
    mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec \
    first second third new old big little many much good great including include includes \
    among amid around almost nearly just around being one two three four five six seven eight \
    nine ten hundred thousand million billion percent per cent year years time times day days \
    week weeks month months people man men woman women part able \
    quot amp apos lt gt nbsp lsquo rsquo ldquo rdquo laquo raquo mdash ndash hellip www http \
    https html com org net
    """

  static let german = """
    aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes \
    auch auf aus bei beim bin bis bist da dabei dadurch dafür dagegen daher damit dann darauf \
    darin darum das dass daß dazu dein deine dem den denen denn der deren des deshalb dessen die \
    dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines \
    einig einige einigen einiger er es etwa etwas euch euer für gegen gewesen hab habe haben hat \
    hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem \
    ins ist jede jedem jeden jeder jedes jedoch jene jenem jenen jener jenes jetzt kann kein \
    keine keinem keinen keiner können könnte machen man manche mehr mein meine mit muss musste \
    nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem seinen seiner seit \
    sich sie sind so solche soll sollte sondern sowie über um und uns unser unsere unter viel \
    vom von vor wann war waren warum was weil weiter welche welchem welchen welcher welches wenn \
    wer werde werden wie wieder will wir wird wirst wo wurde wurden zu zum zur zwar zwischen \
    sagte sagt sagten erklärte betonte laut bereits sowie rund etwa heute gestern morgen \
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai \
    juni juli august september oktober november dezember jahr jahre jahren prozent uhr mal \
    neue neuen neuer ersten erste zwei drei vier fünf sechs sieben acht neun zehn millionen \
    milliarden geht gibt ging gab worden wäre wären hätte hätten kam kommt gut mehrere denn \
    danach dann zudem außerdem damals bisher inzwischen trotzdem allerdings zunächst \
    schließlich später bereits immer nie oft gerade sogar eben wohl ja nein doch also \
    viele vielen vieler wenige wenigen beide beiden beider solchen solcher sodass obwohl \
    während wegen trotz ab nachdem bevor seitdem sobald ebenfalls ebenso nämlich kaum fast \
    ganz bislang derzeit weiterhin künftig erneut offenbar insgesamt einmal \
    menschen verfügung hinblick rahmen angaben bezug weise teil ende anfang mitte
    """

  static let french = """
    a à afin ai aie ainsi alors au aucun aucune aujourd aupres auprès aussi autre autres aux \
    avaient avais avait avant avec avoir ayant c ça car ce ceci cela celle celles celui cependant \
    ces cet cette ceux chacun chaque chez ci comme comment contre d dans de depuis des dès deux \
    doit donc dont du elle elles en encore entre es est et étaient était été être eu eux fait \
    faire fois font hors il ils j je jusqu l la là le les leur leurs lors lorsqu lorsque lui m ma \
    mais me même mêmes mes moi moins mon n ne ni non nos notre nous on ont or ou où par parce \
    pas peu peut peuvent plus plusieurs pour pourquoi près puis qu quand que quel quelle quelles \
    quels qui quoi s sa sans se selon ses si sien soit son sont sous sur t ta te tel telle tes \
    toi ton tous tout toute toutes très tu un une vers via vos votre vous y déclaré a-t-il \
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin \
    juillet août septembre octobre novembre décembre an ans année années jour jours heure heures \
    trois quatre cinq six sept huit neuf dix cent mille millions milliards premier première \
    ainsi alors aussi déjà cours après avant lors selon environ notamment également dernier \
    dernière derniers dernières était ont sera seront serait pourrait doit devrait selon \
    d'un d'une qu'il qu'elle n'est c'est cet cette ceux celle
    """

  static let russian = """
    а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже \
    для до его ее её ей ему если есть еще ещё же за здесь и из или им их к как ко когда кто ли \
    либо мне может мы на над надо наш не него нее неё нет ни них но ну о об однако он она они \
    оно от очень по под при с со так также такой там те тем то того тоже той только том ты у уже \
    хотя чего чей чем что чтобы чье чья эта эти это этого этой этом этот я который которая \
    которые которых которой котором будет будут был были сказал сказала заявил заявила отметил \
    сообщил год года году лет также всё между после перед через свой своей своих себя сам сама \
    понедельник вторник среда четверг пятница суббота воскресенье января февраля марта апреля \
    мая июня июля августа сентября октября ноября декабря один два три нас нам них ним \
    потому поэтому тогда теперь сейчас снова уж вот ведь где куда откуда почему зачем чтоб \
    быть буду будем будешь была было были есть нету можно нужно нельзя всегда никогда тут там
    """

  static let spanish = """
    a al algo algunas algunos ante antes aquel aquella aquellas aquellos aquí así aun aunque \
    cada casi como con contra cual cuales cuando cuanto de del desde donde dos durante e el él \
    ella ellas ellos en entre era eran es esa esas ese eso esos esta está están estas este esto \
    estos fue fueron gran ha había habían han hasta hay la las le les lo los más me mi mientras \
    mis mucho muy nada ni no nos nosotros o os otra otras otro otros para pero poco por porque \
    pues que qué quien quienes se sea ser si sí sido sin sobre su sus también tan tanto te tiene \
    tienen todo todos tras tu tus un una unas uno unos usted y ya dijo afirmó según además hoy \
    ayer lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo \
    junio julio agosto septiembre octubre noviembre diciembre año años día días tres cuatro cinco \
    millones ser será serán puede pueden hacer hace hizo después tiene ese esa son soy eres \
    somos estoy estás estamos estén esté estaba estaban sean fui fuimos habrá hubo otro vez \
    muy bien mal sólo solo siempre nunca donde dónde cómo
    """

  static let italian = """
    a ad agli ai al alla alle allo anche ancora avere aveva avevano c che chi ci come con cosa \
    cui da dal dalla dalle dai degli dei del della delle dello di dopo dove e è ed era erano \
    essere fa fino fra gli ha hanno i il in invece io la le lei li lo loro lui ma mentre mi molto \
    ne negli nei nel nella nelle nello noi non nostro o ogni oppure per perché più poi possono \
    può quale quali quando quanto quella quelle quelli quello questa queste questi questo se sei \
    sia siamo sono stata stati stato su sua sue sui sul sulla suo suoi tra tutti tutto un una \
    uno vi voi detto ha dichiarato secondo oggi ieri lunedì martedì mercoledì giovedì venerdì \
    sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre \
    novembre dicembre anno anni giorno giorni tre quattro cinque milioni stesso già sempre solo \
    l un' dell dall nell sull all si sì ho hai abbiamo avete sarà saranno sarebbe fosse \
    fu furono siete sta stanno stava così qui qua là lì nuovo nuova molto poco perché
    """

  static let portuguese = """
    a à ao aos as às até com como da das de dela dele deles do dos e é ela elas ele eles em \
    entre era eram essa essas esse esses esta está estão estas este estes eu foi foram há isso \
    isto já lhe lhes mais mas me mesmo meu minha muito na nas não nem no nos nós o os ou para \
    pela pelas pelo pelos por porque qual quando que quem se sem ser seu seus sua suas também \
    te tem têm ter todo todos tu um uma umas uns vai vão você disse afirmou segundo hoje ontem \
    segunda terça quarta quinta sexta sábado domingo janeiro fevereiro março abril maio junho \
    julho agosto setembro outubro novembro dezembro ano anos dia dias três quatro cinco milhões \
    aqui aí ali agora ainda assim depois sobre onde pode podem fazer feito portanto precisamente \
    aliás então estava estavam sido tinha tinham seja num numa desta deste nesta neste dessa \
    desse nessa nesse pois lá bem boa tarde sim ou seja algumas alguns outra outro outras outros \
    são sou somos estou estamos forem for fosse fossem será serão seria foi fomos tem temos \
    tenho vez vezes muito pouco sempre nunca também porquê
    """
}
