/// Collects the candidate key phrases of one article with their statistics.
///
/// Words are reduced to light stems (plural endings) and interned as small integers, so a
/// phrase of up to four words (three content words and a connector) is one `UInt64` key.
struct PhraseTable {
  let scan: ScannedText
  let covered: [Bool]
  /// Mentions of recurring names per body sentence.
  let actors: [Int32]
  let stemRules: PhraseStemmer.Rules
  var stemOfLower: [Int32]
  /// Stems that are not words of the article (`polici` for `policy`).
  var otherStems = ByteInterner(capacity: 32)
  private var index: KeyTable
  /// Per stem id, the candidate of the one-word phrase of that stem, or -1: one-word phrases,
  /// most of what is recorded, are found by their stem, without a key hashed and probed for.
  private var singles: [Int32]
  private(set) var candidates: [PhraseCandidate] = []

  /// Classes that keep a word out of phrases: the language's stopwords, foreign scripts and
  /// credit words.
  private let excluded: TopicWordClass
  /// The language has a list of general words (``CommonWordData``), English so far.
  let usesCommonWords: Bool

  init(
    scan: ScannedText, language: String, covered: [Bool], actors: [Int32] = [],
    lexicon: TopicLexicon = .shared
  ) {
    self.scan = scan
    self.covered = covered
    self.actors = actors
    stemRules = PhraseStemmer.Rules(language: language)
    // Words in another script are quoted from another language (`[обсуждать]`), not topics.
    let foreign: TopicWordClass = language == "ru" || language == "und" ? [] : .nonLatin
    excluded = TopicWordClass.stopwords(TopicLexicon.mask(for: language)).union(foreign)
      .union(.credit)
    usesCommonWords = language == "en" || language == "und"
    stemOfLower = [Int32](repeating: -1, count: scan.lowerCount)
    // Only phrases of several words are keyed here (one-word phrases are in `singles`): about
    // one distinct phrase per eight tokens in news text. Sized for one per six, so that little
    // is allocated and cleared per article; the table grows if an article has more.
    index = KeyTable(capacity: max(scan.tokens.count / 6, 16))
    // Stems past the lowercased forms' ids (``otherStems``) grow the table when they come.
    singles = [Int32](repeating: -1, count: scan.lowerCount + 16)
    // About 0.4 distinct candidates per token in news text: reserving half a candidate per token
    // rarely needs a copy as the array grows, and asks for a fifth of the memory that two
    // per token did (a candidate is about 180 bytes).
    candidates.reserveCapacity(scan.tokens.count / 2 + 16)
  }

  /// True when the token at `index` can be a content word of a phrase.
  @inline(__always)
  func isContent(_ index: Int) -> Bool {
    guard index < scan.tokens.count else { return false }
    let token = scan.tokens[index]
    guard token.flags.contains(.hasLetter), token.flags.isDisjoint(with: [.hasDigit, .link]),
      index >= covered.count || !covered[index]
    else { return false }
    return scan.classes(of: token).isDisjoint(with: excluded)
      && token.end - token.start >= 2
  }

  /// Gathers every phrase of up to `maximumWords` content words, with connectors inside.
  ///
  /// The phrases from one start token grow one word at a time, and so does what they record
  /// (``Run``): the facts of the first word are read once per start, not once per phrase.
  mutating func collect(maximumWords: Int) {
    let tokens = scan.tokens
    for start in tokens.indices where isContent(start) {
      // The stem first: as an argument, its mutation made `opening` read a copy of the table.
      let first = stem(of: start)
      var run = opening(start, stem: first)
      // Nationalities and titles alone (`Russian President`) are roles, not topics.
      var isRole = isRoleWord(start)
      if tokens[start].end - tokens[start].start >= 3, !isRole { record(&run) }
      var end = start + 1
      var slot: UInt64 = 1
      while end < tokens.count, run.stems.count < maximumWords, slot < 4,
        !tokens[end].flags.contains(.breakBefore)
      {
        var content = end
        if scan.classes(of: tokens[end]).contains(.phraseConnector), end + 1 < tokens.count,
          !tokens[end + 1].flags.contains(.breakBefore), slot < 3
        {
          run.key |= (UInt64(stem(of: end)) + 1) << (16 * slot)
          slot += 1
          add(end, to: &run)
          content = end + 1
        }
        guard isContent(content) else { break }
        let next = stem(of: content)
        run.key |= (UInt64(next) + 1) << (16 * slot)
        slot += 1
        run.stems.append(next)
        add(content, to: &run)
        end = content + 1
        isRole = isRole && isRoleWord(content)
        if !isRole && !isVerbBeforeObject(content) {
          run.mention.range = start..<end
          run.mention.isTruncated = isContent(end) && !isBreak(end)
          record(&run)
        }
      }
    }
  }

