extension KeyPhraseExtractor {
  /// How often each lowercased form of `scan` stands right after a ``TopicWordClass/verbCue``
  /// (`will wait`, `he spoke`, `was desperate`): uses as a verb or a predicate. Empty where
  /// the cues are not known (languages other than English).
  static func verbUses(in scan: ScannedText, language: String) -> [Int32] {
    guard language == "en" || language == "und" else { return [] }
    var uses = [Int32](repeating: 0, count: scan.lowerCount)
    // Through buffers: checking the arrays' bounds and uniqueness was most of the pass.
    uses.withUnsafeMutableBufferPointer { uses in
      scan.tokens.withUnsafeBufferPointer { tokens in
        scan.classes.withUnsafeBufferPointer { classes in
          var previousIsCue = false
          for token in tokens {
            let lower = Int(token.lower)
            if previousIsCue && !token.flags.contains(.breakBefore) && lower < uses.count {
              uses[lower] &+= 1
            }
            previousIsCue = lower < classes.count && classes[lower].contains(.verbCue)
          }
        }
      }
    }
    return uses
  }

  /// True when `phrase` cannot name a topic because of its last word, its head: a verb form
  /// (`warns`, `spoke`), an adjective (`desperate`), a title (`transport secretary` is a role),
  /// a lone adverb or participle (`approved`), or a lone word the text uses as a verb (`will
  /// not wait`). Only where the English word lists apply. Inlined into the scoring of every
  /// candidate, which then reads the candidate in place instead of copying it for the call.
  @inline(__always)
  func isHeadless(_ phrase: PhraseCandidate, in scan: ScannedText, verbUses: [Int32]) -> Bool {
    guard phrase.knowsCommonWords, phrase.example.upperBound > phrase.example.lowerBound,
      phrase.example.upperBound <= scan.tokens.count
    else { return false }
    let head = scan.tokens[phrase.example.upperBound - 1]
    let classes = scan.classes(of: head)
    if !classes.isDisjoint(with: [.verbForm, .adjective]) { return true }
    if phrase.length > 1 { return classes.contains(.title) }
    // `award-winning`, `post-Brexit`: a compound only ever written before the word it
    // describes, or a prefix on a name, names nothing alone; nor does a clause written as one
    // word (`the-ferry-is-late`).
    if head.flags.contains(.hyphenated),
      phrase.attributiveHyphens >= phrase.mentions || Self.isPrefixedName(head, in: scan)
        || scan.lowerTable.bytes(of: head.lower).lazy.filter({ $0 == UInt8(ascii: "-") })
          .count >= 3
    {
      return true
    }
    if phrase.endsInModifier || scan.lowerTable.withBytes(of: head.lower, Self.isOusAdjective) {
      return true
    }
    if phrase.headlineMentions >= phrase.mentions
      && isHeadlineVerb(phrase.example.lowerBound, in: scan)
    {
      return true
    }
    let lower = Int(head.lower)
    let uses = lower < verbUses.count ? Int(verbUses[lower]) : 0
    return uses * 2 > phrase.mentions
  }

  /// True when the headline word at `index` reads as the verb of the headline: a word in `-s`
  /// between a word that can be its subject (no stopword, adjective, demonym or title, which
  /// would make it a noun: `new rules`, `British troops`) and more words (`Port strike spreads
  /// to the north`, `Dollar gains on Greenspan speech`). Asked of a phrase the body never
  /// writes: a plural noun of the story (`Ad sales boost …`) is in the body too.
  func isHeadlineVerb(_ index: Int, in scan: ScannedText) -> Bool {
    let tokens = scan.tokens
    guard index > 0, index + 1 < tokens.count, tokens[index].flags.contains(.headline),
      tokens[index - 1].flags.contains(.headline), tokens[index + 1].flags.contains(.headline),
      !tokens[index].flags.contains(.breakBefore), tokens[index - 1].flags.contains(.hasLetter),
      !tokens[index - 1].flags.contains(.hyphenated),
      !tokens[index - 1].flags.contains(.possessive),
      scan.classes(of: tokens[index - 1]).isDisjoint(with: [
        .anyStopword, .adjective, .demonym, .common, .title,
      ])
    else { return false }
    // Not `-ss`, `-us`, `-as`, `-is`, `-os` (`access`, `census`, `atlas`, `crisis`, `chaos`).
    return scan.lowerTable.withBytes(of: tokens[index].lower) { word in
      word.count >= 4 && word[word.count - 1] == UInt8(ascii: "s")
        && !"suaio".utf8.contains(word[word.count - 2])
    }
  }

