extension NameFinder {
  /// Merges candidates whose words differ only by an inflection (`Путина` ≡ `Путин`,
  /// German genitive `Merkels` ≡ `Merkel`) or by the dots of an acronym (`U.S.` ≡ `US`) into
  /// the most mentioned one.
  mutating func mergeStems() {
    let inflects = usesStems
    let hasDots = candidates.contains { Self.hasDot($0.key) }
    guard inflects || hasDots else { return }
    var byStem: [String: Int] = [:]
    for index in candidates.indices where alive[index] {
      let key = candidates[index].key
      let undotted = key.utf8.contains(UInt8(ascii: ".")) ? key.filter { $0 != "." } : key
      let stem = inflects ? NameStemmer.stem(undotted) : undotted
      guard let other = byStem[stem] else {
        byStem[stem] = index
        continue
      }
      var keepOther = candidates[other].mentions >= candidates[index].mentions
      // `Googles` and `Google`: the German genitive is the one merged away, however often.
      if isGerman {
        let (otherKey, key) = (candidates[other].key, candidates[index].key)
        if key == otherKey + "s" { keepOther = true }
        if otherKey == key + "s" { keepOther = false }
      }
      let (keep, drop) = keepOther ? (other, index) : (index, other)
      merge(drop, into: keep)
      byStem[stem] = keep
    }
  }

  /// True when `key` holds a period; scans its bytes in place when it can.
  static func hasDot(_ key: String) -> Bool {
    let dot = UInt8(ascii: ".")
    return key.utf8.withContiguousStorageIfAvailable { $0.contains(dot) }
      ?? key.utf8.contains(dot)
  }

  /// Merges short names into the longer names they abbreviate: a surname into the full name
  /// (`Ushakov` ≡ `Yuri Ushakov`), a tail into the whole (`Security Council` ≡ `UN Security
  /// Council`), an acronym into the words it stands for (`NATO`).
  mutating func mergeAliases() {
    var stems: [String: Int32] = [:]
    // Names of several words by the key of their last word: each group is a chain through
    // `nextInGroup` from its head, so no array is built per group or per lookup.
    var groups = KeyTable(capacity: candidates.count)
    var heads: [Int] = []
    // At most one group per candidate: reserved at once rather than grown.
    heads.reserveCapacity(candidates.count)
    var nextInGroup = [Int](repeating: -1, count: candidates.count)
    for index in candidates.indices where alive[index] && candidates[index].words.count >= 2 {
      if let last = candidates[index].words.last {
        let key = Self.groupKey(lastKey(of: last, stems: &stems))
        let next = Int32(heads.count)
        let group = Int(groups.value(for: key) { next })
        if group == heads.count { heads.append(-1) }
        nextInGroup[index] = heads[group]
        heads[group] = index
      }
    }
    let order = candidates.indices.filter { alive[$0] }.sorted {
      candidates[$0].words.count < candidates[$1].words.count
    }
    for short in order where alive[short] {
      // The expansions are counted and the most mentioned kept as the chain is walked.
      var expansions = 0
      var best: Int?
      if let last = candidates[short].words.last,
        let group = groups.find(Self.groupKey(lastKey(of: last, stems: &stems)))
      {
        var member = heads[Int(group)]
        while member >= 0 {
          if isExpansion(member, of: short) {
            expansions += 1
            if best.map({ isMentionedMore(member, than: $0) }) ?? true { best = member }
          }
          member = nextInGroup[member]
        }
      }
      // `Union` could be the Soviet or the European one: organisation tails must be unique.
      let isAmbiguous = expansions > 1 && candidates[short].organisation >= 3
      var target = isAmbiguous ? nil : best
      if target == nil, mayStandForInitials(short), let acronym = acronym(of: short) {
        target = mostMentioned(standingFor(acronym, except: short))
      }
      if let target { merge(short, into: target) }
    }
  }

