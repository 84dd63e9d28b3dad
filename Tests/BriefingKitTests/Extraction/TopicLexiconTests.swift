import Testing

@testable import BriefingKit

/// The word classes are read from the lists' bytes: every list gives its words their class.
struct TopicLexiconTests {
  let table = WordClassTable.shared

  func classes(of word: some StringProtocol, in table: WordClassTable? = nil) -> TopicWordClass {
    Array(word.utf8).withUnsafeBufferPointer {
      (table ?? self.table).classes(of: $0, hash: ByteInterner.hash(of: $0))
    }
  }

  func items(_ list: String, separator: UInt8 = WordList.bar) -> [String] {
    var items: [String] = []
    WordList.forEachItem(in: list, separator: separator) {
      items.append(String(decoding: $0, as: UTF8.self))
    }
    return items
  }

  @Test(arguments: [
    ("warn", ["warns", "warned", "warning"]), ("push", ["pushes", "pushed", "pushing"]),
    ("deny", ["denies", "denied", "denying"]), ("stay", ["stays", "stayed", "staying"]),
    ("agree", ["agrees", "agreed", "agreeing"]), ("die", ["dies", "died", "dying"]),
    ("argue", ["argues", "argued", "arguing"]), ("be", ["bes", "bed", "being"]),
    ("y", ["ies", "ied", "ying"]), ("öe", ["öes", "öed", "öeing"]),
    ("çue", ["çues", "çued", "çuing"]),
  ])
  func regularFormsAreMadeFromTheBase(base: String, forms: [String]) {
    var made: [String] = []
    var form: [UInt8] = []
    for ending in [TopicLexicon.VerbEnding.thirdPerson, .past, .gerund] {
      Array(base.utf8).withUnsafeBufferPointer { TopicLexicon.form(of: $0, ending, into: &form) }
      made.append(String(decoding: form, as: UTF8.self))
    }
    #expect(made == forms)
  }

  @Test func verbFormsLeaveOutTheIngNounsAndFiniteFormsKeepTheirBase() {
    for noun in items(WordFormData.ingNouns, separator: WordList.space) {
      #expect(!classes(of: noun).contains(.verbForm), "\(noun)")
    }
    for verb in items(WordFormData.verbs, separator: WordList.space) {
      #expect(classes(of: verb).isSuperset(of: [.verbForm, .finiteVerb]), "\(verb)")
    }
  }

  @Test func everyOneWordItemHasItsListsClass() {
    let lists: [(String, TopicWordClass)] = [
      (CueData.titles, .title), (CueData.givenNames, .givenName), (CueData.demonyms, .demonym),
      (CueData.eventNouns, .event), (CueData.commonAcronyms, .commonAcronym),
    ]
    for (list, wordClass) in lists {
      for word in items(list) where !word.contains(" ") {
        #expect(classes(of: word).contains(wordClass), "\(word)")
      }
    }
    for (bit, list) in StopwordData.lists.enumerated() {
      for word in items(list.words, separator: WordList.space) {
        #expect(classes(of: word).contains(.stopword(bit: bit)), "\(word)")
      }
    }
  }

  @Test func namesOfSeveralWordsClassTheirFirstWordAndAbbreviationsTheWordBeforeThePeriod() {
    for place in items(GazetteerData.cities) + items(GazetteerData.aliases) {
      let first = place.split(separator: " ")[0]
      #expect(classes(of: first).contains(.placeStart), "\(place)")
      if place.hasSuffix("."), !place.contains(" ") {
        #expect(classes(of: place.dropLast()).contains(.abbreviation), "\(place)")
      }
    }
    for name in items(OrganisationData.bodies) {
      let words = name.split(separator: " ")
      let wordClass: TopicWordClass = words.count > 1 ? .organisationStart : .knownOrganisation
      #expect(classes(of: words[0]).contains(wordClass), "\(name)")
    }
    #expect(classes(of: "qzxv").isEmpty)
  }

  @Test func aTableGrowsAndJoinsTheClassesOfAWordAddedTwice() {
    var small = WordClassTable(capacity: 1)
    let words = (0..<300).map { "w\($0)" } + ["a word of more than sixteen bytes"]
    for (number, word) in words.enumerated() {
      let wordClass: TopicWordClass = number.isMultiple(of: 2) ? .title : .event
      Array(word.utf8).withUnsafeBufferPointer { small.add($0, wordClass) }
      Array(word.utf8).withUnsafeBufferPointer { small.add($0, .common) }
    }
    small.shrinkToFit()
    #expect(small.count == words.count)
    for (number, word) in words.enumerated() {
      let wordClass: TopicWordClass = number.isMultiple(of: 2) ? .title : .event
      #expect(classes(of: word, in: small) == wordClass.union(.common), "\(word)")
    }
    #expect(classes(of: "w300", in: small).isEmpty)
  }

  @Test func namesAreLookedUpWholeAndAliasesLeadToTheirGroupsKey() {
    let lexicon = TopicLexicon.shared
    for place in items(GazetteerData.countries) { #expect(lexicon.places.contains(place)) }
    #expect(lexicon.aliasGroups["britain"] == "united kingdom")
    #expect(lexicon.places.contains("britain"))
    #expect(lexicon.knownOrganisations.isSuperset(of: lexicon.companies))
    #expect(!lexicon.places.contains("britain "))
  }
}
