/// Given names that nearly always belong to one gender, for `she said` after `Hillary Clinton`
/// when the text itself gives no pronoun. Lower case; names used for both genders are left out.
enum QuoteFirstNames {
  /// Names of men.
  static let male: [String] = [
    "aaron", "adam", "alan", "albert", "alexander", "alfred", "andrew", "angus", "anthony",
    "antonio", "arthur", "barack", "barney", "ben", "benjamin", "bernard", "bernie", "bill",
    "bob", "bobby", "boris", "brad", "bradley", "brian", "bruce", "carl", "carlos", "charles",
    "chris", "christopher", "chuck", "colin", "craig", "dale", "dan", "daniel", "darrell", "dave",
    "david", "dennis", "dick", "don", "donald", "doug", "douglas", "ed", "eddie", "edward",
    "eric", "ernest", "evan", "felipe", "francis", "frank", "fred", "gary", "george", "gerald",
    "gordon", "greg", "gregory", "harold", "harry", "henry", "howard", "hugh", "ian", "jack",
    "jacob", "james", "jason", "jeb", "jeff", "jeffrey", "jerry", "jim", "jimmy", "joe", "joel",
    "john", "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "josh", "joshua", "juan",
    "keith", "ken", "kenneth", "kevin", "larry", "lawrence", "lindsey", "luis", "marco",
    "mark", "martin", "matt", "matthew", "michael", "mike", "mitch", "mitt", "nathan", "neil",
    "newt", "nick", "nicholas", "paul", "pete", "peter", "philip", "phil", "ralph", "rand",
    "randy", "raymond", "reince", "richard", "rick", "rob", "robert", "roger", "ron", "ronald",
    "roy", "rudy", "russell", "ryan", "sam", "samuel", "scott", "sean", "sergei", "sergey",
    "stephen", "steve", "steven", "ted", "terry", "thomas", "tim", "timothy", "todd", "tom",
    "tony", "vladimir", "walter", "wayne", "william", "willie", "xi",
    // Beyond the US: names common in world news.
    "abdullah", "ahmed", "alejandro", "andreas", "diego", "dmitry", "emeka", "emmanuel",
    "fernando", "francois", "giovanni", "hans", "hassan", "ibrahim", "idris", "igor", "ivan",
    "jacques", "klaus", "kwame", "miguel", "mohamed", "mohammed", "muhammad", "narendra",
    "nicolas", "olusegun", "omar", "pablo", "pierre", "rahul", "rajesh", "recep", "stefan",
    "yusuf",
  ]

  /// Names of women.
  static let female: [String] = [
    "abigail", "alice", "alicia", "alison", "amanda", "amy", "ana", "andrea", "angela", "ann",
    "anna", "anne", "barbara", "betty", "beverly", "brenda", "carly", "carol", "caroline",
    "catherine", "cheryl", "christina", "christine", "cindy", "claire", "claudia", "cynthia",
    "debbie", "deborah", "debra", "diana", "diane", "donna", "dorothy", "elaine", "elena",
    "elizabeth", "ellen", "emily", "emma", "gloria", "hannah", "heather", "heidi", "helen",
    "hillary", "hope", "huma", "irene", "ivanka", "jane", "janet", "jennifer", "jessica",
    "jill", "joan", "joanne", "joy", "joyce", "judith", "judy", "julia", "julie", "karen",
    "katherine", "kathleen", "kathy", "katie", "kelly", "kellyanne", "kim", "kimberly", "laura",
    "lauren", "linda", "lisa", "loretta", "lori", "lynn", "madeleine", "maggie", "margaret",
    "maria", "marie", "marilyn", "martha", "mary", "megan", "megyn", "melania", "melissa",
    "michelle", "monica", "nancy", "natalie", "nicole", "nikki", "olivia", "pamela", "patricia",
    "paula", "rachel", "rebecca", "rosa", "ruth", "sally", "samantha", "sandra", "sara",
    "sarah", "sharon", "shirley", "sophie", "stephanie", "susan", "suzanne", "teresa",
    "theresa", "tina", "valerie", "victoria", "virginia", "wendy",
    // Beyond the US: names common in world news.
    "aisha", "amina", "anjali", "astrid", "carmen", "chioma", "fatima", "francesca", "giulia",
    "hanna", "ingrid", "isabel", "jacinda", "lena", "lucia", "natasha", "ngozi", "olga", "priya",
    "sabine", "sofia", "svetlana", "tatiana", "ursula", "yuki",
  ]
}