  /// The live candidates of several words, but `short` and people, whose initials
  /// (``initials(of:)``) are `acronym`, in order. Found by reading the candidates in turn: an
  /// article has one or two acronyms to look up, where a table of every candidate's initials
  /// cost 15,000 instructions to build.
  private func standingFor(_ acronym: String, except short: Int) -> [Int] {
    candidates.indices.filter { index in
      candidates[index].words.count >= 2 && alive[index] && index != short
        && !isPersonName(index) && initials(of: index) == acronym
    }
  }

  /// The kept candidates and the tokens they cover. Takes the candidates out of the finder,
  /// which keeps none: the kept ones move to the front of the list and are never copied.
  ///
  /// Each kept candidate lists the spans of its body mentions, or with `quoted` (the quotes'
  /// scalar ranges sorted by their start) only says whether a quote holds one: a topic needs
  /// no more, and an array of spans per name cost 320 instructions to fill and more to free.
  mutating func analysis(quoted: [Range<Int>]? = nil) -> NameAnalysis {
    var kept = candidates
    candidates = []
    var count = 0
    var covered = [Bool](repeating: false, count: scan.tokens.count)
    // Candidates are read through the buffer in place: an array element passed to a property
    // or a method is copied, which retains and releases each of its arrays and strings.
    kept.withUnsafeMutableBufferPointer { kept in
      for index in kept.indices where index < alive.count && alive[index] {
        if kept[index].isWeak || kept[index].isUnit || Self.isShorterThanTwoScalars(kept[index].key)
        {
          continue
        }
        // German capitalises every noun: a lone capitalised word is a noun unless it is a
        // known body or place, an acronym, or a person (`Regierung`, `nach Angaben`: nouns).
        if isGerman && Self.isGermanNoun(kept[index]) { continue }
        let (first, body) = (kept[index].firstMention, kept[index].bodyMentions)
        mentionList.forEach(from: first) { mention in
          for token in mention.tokens where token < covered.count { covered[token] = true }
        }
        if let quoted {
          kept[index].isQuoted =
            body > 0 && !quoted.isEmpty
            && mentionList.contains(from: first) { mention in
              mention.span.map { TopicExtractor.isInside($0, quoted) } ?? false
            }
        } else if body > 0 {
          kept[index].spans = mentionList.spans(from: first, count: body)
        }
        kept.swapAt(count, index)
        count += 1
      }
    }
    kept.removeSubrange(count...)
    if isGerman { Self.nameNominatives(&kept) }
    for range in roleRanges {
      for token in range where token < covered.count { covered[token] = true }
    }
    let actors = actorMentions(of: kept)
    kept.withUnsafeMutableBufferPointer { kept in
      for index in kept.indices { kept[index].isWithActors = isWithActors(kept[index], actors) }
    }
    return NameAnalysis(
      candidates: kept, covered: covered, actorMentions: actors, titleCaseLines: titleCaseLines,
      lowercaseUses: lowercaseUses)
  }

  /// True when `key` has fewer than two Unicode scalars, counted only when it is short
  /// enough to be one scalar (at most four UTF-8 bytes).
  static func isShorterThanTwoScalars(_ key: String) -> Bool {
    let bytes = key.utf8.count
    return bytes < 2 || (bytes <= 4 && key.unicodeScalars.count < 2)
  }

  /// Mentions of recurring names per body sentence.
  private func actorMentions(of kept: [NameCandidate]) -> [Int32] {
    var actors = [Int32](repeating: 0, count: scan.sentenceCount)
    // By index, reading two fields: a candidate taken from the array is copied whole.
    for index in kept.indices where kept[index].mentions >= 2 {
      mentionList.forEach(from: kept[index].firstMention) { mention in
        let sentence = Int(scan.tokens[mention.tokens.lowerBound].sentence)
        if sentence >= 0 && sentence < actors.count { actors[sentence] += 1 }
      }
    }
    return actors
  }

