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
  }

  private var kinds: [Int32: Kinds] = [:]

  /// The ids of the cue words found in `table`. O(*k*) look-ups for *k* cue words.
  init(_ table: ByteInterner) {
    for (words, kind) in Self.lists {
      for word in words {
        if let id = table.find(word) { kinds[id, default: []].insert(kind) }
      }
    }
  }

  /// The kinds of the word with id `id`; empty for a word that is no cue word.
  @inline(__always)
  func kinds(of id: Int32) -> Kinds { kinds[id] ?? [] }

  /// The lists, as UTF-8 bytes made once.
  private static let lists: [([[UInt8]], Kinds)] = [
    (CueData.bodyNouns.map { Array($0.utf8) }, .bodyNoun),
    (CueData.bodyMemberNouns.map { Array($0.utf8) }, .bodyMember),
    (CueData.bodyHoldingNouns.map { Array($0.utf8) }, .bodyHolding),
    (CueData.holdingNouns.map { Array($0.utf8) }, .holdingNoun),
    (CueData.pluralVerbs.map { Array($0.utf8) }, .pluralVerb),
    (CueData.objectSpeechVerbs.map { Array($0.utf8) }, .objectSpeechVerb),
    (["and", "or", "nor", "&"].map { Array($0.utf8) }, .listJoiner),
    ([Array("the".utf8)], .definiteArticle),
    ([Array("in".utf8)], .preposition),
    (CueData.germanArticles.map { Array($0.utf8) }, .germanArticle),
  ]
}