  /// True for a lowercase prefix joined to a capitalised name (`post-Brexit`, `mid-June`,
  /// `anti-Vance`): a modifier or a time, whose name is the topic if anything is.
  static func isPrefixedName(_ token: WordToken, in scan: ScannedText) -> Bool {
    guard token.flags.contains(.hyphenated), !token.flags.contains(.capitalised) else {
      return false
    }
    var isAfterHyphen = false
    for scalar in scan.surface(of: token).unicodeScalars {
      if isAfterHyphen && scalar.properties.isUppercase { return true }
      isAfterHyphen = scalar == "-"
    }
    return false
  }

  /// True when the last word of the phrase's example mention is a noun by `nouns`: in German,
  /// what names a topic is a noun or a noun with its modifiers (`zusätzliche Busse`), never a
  /// verb, adjective or adverb alone (`eingesetzt`, `notwendige`, `erstmals`).
  func endsInNoun(_ phrase: PhraseCandidate, in scan: ScannedText, nouns: GermanNounTable)
    -> Bool
  {
    let last = phrase.example.upperBound - 1
    guard last >= 0, last < scan.tokens.count else { return false }
    return nouns.isNoun(scan.tokens[last].lower)
  }

  /// True when the phrase's first word is a finite form of a verb that is rarely a noun
  /// (`pursue death penalty`, `introduces new rules`): a verb with its object, whose noun
  /// phrase is a candidate of its own. Participles may be adjectives (`imported inflation`,
  /// `emerging markets`) and stay.
  /// Checked only for the phrases that can rank, not for every candidate.
  static func opensWithVerb(_ phrase: PhraseCandidate, in scan: ScannedText) -> Bool {
    guard phrase.length > 1, phrase.knowsCommonWords,
      phrase.example.lowerBound < scan.tokens.count
    else { return false }
    return scan.classes(of: scan.tokens[phrase.example.lowerBound]).contains(.finiteVerb)
  }

  /// True for a word of six letters or more ending in `-ous` (`disastrous`, `famous`): an
  /// English adjective, never a noun.
  static func isOusAdjective<Bytes: BidirectionalCollection>(_ word: Bytes) -> Bool
  where Bytes.Element == UInt8 {
    guard word.count >= 6 else { return false }
    // The last three bytes, read in place (a reversed view compared by iterators costs more).
    let last = word.index(before: word.endIndex)
    let second = word.index(before: last)
    let third = word.index(before: second)
    return word[third] == UInt8(ascii: "o") && word[second] == UInt8(ascii: "u")
      && word[last] == UInt8(ascii: "s")
  }

  /// True when the phrase's example mention lies in a quote (`quoted`: the quotes' scalar
  /// ranges, sorted): what the people quoted talk about.
  @inline(__always)
  func isQuoted(_ phrase: PhraseCandidate, in scan: ScannedText, _ quoted: [Range<Int>]) -> Bool {
    guard !quoted.isEmpty, phrase.example.lowerBound < phrase.example.upperBound,
      phrase.example.upperBound <= scan.tokens.count
    else { return false }
    let first = scan.tokens[phrase.example.lowerBound]
    let last = scan.tokens[phrase.example.upperBound - 1]
    guard !first.flags.contains(.headline) else { return false }
    return TopicExtractor.isInside(first.start..<last.end, quoted)
  }

  /// Unicode scalars in the longest word of the phrase's example mention.
  @inline(__always)
  func longestWord(of phrase: PhraseCandidate, in scan: ScannedText) -> Int {
    guard phrase.length > 1, phrase.example.upperBound <= scan.tokens.count else { return 0 }
    var longest = 0
    for index in phrase.example {
      longest = max(longest, scan.tokens[index].end - scan.tokens[index].start)
    }
    return longest
  }
}
