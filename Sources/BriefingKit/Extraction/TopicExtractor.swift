/// Ranks the topics of one article: its named entities of every kind and its key phrases.
///
/// Entities and phrases share one salience (mentions, how early the first one is, the
/// headline), entities are weighted by kind, and quoted speakers gain from their quotes. Scores
/// are scaled so that the article's best topic scores 1.
///
/// ```swift
/// let topics = TopicExtractor().topics(in: article, quotes: quotes)
/// // [Topic(name: "Yuri Ushakov", kind: .person, score: 1.0, mentions: 6, aliases: ["Ushakov"]), …]
/// ```
public struct TopicExtractor: Sendable {
  /// Most key phrases reported per article, after entities.
  public var maximumPhrases = 20
  var weights = TopicWeights()
  /// The weights for English articles (``TopicWeights/english``).
  var englishWeights = TopicWeights.english

  /// An extractor with the tuned weights.
  public init() {}

  /// Ranked topics of one article (entities of all kinds + key phrases), best first.
  ///
  /// `quotes` are the article's quotes; their speakers are people and merge with entities.
  /// - Complexity: O(*n*) for *n* scalars, plus the alias merging of ``EntityExtractor``.
  public func topics(in article: Article, quotes: [Quote]) -> [Topic] {
    let scan = WordScanner.scan(article)
    let language = LanguageGuesser().language(of: article, scan: scan)
    var roles: [String: String] = [:]
    for quote in quotes {
      if let speaker = quote.speaker, let role = quote.role, roles[speaker] == nil {
        roles[speaker] = role
      }
    }
    let quoted = quotes.flatMap(\.segments).sorted { $0.lowerBound < $1.lowerBound }
    var names = EntityExtractor().names(
      in: scan, language: language, speakers: quotes.compactMap(\.speaker), roles: roles,
      quoted: quoted)
    let weights = language == "en" ? englishWeights : self.weights
    let salience = SalienceTable(weights: weights)
    // The candidates are taken out of the analysis (nothing after this reads them) and moved
    // out one by one from the end, each scoring itself: read from the array in place, each was
    // copied for the call, retaining and releasing all it holds. Each topic is written at its
    // candidate's position (reversing them afterwards copied each one), with room for the
    // phrases.
    var candidates: [NameCandidate] = []
    swap(&candidates, &names.candidates)
    let count = candidates.count
    var topics = [Topic](unsafeUninitializedCapacity: count + maximumPhrases) {
      topics, initialized in
      var position = count
      while let candidate = candidates.popLast() {
        position -= 1
        topics.initializeElement(
          at: position, to: candidate.topic(salience, language: language))
      }
      initialized = count
    }
    var phraseExtractor = KeyPhraseExtractor()
    phraseExtractor.weights = weights
    let nouns = language == "de" ? GermanNounTable(scan) : nil
    let ranked = phraseExtractor.candidates(
      in: scan, language: language, names: names, keeping: maximumPhrases * 4, quoted: quoted,
      nouns: nouns)
    // A phrase that is an entity's name or alias, ignoring case, is left out.
    let taken = TakenNames(topics)
    // Wrapped once: wrapping the analysis into an optional at each call copied it, retaining
    // and releasing each of its arrays per phrase.
    let analysis: NameAnalysis? = names
    for phrase in phraseExtractor.distinct(ranked, limit: maximumPhrases) {
      let text = phraseExtractor.text(
        of: phrase, in: scan, nouns: nouns, names: analysis)
      guard !taken.contains(text) else { continue }
      topics.append(
        Topic(name: text, kind: .phrase, score: phrase.score, mentions: phrase.mentions))
    }
    let best = topics.map(\.score).max() ?? 1
    for index in topics.indices { topics[index].score /= best > 0 ? best : 1 }
    // Positions are sorted, not topics: a swap moves an integer, the scores are read from an
    // array of their own, and names are only compared when scores tie. Score first, then name,
    // as `($0.score, $1.name) > ($1.score, $0.name)`.
    let scores = topics.map(\.score)
    let order = topics.indices.sorted { first, second in
      let (one, other) = (scores[first], scores[second])
      if one != other { return one > other }
      return topics[second].name > topics[first].name
    }
    Self.arrange(&topics, in: order)
    return topics
  }

  /// Puts `items[order[i]]` at each position `i`, swapping along each cycle of the
  /// permutation `order`: no element is copied, so no reference count changes.
  static func arrange<Item>(_ items: inout [Item], in order: [Int]) {
    guard order.count == items.count else { return }
    var isPlaced = [Bool](repeating: false, count: order.count)
    items.withUnsafeMutableBufferPointer { items in
      for start in order.indices where !isPlaced[start] {
        // The item that started at `start` is carried along the cycle until its place.
        var position = start
        while true {
          isPlaced[position] = true
          let source = order[position]
          guard source >= 0, source < items.count, !isPlaced[source] else { break }
          items.swapAt(position, source)
          position = source
        }
      }
    }
  }

  /// True when `span` lies inside one of `segments` (sorted by their start). Inlined: the key
  /// phrases' candidates ask it 170,000 times over the BBC set, and the call was a fifth of
  /// its cost.
  @inline(__always)
  static func isInside(_ span: Range<Int>, _ segments: [Range<Int>]) -> Bool {
    // The last segment starting at or before the span is the only one that can hold it.
    var low = 0
    var high = segments.count
    while low < high {
      let middle = (low + high) / 2
      if segments[middle].lowerBound <= span.lowerBound { low = middle + 1 } else { high = middle }
    }
    return low > 0 && segments[low - 1].upperBound >= span.upperBound
  }
}

extension NameCandidate {
  /// The topic of this name, scored by salience, kind and quotes.
  ///
  /// Whether a quote holds one of its mentions is ``isQuoted``, read by the finder.
  fileprivate func topic(_ salience: SalienceTable, language: String) -> Topic {
    let weights = salience.weights
    let (name, aliases) = naming
    let kind = self.kind
    let mentions = max(self.mentions, quotes)
    let isCued = cuedMentions > 0
    var score = salience.value(
      mentions: mentions, firstSentence: firstSentence, inHeadline: headlineMentions > 0)
    score *= 1 + weights.quote * Double(min(quotes, 4))
    if isCued { score *= weights.topicCue }
    if isWithActors { score *= weights.actors }
    if isQuoted { score *= weights.quoted }
    // A full-named organisation (`UN Security Council`) is as specific as a short name.
    if kind != .organisation {
      for _ in 1..<max(words.count, 1) { score *= weights.nameLength }
    }
    switch kind {
    case .person: score *= weights.person * (isTitled ? weights.role : 1)
    case .organisation:
      score *= words.count > 1 ? weights.fullOrganisation : weights.organisation
    case .place: score *= weights.place
    case .other, .phrase: score *= weights.other
    }
    // A role is a person's (`Home Secretary`); before a place or a body it names someone
    // else (`UK chancellor`, `an EU spokesman`).
    return Topic(
      name: name, kind: kind, score: score, mentions: mentions, aliases: aliases,
      role: kind == .person ? RoleStyle.written(mainRole, language: language) : nil)
  }
}
