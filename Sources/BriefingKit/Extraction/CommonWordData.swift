/// Frequent general-purpose English words: common verbs, adjectives, adverbs and vague nouns.
///
/// They are not stopwords (a story can be about a `market`), but they are rarely what a story
/// is about, so key phrases made of them alone are scored down. Written for this project from
/// general knowledge of English word frequency.
enum CommonWordData {
  static let english = """
    called call calls calling found find finds finding look looks looked looking put puts \
    putting give gives gave given giving keep keeps kept keeping start started starts starting \
    began begin begins beginning show shows showed shown showing help helps helped helping \
    need needs needed try tries tried trying work worked working works set sets run runs ran \
    running bring brings brought move moves moved moving turn turns turned turning leave left \
    leaves leaving hold holds held holding seem seems seemed become felt feel feels believe \
    believed expected expect expects allow allowed include included provide provided continue \
    continued continues remain remained remains appear appeared lead led leads reported report \
    reports received receive based according announced released published created taken \
    taking making getting saw seeing seen went told tell able early earlier late later latest \
    long longer past recent recently current currently right high higher highest low lower far \
    better best good great big large small little huge full whole real actually especially \
    really simply probably certainly clearly likely possible available important major main \
    general local public final top ahead away forward back close due enough least whether \
    area areas place places point points number numbers end ends side sides case cases course \
    fact facts kind kinds matter matters order line lines term terms level levels way ways \
    thing things lot lots part parts group groups number world life home night morning \
    evening afternoon today week weekend period half step issue issues question questions \
    problem problems information statement comment comments news data result results reason \
    reasons example member members person something nothing everything anything someone \
    everyone anyone others another other different same several various certain particular \
    following previous former next last first second third new old young situation \
    situations possibility possibilities reporters journalists appropriate format formats \
    date dates agreement agreements meeting meetings contact contacts conversation \
    conversations implementation continuation parameter parameters colleague colleagues topic \
    topics need needs addition account discussion discussions dialogue process processes \
    progress approach attempt attempts effort efforts decision decisions plan plans proposal \
    proposals idea ideas sort type types aspect aspects basis context detail details means \
    manner moment moments occasion opportunity opportunities option options position positions \
    prospect prospects purpose scope sense stage status subject subjects task tasks view views \
    opinion opinions concern concerns interest relation relations relationship connection \
    regard respect condition conditions circumstances event events development developments \
    measure measures action actions activity activities form forms amount total majority range \
    series couple pair piece bit time times day days month months year years hour hours \
    minute minutes discuss discussed discusses discussing communicate communicated \
    communicating agree agreed agreeing prepare prepared preparing exclude excluded achieve \
    achieved approve approved understand understood hope hoped know knew known think thought \
    want wanted rush added stressed noted recalled recalling described listed summed \
    specific upcoming joint leading tense urgent urgently corresponding convenient necessary \
    obvious further additional serious clear sure ready similar entire overall significant \
    considerable relevant respective actual potential difficult easy simple state states
    """
}
