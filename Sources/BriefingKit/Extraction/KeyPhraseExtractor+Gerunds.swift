/// English `-ing` words alone: a noun (`public spending`, `the signing of`) or a verb form
/// (`was playing`, `winning the title`, `starring Johnny Depp`), told apart by how the article
/// itself uses them.
extension KeyPhraseExtractor {
  /// How often one `-ing` word of an article reads as a noun and as a verb.
  struct GerundUses: Sendable {
    var asNoun = 0
    var asVerb = 0

    /// True when the article uses the word as a verb more often than as a noun. A word with
    /// no telling use either way stays: `spending`, `housing` and `training` are often read
    /// only in compounds (`government spending`, `housing market`).
    var isVerb: Bool { asVerb > asNoun }
  }

  /// Words that open an object: ``CueData/objectOpeners`` without `that`, which after a noun
  /// opens a clause (`a court ruling that threw out`), and quantifiers (`winning all six`).
  private static let objectWords: [[UInt8]] =
    CueData.objectOpeners.filter { !$0.elementsEqual("that".utf8) }
    + ["all", "both", "every", "each", "several"].map { Array($0.utf8) }

  /// `to`, a verb cue that before an `-ing` word is a preposition.
  private static let toWord: [[UInt8]] = [Array("to".utf8)]

  /// Adverbs of degree: the `-ing` word after them is an adjective (`very frustrating`).
  private static let degreeAdverbs: [[UInt8]] = [
    "very", "so", "too", "really", "extremely", "increasingly", "particularly", "deeply",
    "hugely", "incredibly", "quite", "pretty",
  ].map { Array($0.utf8) }

  /// Leaves out of `order` the lone English `-ing` words that the article uses as verbs
  /// (``GerundUses/isVerb``): `winning`, `playing`, but not `spending` or `housing`.
  /// Checked only for the phrases that can rank, not for every candidate.
  func dropVerbGerunds(
    from order: inout [(score: Double, index: Int)], _ all: [PhraseCandidate],
    in scan: ScannedText
  ) {
    var words: [Int32] = []
    for entry in order where all[entry.index].length == 1 {
      if let word = Self.loneIngWord(all[entry.index], in: scan), !words.contains(word) {
        words.append(word)
      }
    }
    guard !words.isEmpty else { return }
    let uses = Self.gerundUses(of: words, in: scan)
    let verbs = words.indices.filter { uses[$0].isVerb }.map { words[$0] }
    guard !verbs.isEmpty else { return }
    // Fields are read in place: a candidate taken whole is copied.
    order.removeAll { entry in
      let start = all[entry.index].example.lowerBound
      return all[entry.index].length == 1 && start < scan.tokens.count
        && verbs.contains(scan.tokens[start].lower)
    }
  }

  /// The lowercased id of the phrase's word when it is one English word of five letters or
  /// more ending in `-ing`; nil otherwise.
  @inline(__always)
  static func loneIngWord(_ phrase: PhraseCandidate, in scan: ScannedText) -> Int32? {
    guard phrase.length == 1, phrase.knowsCommonWords,
      phrase.example.lowerBound < scan.tokens.count
    else { return nil }
    let token = scan.tokens[phrase.example.lowerBound]
    // The last byte first: most words fail there, before a slice of their bytes is made.
    guard token.end - token.start >= 5, scan.lowerTable.lastByte(of: token.lower) == 0x67,
      scan.lowerTable.withBytes(of: token.lower, { $0.suffix(3).elementsEqual("ing".utf8) })
    else { return nil }
    return token.lower
  }