  /// True when a sentence naming `candidate` also names another recurring name.
  private func isWithActors(_ candidate: NameCandidate, _ actors: [Int32]) -> Bool {
    let isActor = candidate.mentions >= 2
    let tokens = scan.tokens
    let mentions = mentionList
    // Sentences are read from the tokens each time: no array is built per candidate.
    let sentenceOf = { (range: Range<Int>) -> Int in Int(tokens[range.lowerBound].sentence) }
    let first = candidate.firstMention
    return mentions.contains(from: first) { mention in
      let sentence = sentenceOf(mention.tokens)
      guard sentence >= 0 && sentence < actors.count else { return false }
      var own: Int32 = 0
      if isActor {
        mentions.forEach(from: first) { if sentenceOf($0.tokens) == sentence { own += 1 } }
      }
      return actors[sentence] > own
    }
  }

  mutating func merge(_ drop: Int, into keep: Int) {
    guard drop != keep, alive[drop], alive[keep] else { return }
    // Two different elements, read and changed in place: no copy of the dropped one.
    candidates.withUnsafeMutableBufferPointer { candidates in
      candidates[keep].absorb(candidates[drop])
    }
    let (first, last) = (candidates[drop].firstMention, candidates[drop].lastMention)
    mentionList.link(first, last, to: &candidates[keep])
    alive[drop] = false
  }

  @inline(__always)
  func mostMentioned(_ indices: [Int]) -> Int? {
    indices.max { (candidates[$0].mentions, $1) < (candidates[$1].mentions, $0) }
  }

  /// True when candidate `one` ranks above `other` for ``mostMentioned(_:)``: more mentions,
  /// or as many and earlier.
  @inline(__always)
  private func isMentionedMore(_ one: Int, than other: Int) -> Bool {
    (candidates[other].mentions, one) < (candidates[one].mentions, other)
  }

  /// The ``KeyTable`` key of a last word's key (never 0).
  @inline(__always)
  private static func groupKey(_ key: Int32) -> UInt64 { UInt64(UInt32(bitPattern: key)) + 1 }

  /// True when candidate `long` ends with the words of `short` and can be what it abbreviates.
  @inline(__always)
  private func isExpansion(_ long: Int, of short: Int) -> Bool {
    let longWords = candidates[long].words
    let shortWords = candidates[short].words
    guard alive[long], long != short, longWords.count > shortWords.count else { return false }
    // The last words are compared in a loop: a closure calling a method captured a copy of the
    // whole finder, retaining and releasing each of its arrays.
    let offset = longWords.count - shortWords.count
    for position in 0..<shortWords.count
    where !isSameWord(longWords[offset + position], shortWords[position]) {
      return false
    }
    guard shortWords.count == 1 else { return true }
    // Fields are read in place: a copy of a candidate retains every array and dictionary.
    if candidates[short].place >= 3 { return false }
    // `PENCE` (a transcript's label, read as an acronym) is `Mike Pence`: capitals that spell
    // the surname of a person the article names in full.
    // (Not `DVD` into `Harry Potter DVD`: there the capitals are the long name's own.)
    if candidates[short].isAllCaps, isPersonName(long), longWords.count <= 3,
      candidates[long].person > max(candidates[long].organisation, candidates[long].place),
      candidates[long].firstForm.split(separator: " ").last?.contains(where: \.isLowercase)
        == true
    {
      return true
    }
    let organisation = candidates[long].organisation
    // `City` ≡ `Manchester City`: an organisation word alone is the organisation it ends.
    if candidates[short].organisation >= 3 { return organisation >= 3 }
    let place = candidates[long].place
    let isPersonLike = candidates[long].person > max(organisation, place)
    // `Kingsport` is not `Port of Kingsport`, nor `Film` a person `… of Total Film`: after
    // `of` the last word names something else (particles such as `van` or `de` do not count).
    // In a loop, not through closures: a closure that reads the text captured a copy of the
    // whole finder, retaining and releasing each of its arrays.
    var hasConnector = false
    for word in longWords where scan.classes[Int(word)].contains(.nameConnector) {
      if NameJoiners.anyLanguage.contains(Substring(scan.lower(word))) { return false }
      hasConnector = true
    }
    let isPlain = organisation == 0 && place == 0 && longWords.count <= 3 && !hasConnector
    return isPersonLike || isPlain
  }