  /// True for a nationality or a title (`Russian`, `president`).
  private func isRoleWord(_ index: Int) -> Bool {
    !scan.classes(of: scan.tokens[index]).isDisjoint(with: [.demonym, .title])
  }

  /// True when the English word at `index` ends in `-ing` and an article, a possessive, an
  /// object pronoun or an amount follows it (`actress playing a singer`, `deals totaling $5
  /// billion`): a verb
  /// with its object, so no phrase of several words ends in it. Alone such a word may still
  /// name what is done (`photographing the city`).
  @inline(__always)
  private func isVerbBeforeObject(_ index: Int) -> Bool {
    let tokens = scan.tokens
    guard usesCommonWords, index + 1 < tokens.count, tokens[index].end - tokens[index].start >= 5
    else { return false }
    let word = scan.lowerTable.bytes(of: tokens[index].lower)
    guard word.suffix(3).elementsEqual("ing".utf8) else { return false }
    // An amount is an object too, with at most a currency sign before it (`totaling $5`).
    if tokens[index + 1].flags.contains(.hasDigit),
      tokens[index + 1].start - tokens[index].end <= 2
    {
      return true
    }
    guard !tokens[index + 1].flags.contains(.breakBefore) else { return false }
    let next = scan.lowerTable.bytes(of: tokens[index + 1].lower)
    return CueData.objectOpeners.contains { next.elementsEqual($0) }
  }

  /// True when punctuation stands before the token at `index`, or it is past the end.
  @inline(__always)
  func isBreak(_ index: Int) -> Bool {
    index >= scan.tokens.count || scan.tokens[index].flags.contains(.breakBefore)
  }

  /// True when an article or a preposition stands right before the token at `index`.
  @inline(__always)
  func isIntroduced(_ index: Int) -> Bool {
    index > 0 && !scan.tokens[index].flags.contains(.breakBefore)
      && scan.classes(of: scan.tokens[index - 1]).contains(.introducer)
  }

  /// Counts one occurrence of the phrase `run` has gathered, adding its candidate if new.
  ///
  /// `run` is only read: it is passed by reference because, passed by value, it was copied
  /// field by field to a temporary for each of the 385,000 phrases of the BBC set.
  private mutating func record(_ run: inout Run) {
    let stems = run.stems
    if stems.contains(65_534) && stems.count > 1 { return }
    let next = Int32(candidates.count)
    let slot: Int
    if stems.count == 1 {
      // A one-word key is its stem id + 1 and no longer key is below 1 << 16: the two kinds
      // of phrase never shared a key, and need not share a table.
      let stem = Int(stems.first)
      if stem >= singles.count {
        singles.append(contentsOf: repeatElement(-1, count: stem + 1 - singles.count + 16))
      }
      if singles[stem] < 0 { singles[stem] = next }
      slot = Int(singles[stem])
    } else {
      slot = Int(index.value(for: run.key) { next })
    }
    guard slot == candidates.count else {
      candidates[slot].count(run.mention)
      return
    }
    // Most phrases are new: counted before they are appended, the array is written once.
    let range = run.mention.range
    var candidate = PhraseCandidate(
      length: stems.count, example: range, isExampleSentenceInitial: run.mention.isInitial,
      stems: stems)
    candidate.wordLength = Double(run.scalars) / Double(max(stems.count, 1))
    if usesCommonWords {
      candidate.knowsCommonWords = true
      candidate.endsInModifier = isModifier(scan.tokens[range.upperBound - 1])
      candidate.commonWords = run.commonWords
    }
    candidate.count(run.mention)
    candidates.append(candidate)
  }
}
