/// Finds the key phrases of an article: runs of one to three content words, scored by how
/// often, how early and how prominently (headline) they occur.
///
/// Candidates never start or end with a stopword of the article's language and never hold a
/// number or a proper name (names are ``EntityExtractor``'s); inflected forms count together
/// (`agreement` ≡ `agreements`); a word that only occurs inside a better phrase is a fragment
/// and is left out.
///
/// ```swift
/// let phrases = KeyPhraseExtractor().keyPhrases(in: article, limit: 5)
/// // [KeyPhrase(text: "video conference", score: 2.1, mentions: 3), …]
/// ```
public struct KeyPhraseExtractor: Sendable {
  /// The longest phrase, in content words.
  public var maximumWords = 3
  var weights = TopicWeights()

  /// An extractor with the default phrase length and the tuned weights.
  public init() {}

  /// The best `limit` key phrases of `article`, best first.
  /// - Complexity: O(*n*) for *n* scalars.
  public func keyPhrases(in article: Article, limit: Int = 10) -> [KeyPhrase] {
    let scan = WordScanner.scan(article)
    let language = LanguageGuesser().language(of: article, scan: scan)
    let names = EntityExtractor().names(in: scan, language: language, speakers: [])
    var tuned = self
    if language == "en" { tuned.weights = TopicWeights.english }
    let nouns = language == "de" ? GermanNounTable(scan) : nil
    let ranked = tuned.candidates(
      in: scan, language: language, names: names, keeping: max(limit, 1) * 4, nouns: nouns)
    return tuned.distinct(ranked, limit: limit).map {
      KeyPhrase(
        text: text(of: $0, in: scan, nouns: nouns, names: names),
        score: $0.score, mentions: $0.mentions)
    }
  }

  /// Scored candidates of `scan`, best first; tokens of `names` are left out, and with
  /// `nouns` (German) so is a phrase whose last word is not a noun.
  ///
  /// Only about the best `keeping` are sorted and returned, with every repeated multi-word
  /// phrase (``distinct(_:limit:)`` may put one in place of its words).
  func candidates(
    in scan: ScannedText, language: String, names: NameAnalysis, keeping: Int = .max,
    quoted: [Range<Int>] = [], nouns: GermanNounTable? = nil
  ) -> [PhraseCandidate] {
    var table = PhraseTable(
      scan: scan, language: language, covered: names.covered, actors: names.actorMentions)
    table.collect(maximumWords: max(1, min(maximumWords, 3)))
    let all = table.candidates
    let salience = SalienceTable(weights: weights)
    let verbUses = Self.verbUses(in: scan, language: language)
    // A phrase without a head that can name a topic scores -1 and is left out.
    // Candidates are read in place through the buffer, not copied one by one into a closure.
    let scores = all.withUnsafeBufferPointer { all in
      all.indices.map { index -> Double in
        guard !isHeadless(all[index], in: scan, verbUses: verbUses),
          nouns.map({ endsInNoun(all[index], in: scan, nouns: $0) }) ?? true
        else { return -1 }
        let longest = longestWord(of: all[index], in: scan)
        let value = score(all[index], salience, longestWord: longest)
        return isQuoted(all[index], in: scan, quoted) ? value * weights.quotedPhrase : value
      }
    }
    let cutoff =
      keeping > 0 && scores.count > keeping ? Self.largest(keeping, of: scores) : -.infinity
    // Sorting (score, index) pairs moves 16 bytes a swap instead of a whole candidate, and
    // only the candidates that can rank are copied out.
    var order: [(score: Double, index: Int)] = []
    order.reserveCapacity(min(scores.count, keeping > 0 ? keeping * 2 : scores.count))
    for index in scores.indices
    where scores[index] >= 0
      && (scores[index] >= cutoff || (all[index].length > 1 && all[index].mentions > 1))
      && !Self.opensWithVerb(all[index], in: scan) && !Self.isHeadlineOnly(all[index])
    {
      order.append((scores[index], index))
    }
    dropVerbGerunds(from: &order, all, in: scan)
    ScoreOrder.sort(&order)
    return order.map { entry in
      var candidate = all[entry.index]
      candidate.score = entry.score
      return candidate
    }
  }

