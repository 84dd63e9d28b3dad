/// The classes of single words, read from the lists' bytes straight into a ``WordClassTable``.
extension TopicLexicon {
  /// Lists whose one-word items each give their class (items of several words are skipped).
  private static let classLists: [(list: String, separator: UInt8, wordClass: TopicWordClass)] = [
    (CueData.titles, WordList.bar, .title),
    (CueData.organisationWords, WordList.bar, .organisation),
    (CueData.givenNames, WordList.bar, .givenName),
    (CueData.speechVerbs, WordList.bar, .speechVerb),
    (CueData.placePrepositions, WordList.bar, .placePreposition),
    (CueData.connectors, WordList.bar, .nameConnector), (CueData.demonyms, WordList.bar, .demonym),
    (CommonWordData.english, WordList.space, .common),
    (phraseConnectors, WordList.space, .phraseConnector),
    (CueData.newsAgencies, WordList.bar, .credit), (CueData.topicCues, WordList.bar, .topicCue),
    (CueData.introducers, WordList.bar, .introducer),
    (WordFormData.adjectives, WordList.space, .adjective),
    (WordFormData.verbCues, WordList.space, .verbCue),
    (CueData.eventNouns, WordList.bar, .event), (CueData.placeWords, WordList.bar, .placeWord),
    (CueData.commonAcronyms, WordList.bar, .commonAcronym),
    (OrganisationData.products, WordList.bar, .commonAcronym),
    (OrganisationData.events, WordList.bar, .event),
  ]

  /// Every word of the lists with its classes: the table ``WordClassTable/shared`` holds.
  ///
  /// A word's classes are the union of the lists that hold it; a name of several words gives
  /// its first word a class (``TopicWordClass/placeStart``, ``TopicWordClass/organisationStart``)
  /// and an abbreviation with a final period gives ``TopicWordClass/abbreviation`` to the word
  /// before the period (`mr.` → `mr`).
  static func classTable() -> WordClassTable {
    var table = WordClassTable(capacity: 7000)
    for (bit, list) in StopwordData.lists.enumerated() {
      WordList.forEachItem(in: list.words, separator: WordList.space) {
        table.add($0, .stopword(bit: bit))
      }
    }
    for (list, separator, wordClass) in classLists {
      WordList.forEachItem(in: list, separator: separator) { item in
        if !item.contains(WordList.space) { table.add(item, wordClass) }
      }
    }
    addOrganisations(to: &table)
    addPlaces(to: &table)
    addVerbForms(to: &table)
    table.shrinkToFit()
    return table
  }

  /// Known organisations of one word, and the first words of those of several (`goldman`).
  private static func addOrganisations(to table: inout WordClassTable) {
    let lists = [OrganisationData.technology, OrganisationData.business, OrganisationData.bodies]
    for list in lists {
      WordList.forEachItem(in: list) { item in
        if let space = item.firstIndex(of: WordList.space) {
          table.add(UnsafeBufferPointer(rebasing: item[..<space]), .organisationStart)
        } else {
          table.add(item, .knownOrganisation)
        }
      }
    }
  }

  /// The first word of every place, and the abbreviations among places and titles.
  private static func addPlaces(to table: inout WordClassTable) {
    let places = [
      GazetteerData.countries, GazetteerData.cities, GazetteerData.regions, GazetteerData.aliases,
    ]
    for list in places {
      WordList.forEachItem(in: list) { item in
        let first = item.firstIndex(of: WordList.space) ?? item.endIndex
        table.add(UnsafeBufferPointer(rebasing: item[..<first]), .placeStart)
        addAbbreviation(item, to: &table)
      }
    }
    WordList.forEachItem(in: CueData.titles) { addAbbreviation($0, to: &table) }
  }

  /// `mr.` → `mr`: with a final period and no space, a word that does not end a sentence.
  private static func addAbbreviation(
    _ item: UnsafeBufferPointer<UInt8>, to table: inout WordClassTable
  ) {
    guard item.last == UInt8(ascii: "."), !item.contains(WordList.space) else { return }
    table.add(UnsafeBufferPointer(rebasing: item.dropLast()), .abbreviation)
  }
}