  /// A number for the last word of a name that is the same for its inflections: the word's id,
  /// or in Russian and German the id given to its stem in `stems`.
  @inline(__always)
  private func lastKey(of word: Int32, stems: inout [String: Int32]) -> Int32 {
    guard usesStems else { return word }
    let stem = stem(of: word)
    if let id = stems[stem] { return id }
    let id = Int32(stems.count)
    stems[stem] = id
    return id
  }

  /// True when two name words are the same word, inflections aside.
  private func isSameWord(_ first: Int32, _ second: Int32) -> Bool {
    first == second || (usesStems && stem(of: first) == stem(of: second))
  }

  /// The inflection-free form of a name word (itself outside Russian and German).
  private func stem(of word: Int32) -> String {
    let text = scan.lower(word)
    return usesStems ? NameStemmer.stem(text) : text
  }

  /// First letters of a multi-word name without its connectors (`UN` for `United Nations`).
  ///
  /// When every first letter is ASCII (nearly always) they are written at once into the
  /// string's own storage: appending them one scalar at a time cost more than the rest of the
  /// alias merging's bookkeeping.
  @inline(__always)
  private func initials(of index: Int) -> String {
    let words = candidates[index].words
    var count = 0
    var isASCII = true
    for word in words where !scan.classes[Int(word)].contains(.nameConnector) {
      guard let first = scan.lowerTable.bytes(of: word).first else { continue }
      count += 1
      if first >= 0x80 { isASCII = false }
    }
    guard isASCII else { return scalarInitials(of: index) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var end = 0
      for word in words where !scan.classes[Int(word)].contains(.nameConnector) && end < count {
        guard let first = scan.lowerTable.bytes(of: word).first else { continue }
        buffer[end] = first >= 0x61 && first <= 0x7A ? first - 32 : first
        end += 1
      }
      return end
    }
  }

  /// ``initials(of:)`` for a name with a first letter beyond ASCII, uppercased as a
  /// `Character` (`É` for `élysée`).
  private func scalarInitials(of index: Int) -> String {
    var result = ""
    for word in candidates[index].words {
      guard !scan.classes[Int(word)].contains(.nameConnector),
        let first = scan.lowerTable.bytes(of: word).first
      else { continue }
      if first < 0x80 {
        result.unicodeScalars.append(
          Unicode.Scalar(first >= 0x61 && first <= 0x7A ? first - 32 : first))
      } else if let character = scan.lower(word).first {
        result += character.uppercased()
      }
    }
    return result
  }

  /// Whether an acronym may be read as the initials of a longer name in the text: not a place
  /// the gazetteer knows (`Universal Studios` in a text about the `US` is not the US; its own
  /// long forms join it through the known aliases), nor a common noun or product (`CD` in a
  /// text about `Cat Deeley`).
  @inline(__always)
  private func mayStandForInitials(_ index: Int) -> Bool {
    !candidates[index].isGazetteerPlace && !candidates[index].isCommonNoun
  }

  /// Whether the name opens with a given name (`Ulrich Schulte-Strathaus`): a person, whose
  /// initials are no acronym of theirs.
  @inline(__always)
  private func isPersonName(_ index: Int) -> Bool {
    guard let first = candidates[index].words.first else { return false }
    return scan.classes[Int(first)].contains(.givenName)
  }

  /// The letters of a single-word all-capitals name (`U.N.` → `UN`), or nil.
  @inline(__always)
  private func acronym(of index: Int) -> String? {
    // Fields are read in place, the cheap tests first: most names asked about are no acronym,
    // and a copy of the candidate retains and releases every array and dictionary it holds.
    guard candidates[index].words.count == 1, candidates[index].isAllCaps,
      let surface =
        candidates[index].otherSurfaces.isEmpty
        ? (candidates[index].firstForm.isEmpty ? nil : candidates[index].firstForm)
        : candidates[index].surfaces.max(by: { $0.value < $1.value })?.key
    else { return nil }
    let letters = surface.filter { $0 != "." }
    guard letters.count >= 2, letters.allSatisfy({ $0.isUppercase }) else { return nil }
    return letters
  }
}
