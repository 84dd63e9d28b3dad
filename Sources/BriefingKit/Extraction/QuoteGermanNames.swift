/// Given names common in German-language news, with the gender they nearly always have: they
/// tell a person's name from the role before it (`Kämmerer Jürgen Albers`), a person from a
/// noun phrase (`Lage Deutschlands`), and `er` from `sie`. English names come from
/// ``QuoteFirstNames``; names used for both genders, or that are also German nouns (`Ernst`,
/// `Heide`, `Kai`), are left out.
enum QuoteGermanNames {
  /// The gender a given name's hash stands for, or nil for a word that is no given name.
  static func gender(_ hash: UInt64) -> QuoteGenders.Gender? {
    switch table.value(hash) {
    case 1: .male
    case 2: .female
    default: nil
    }
  }

  /// True when the word hash is a given name of either gender.
  static func isGivenName(_ hash: UInt64) -> Bool { table.value(hash) != 0 }

  private static let table: QuoteWordTable = {
    let male = QuoteFirstNames.male + men
    let female = QuoteFirstNames.female + women
    var table = QuoteWordTable(count: male.count + female.count)
    for name in male { table.insert(QuoteToken.hash(of: name), 1) }
    for name in female where table.value(QuoteToken.hash(of: name)) == 0 {
      table.insert(QuoteToken.hash(of: name), 2)
    }
    return table
  }()

  private static let men: [String] = [
    "achim", "adrian", "alexej", "alois", "andreas", "andrej", "anton", "armin", "arnd", "arno",
    "axel", "bastian", "benedikt", "bernd", "bernhard", "berthold", "björn", "bodo", "burkhard",
    "christian", "christoph", "claus", "clemens", "cem", "constantin", "dieter", "dietmar",
    "dietrich", "dirk", "dominik", "eberhard", "eckhard", "edmund", "egon", "elmar", "emil",
    "erich", "erik", "erwin", "eugen", "fabian", "falk", "felix", "ferdinand", "florian",
    "franz", "friedrich", "fritz", "georg", "gerd", "gerhard", "gernot", "gert", "gottfried",
    "gregor", "gunnar", "günter", "günther", "guido", "gustav", "hannes", "hanns", "hans",
    "harald", "hartmut", "heiko", "heiner", "heinrich", "heinz", "helge", "helmut", "herbert",
    "hermann", "holger", "horst", "hubert", "hubertus", "igor", "ingo", "jakob", "jan", "jens",
    "joachim", "jochen", "johann", "johannes", "jonas", "jörg", "josef", "joschka", "julian",
    "jürgen", "karl", "karl-heinz", "karsten", "carsten", "søren", "kaspar", "kevin", "klaus",
    "knut", "konrad",
    "kurt", "lars", "leon", "leonhard", "lothar", "lukas", "lutz", "manfred", "marcel",
    "marco", "marcus", "markus", "mathias", "matthias", "max", "maximilian", "michail",
    "moritz", "nikolai", "nikolaus", "niklas", "norbert", "olaf", "ole", "oliver", "oskar",
    "otto", "patrick", "philipp", "rainer", "ralf", "reiner", "reinhard", "reinhold",
    "rolf", "roland", "rudolf", "rüdiger", "sebastian", "siegfried", "sigmar", "simon",
    "stefan", "steffen", "sven", "theo", "thilo", "thorsten", "till", "tobias", "torsten",
    "udo", "ulf", "ulrich", "uwe", "valentin", "viktor", "volker", "waldemar", "werner",
    "wilfried", "wilhelm", "willi", "willy", "winfried", "wladimir", "wolfgang",
    "ahmed", "ali", "mehmet", "mustafa", "hassan", "hussein", "mohammed", "muhammad", "omar",
    "recep", "emmanuel", "françois", "jacques", "jean", "nicolas", "pierre", "giuseppe",
    "silvio", "matteo", "pedro", "miguel", "pablo", "lech", "jaroslaw", "donald", "viktor",
    "dmitri", "dmitrij", "jewgeni", "sergej", "wiktor", "alexis", "kostas", "yannis",
    // Austrian, Swiss and south-east European names common in Austrian news.
    "ägidius", "bruno", "christof", "elias", "emanuel", "engelbert", "erhard", "ewald",
    "franz-josef", "gerold", "hans-peter", "hans-jörg", "heinz-christian", "helmuth", "herwig",
    "ignaz", "julius", "kilian", "konstantin", "leopold", "lorenz", "ludwig", "manuel", "mario",
    "matthäus", "othmar", "ottokar", "raimund", "rupert", "sepp", "stephan", "vinzenz", "wendelin",
    "wolfram", "jewgenij", "friedhelm", "heribert", "karlheinz", "klaus-peter", "hans-dietrich",
    "hans-jürgen", "hans-werner", "hans-georg", "franz-joseph", "ernst-ulrich", "gebhard", "gerwin",
    "gerfried", "helfried", "herfried", "josip", "zoran", "goran", "dragan", "ivica", "luca",
    "francesco", "alessandro", "massimo", "mariano", "nikola", "aleksandar", "ahmet", "kemal",
    "ahmad", "tarek", "karim", "youssef",
  ]

  private static let women: [String] = [
    "agnes", "anja", "anke", "annalena", "annegret", "annette", "antje", "astrid", "barbara",
    "beate", "bettina", "birgit", "brigitte", "carola", "charlotte", "christa", "christiane",
    "claudia", "cornelia", "dagmar", "daniela", "doris", "dorothea", "edith", "elke", "elfriede",
    "elisabeth", "elsa", "erika", "franziska", "frauke", "friederike", "gabriele", "gabriela",
    "gerda", "gertrud", "gesine", "gisela", "gudrun", "hanna", "hannelore", "hedwig", "heike",
    "helga", "hildegard", "ilse", "ina", "ines", "inge", "ingrid", "irmgard", "jana", "johanna",
    "julia", "jutta", "karin", "katarina", "katharina", "katja", "katrin", "kerstin", "kirsten",
    "klara",
    "kristina", "lena", "lisa", "luise", "manuela", "mareike", "margarete", "margot", "marianne",
    "marina", "marion", "marlene", "martina", "meike", "monika", "nadine", "nadja", "natascha",
    "nicole", "nina", "petra", "regina", "renate", "rita", "ronja", "rosemarie", "sabine",
    "sahra", "sandra", "saskia", "silke", "silvia", "simone", "sonja", "stefanie", "susanne",
    "svenja", "swantje", "tanja", "ulla", "ulrike", "ursula", "ute", "vanessa", "verena",
    "veronika", "waltraud", "wiebke", "yvonne", "ségolène", "christine", "angela",
    "aylin", "fatma", "leyla", "olga", "swetlana", "tatjana", "irina", "natalia", "beata",
    "magdalena", "malgorzata", "giorgia", "francesca", "carmen", "isabel", "dilma", "cristina",
    // Austrian and Swiss names common in Austrian news.
    "angelika", "alexandra", "annemarie", "bianca", "eva", "evelyn", "gabi", "gerlinde", "gertraud",
    "helene", "herta", "hertha", "ilona", "isabella", "jasmin", "karoline", "kathrin", "lea",
    "lydia", "margit", "margret", "melanie", "michaela", "miriam", "nora", "pia", "sabina",
    "sibylle", "sigrid", "sophia", "theresia", "vera", "viktoria", "eva-maria", "maria-theresia",
    "ingeborg", "juliane", "marlies", "renée", "hilde", "elfi", "romana", "beatrix", "roswitha",
    "christl", "maria-luise",
  ]
}