  /// The uses of each of `words` (lowercased ids of `-ing` words) in `scan`, in their order
  /// (``gerundUse(at:in:)``).
  /// - Complexity: O(*n*) for *n* tokens.
  static func gerundUses(of words: [Int32], in scan: ScannedText) -> [GerundUses] {
    var uses = [GerundUses](repeating: GerundUses(), count: words.count)
    // Each word's place in `words` by its lowercased id (-1: not asked for): one load per
    // token rather than a search of `words` (read backwards, a repeated id keeps its first).
    var slots = [Int32](repeating: -1, count: scan.lowerCount)
    for (slot, word) in words.enumerated().reversed()
    where word >= 0 && Int(word) < slots.count {
      slots[Int(word)] = Int32(slot)
    }
    // Through buffers: few tokens are among `words`, and checking bounds for every token was
    // most of the pass.
    scan.tokens.withUnsafeBufferPointer { tokens in
      slots.withUnsafeBufferPointer { slots in
        for position in tokens.indices {
          let lower = Int(tokens[position].lower)
          guard lower < slots.count, slots[lower] >= 0 else { continue }
          switch gerundUse(at: position, in: scan) {
          case .verb: uses[Int(slots[lower])].asVerb += 1
          case .noun: uses[Int(slots[lower])].asNoun += 1
          case nil: break
          }
        }
      }
    }
    return uses
  }

  /// What one use of an `-ing` word tells.
  enum GerundUse {
    case verb
    case noun
  }

  /// How the `-ing` word at `position` is used, when its neighbours tell.
  ///
  /// A verb's use follows a ``TopicWordClass/verbCue`` other than `to` (`is playing`, `it's
  /// frustrating`) or an adverb of degree (`very frustrating`), or stands between a content
  /// word and an object: an article, a pronoun, a quantifier, an amount or a name (`Chelsea
  /// winning the title`, `a film starring Johnny Depp`). A noun's use follows an article, a
  /// possessive, an adjective or a preposition with no content word after it (`the housing
  /// market` describes `market`).
  static func gerundUse(at position: Int, in scan: ScannedText) -> GerundUse? {
    // The words' uses are few: the lists are compared with the words around each of them,
    // rather than looked up once per article.
    func isListed(_ token: WordToken?, _ list: [[UInt8]]) -> Bool {
      guard let token else { return false }
      return scan.lowerTable.withBytes(of: token.lower) { word in
        // Lengths first: most words of a list are not even as long.
        list.contains { $0.count == word.count && word.elementsEqual($0) }
      }
    }
    let tokens = scan.tokens
    let token = tokens[position]
    let previous =
      position > 0 && !token.flags.contains(.breakBefore) ? tokens[position - 1] : nil
    let next =
      position + 1 < tokens.count && !tokens[position + 1].flags.contains(.breakBefore)
      ? tokens[position + 1] : nil
    // `it's`, `that's`: the `'s` of a stopword is `is`; of a noun, a possessive.
    let previousClasses = previous.map { scan.classes(of: $0) } ?? []
    let isAfterIs =
      previous?.flags.contains(.possessive) == true
      && !previousClasses.isDisjoint(with: .anyStopword)
    let isBeforeName =
      next.map {
        $0.flags.contains(.capitalised) && !$0.flags.contains(.sentenceStart)
          && !token.flags.contains(.capitalised)
      } ?? false
    // With its object after a noun or a name it is a participle (`Chelsea winning the
    // title`, `a film starring Depp`); after a preposition or opening a clause it names an
    // activity (`arrested for beating a man`, `Eating a fatty meal`). The object is looked
    // for only after a noun.
    let isAfterNoun = previous.map { isContentWord($0, in: scan) } ?? false
    let hasObjectAfterNoun =
      isAfterNoun
      && (next?.flags.contains(.hasDigit) == true || isBeforeName
        || isListed(next, objectWords))
    // `to` before an `-ing` word is a preposition (`make it to opening day`).
    if (previousClasses.contains(.verbCue) && !isListed(previous, toWord))
      || isAfterIs || isListed(previous, degreeAdverbs) || hasObjectAfterNoun
    {
      return .verb
    }
    if let previous, next.map({ !isContentWord($0, in: scan) }) ?? true,
      previous.flags.contains(.possessive)
        || !previousClasses.isDisjoint(with: [.introducer, .adjective])
    {
      return .noun
    }
    return nil
  }

  /// True when `token` is a word that is no stopword of any language list.
  private static func isContentWord(_ token: WordToken, in scan: ScannedText) -> Bool {
    token.flags.contains(.hasLetter) && scan.classes(of: token).isDisjoint(with: .anyStopword)
  }
}
