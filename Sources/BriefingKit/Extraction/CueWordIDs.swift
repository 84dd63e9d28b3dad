/// The cue words of ``CueData`` that the name finder tests one word at a time (`insurer
/// Marsh`, `Bath have`, `told Bath`, `das Aktenstudium`), as the ids they have in one
/// article's table of lowercased words: a word is then tested by its id, with no string made.
///
/// ```swift
/// let cues = CueWordIDs(scan.lowerTable, language: "en")
/// cues.kinds(of: token.lower).contains(.bodyNoun)  // true for `insurer`
/// ```
struct CueWordIDs {
  /// What a cue word is.
  struct Kinds: OptionSet, Sendable {
    let rawValue: UInt16
    /// ``CueData/bodyNouns``.
    static let bodyNoun = Kinds(rawValue: 1 << 0)
    /// ``CueData/bodyMemberNouns``.
    static let bodyMember = Kinds(rawValue: 1 << 1)
    /// ``CueData/bodyHoldingNouns``.
    static let bodyHolding = Kinds(rawValue: 1 << 2)
    /// ``CueData/holdingNouns``.
    static let holdingNoun = Kinds(rawValue: 1 << 3)
    /// ``CueData/pluralVerbs``.
    static let pluralVerb = Kinds(rawValue: 1 << 4)
    /// ``CueData/objectSpeechVerbs``.
    static let objectSpeechVerb = Kinds(rawValue: 1 << 5)
    /// `and`, `or`, `nor`, `&`: a word that joins a list of names.
    static let listJoiner = Kinds(rawValue: 1 << 6)
    /// `the`.
    static let definiteArticle = Kinds(rawValue: 1 << 7)
    /// `in`.
    static let preposition = Kinds(rawValue: 1 << 8)
    /// ``CueData/germanArticles``.
    static let germanArticle = Kinds(rawValue: 1 << 9)
    /// ``CueData/tradeTitles``.
    static let tradeTitle = Kinds(rawValue: 1 << 10)
    /// The first word of a product of several words (``TopicLexicon/products``).
    static let productStart = Kinds(rawValue: 1 << 11)
    /// The first word of an event of several words (``TopicLexicon/events``).
    static let eventStart = Kinds(rawValue: 1 << 12)
  }

  /// Per id of the article's table: the kinds of that word (most are none). An array read by
  /// index, not a dictionary: it is filled and read once per article, hashing nothing.
  private var kinds: [Kinds]

  /// The ids of the cue words found in `table`. O(*k*) look-ups for *k* cue words.
  init(_ table: ByteInterner) {
    kinds = [Kinds](repeating: [], count: table.count)
    for (words, kind) in Self.lists {
      for word in words {
        let id = word.bytes.withUnsafeBufferPointer { table.find($0, hash: word.hash) }
        if let id, Int(id) < kinds.count { kinds[Int(id)].insert(kind) }
      }
    }
  }

  /// The kinds of the word with id `id`; empty for a word that is no cue word.
  @inline(__always)
  func kinds(of id: Int32) -> Kinds {
    id >= 0 && Int(id) < kinds.count ? kinds[Int(id)] : []
  }

  /// A cue word's UTF-8 bytes and their ``ByteInterner`` hash, made once.
  private struct Word {
    let bytes: [UInt8]
    let hash: UInt32

    init(_ word: String) { self.init(Array(word.utf8)) }

    init(_ bytes: [UInt8]) {
      self.bytes = bytes
      hash = bytes.withUnsafeBufferPointer { ByteInterner.hash(of: $0) }
    }
  }

  /// The first words of the items of several words in a `|`-separated list: a name that does
  /// not open with one of them cannot be one of those items.
  private static func firstWords(of list: String) -> [Word] {
    var words: [Word] = []
    WordList.forEachItem(in: list) { item in
      guard let space = item.firstIndex(of: WordList.space) else { return }
      words.append(Word(Array(item[..<space])))
    }
    return words
  }

  /// The lists, as words made once.
  private static let lists: [([Word], Kinds)] = [
    (CueData.bodyNouns.map(Word.init), .bodyNoun),
    (CueData.bodyMemberNouns.map(Word.init), .bodyMember),
    (CueData.bodyHoldingNouns.map(Word.init), .bodyHolding),
    (CueData.holdingNouns.map(Word.init), .holdingNoun),
    (CueData.pluralVerbs.map(Word.init), .pluralVerb),
    (CueData.objectSpeechVerbs.map(Word.init), .objectSpeechVerb),
    (["and", "or", "nor", "&"].map(Word.init), .listJoiner),
    ([Word("the")], .definiteArticle),
    ([Word("in")], .preposition),
    (CueData.germanArticles.map(Word.init), .germanArticle),
    (CueData.tradeTitles.map(Word.init), .tradeTitle),
    (firstWords(of: OrganisationData.products), .productStart),
    (firstWords(of: OrganisationData.events), .eventStart),
  ]
}