  /// The phrase's salience: shared topic salience, a factor per extra word, and a penalty for
  /// a multi-word phrase seen once. Inlined into the scoring of every candidate, as are the
  /// tests made with it, so that no candidate is copied for the calls.
  @inline(__always)
  func score(_ phrase: PhraseCandidate, _ salience: SalienceTable, longestWord: Int = 0) -> Double {
    // What is discussed is named by names and noun phrases, not by single general words; the
    // cue makes it a lead topic wherever it stands.
    let isCued = phrase.cuedMentions > 0 && phrase.length > 1
    var value = salience.value(
      mentions: phrase.mentions, firstSentence: isCued ? 0 : phrase.firstSentence,
      inHeadline: phrase.headlineMentions > 0)
    if phrase.length > 1 {
      value *=
        phrase.length == 2 ? weights.phraseLength : weights.phraseLength * weights.phraseLength
      if phrase.mentions == 1 { value *= weights.singleMultiword }
      if isNounPhrase(phrase) { value *= weights.nounPhrase }
    }
    if phrase.commonWords >= phrase.length { value *= weights.commonPhrase }
    let isTruncated = phrase.length > 1 && phrase.truncatedMentions >= phrase.mentions
    if phrase.endsInModifier || isTruncated || phrase.attributiveHyphens * 2 > phrase.mentions {
      value *= weights.modifier
    }
    // A noun phrase is as specific as its most specific word (`oil market`).
    let isNoun = phrase.length > 1 && longestWord > 0 && isNounPhrase(phrase)
    value *= salience.lengthFactor(isNoun ? Double(longestWord) : phrase.wordLength)
    if isCued { value *= weights.topicCue }
    if phrase.actorMentions > 0 { value *= weights.actors }
    return value
  }

  /// The first `limit` phrases of `ranked` that are not fragments of a better phrase.
  ///
  /// A word that never occurs outside one longer phrase (`conference` only ever in `video
  /// conference`) is replaced by that phrase at its rank; a phrase whose words all lie in an
  /// already chosen phrase that is as frequent is left out.
  func distinct(_ ranked: [PhraseCandidate], limit: Int) -> [PhraseCandidate] {
    // The candidates are read in place through the buffer: iterating the array copied each
    // one (96 bytes), and only the chosen ones are copied now. Every position read is one of
    // the buffer's indices, or one that `wholes` holds, which were taken from them.
    ranked.withUnsafeBufferPointer { ranked in
      let wholes = wholePhrases(in: ranked)
      var chosen: [PhraseCandidate] = []
      chosen.reserveCapacity(max(0, min(limit, ranked.count)))
      // Positions in `ranked`, so an array of flags rather than a hashed set.
      var isTaken = [Bool](repeating: false, count: ranked.count)
      // Only a longer phrase can hold another: none can while no chosen one is longer.
      var longestChosen = 0
      for index in ranked.indices {
        guard chosen.count < limit else { break }
        var pick = index
        let first = Int(ranked[index].stems.first)
        if ranked[index].length == 1, first >= 0, first < wholes.count, wholes[first] >= 0,
          Double(ranked[wholes[first]].mentions)
            >= Double(ranked[index].mentions) * weights.wholeShare
        {
          pick = wholes[first]
        }
        let isFragment =
          ranked[pick].length < longestChosen
          && chosen.contains { better in
            better.length > ranked[pick].length && better.mentions >= ranked[pick].mentions
              && ranked[pick].stems.isSubset(of: better.stems)
          }
        if !isFragment && !isTaken[pick] {
          isTaken[pick] = true
          longestChosen = max(longestChosen, ranked[pick].length)
          var candidate = ranked[pick]
          // A phrase standing in for its word takes the word's place in the ranking.
          candidate.score = max(candidate.score, ranked[index].score)
          chosen.append(candidate)
        }
      }
      return chosen
    }
  }

  /// For each stem id, the position in `ranked` of the most mentioned phrase of several words
  /// that can stand for it (``isWhole(_:)``), the first of equals; -1 for none. Sized once for
  /// the largest stem id of those phrases, rather than grown.
  private func wholePhrases(in ranked: UnsafeBufferPointer<PhraseCandidate>) -> [Int] {
    var largestStem = -1
    for index in ranked.indices where ranked[index].length > 1 && isWhole(ranked[index]) {
      let stems = ranked[index].stems
      for slot in 0..<stems.count { largestStem = max(largestStem, Int(stems[slot])) }
    }
    var wholes = [Int](repeating: -1, count: largestStem + 1)
    for index in ranked.indices where ranked[index].length > 1 && isWhole(ranked[index]) {
      let stems = ranked[index].stems
      for slot in 0..<stems.count {
        let stem = Int(stems[slot])
        guard stem >= 0, stem < wholes.count else { continue }
        if wholes[stem] < 0 || ranked[wholes[stem]].mentions < ranked[index].mentions {
          wholes[stem] = index
        }
      }
    }
    return wholes
  }

  /// True for a phrase of several words read only in the headline (`Kingsport vote` from
  /// `Dock workers at Kingsport vote to strike`): headlines drop the words that show a verb,
  /// so their word pairs are often not phrases; one the body repeats is.
  static func isHeadlineOnly(_ phrase: PhraseCandidate) -> Bool {
    phrase.length > 1 && phrase.headlineMentions >= phrase.mentions
  }

  /// True when `phrase` can stand for the words it is made of: it is repeated, or it is a noun
  /// phrase of specific words (`strategic stability`).
  func isWhole(_ phrase: PhraseCandidate) -> Bool {
    phrase.mentions > 1 || (weights.singleWhole && isNounPhrase(phrase))
  }

  /// True for a phrase of specific words that an article or a preposition opens (`on strategic
  /// stability`): a noun phrase, not a verb with its object. Only where the general words of
  /// the language are known.
  func isNounPhrase(_ phrase: PhraseCandidate) -> Bool {
    phrase.length > 1 && phrase.knowsCommonWords && phrase.introducedMentions > 0
      && phrase.commonWords == 0
      && !phrase.endsInModifier && phrase.attributiveHyphens == 0
      && phrase.truncatedMentions < phrase.mentions
  }

  /// The phrase as written at its example occurrence; a capital that only starts a sentence
  /// or a headline word is lowered, except on a German noun (`nouns`) and, where the general
  /// words are known (English), in a phrase that reads as a name (``readsAsName(_:in:names:)``,
  /// `Depp could be back`); a word of a line in title case (``NameAnalysis/titleCaseLines``)
  /// is always lowered.
  func text(
    of phrase: PhraseCandidate, in scan: ScannedText, nouns: GermanNounTable? = nil,
    names: NameAnalysis? = nil
  ) -> String {
    let titleCase = names?.titleCaseLines ?? []
    let isName = readsAsName(phrase, in: scan, names: names)
    return scan.words(phrase.example) { token in
      (token.flags.contains(.sentenceStart) || token.flags.contains(.headline)
        || Self.isInTitleCase(token, titleCase)) && !isName
        && nouns?.isNoun(token.lower) != true
    }
  }

  /// True when every word of the phrase's example is capitalised, outside a title-case line,
  /// and each that opens a sentence or the headline is never written in lowercase and is no
  /// general word (`Depp`, `Keira Knightley`): a name the finder could not confirm, shown as
  /// written. Only where the general words are known (English).
  func readsAsName(_ phrase: PhraseCandidate, in scan: ScannedText, names: NameAnalysis?)
    -> Bool
  {
    guard phrase.knowsCommonWords, let names else { return false }
    for index in phrase.example {
      guard index >= 0, index < scan.tokens.count else { return false }
      let token = scan.tokens[index]
      guard token.flags.contains(.capitalised), !Self.isInTitleCase(token, names.titleCaseLines)
      else { return false }
      let isInitial = token.flags.contains(.sentenceStart) || token.flags.contains(.headline)
      let lower = Int(token.lower)
      if isInitial {
        guard lower < names.lowercaseUses.count, names.lowercaseUses[lower] == 0,
          scan.classes(of: token).isDisjoint(with: Self.generalClasses)
        else { return false }
      }
    }
    return true
  }

  /// True when `token` stands in a line written in title case (`titleCase`: per body sentence,
  /// and last the headline).
  static func isInTitleCase(_ token: WordToken, _ titleCase: [Bool]) -> Bool {
    let line = token.sentence < 0 ? titleCase.count - 1 : Int(token.sentence)
    return line >= 0 && line < titleCase.count && titleCase[line]
  }

  /// Classes of general words, whose capital at a sentence start says nothing.
  static let generalClasses: TopicWordClass = [
    .anyStopword, .common, .verbForm, .adjective, .title, .demonym, .introducer,
  ]

  /// The `rank`-th largest of `values` (1 is the largest), by quickselect in linear time.
  static func largest(_ rank: Int, of values: [Double]) -> Double {
    var values = values
    guard !values.isEmpty else { return 0 }
    let target = min(max(rank, 1), values.count) - 1
    // Partitioned through the buffer: each swap in the array paid a uniqueness check.
    return values.withUnsafeMutableBufferPointer { values in
      var low = 0
      var high = values.count - 1
      while low < high {
        let pivot = values[(low + high) / 2]
        var left = low
        var right = high
        while left <= right {
          while values[left] > pivot { left += 1 }
          while values[right] < pivot { right -= 1 }
          if left <= right {
            values.swapAt(left, right)
            left += 1
            right -= 1
          }
        }
        if target <= right {
          high = right
        } else if target >= left {
          low = left
        } else {
          return values[target]
        }
      }
      return values[target]
    }
  }
}
