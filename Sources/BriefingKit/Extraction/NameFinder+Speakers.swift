/// Quoted speakers joining the names of an article: a speaker is a person, unless the name
/// says it is a body, a place or a plural noun.
extension NameFinder {
  /// Makes the candidate named `speaker` (or by its surname) a quoted person, adding one if
  /// the text never names the speaker the same way.
  ///
  /// `quotes` is how many quotes the speaker has: each counts as a quote and a person cue (an
  /// organisation cue for an acronym). A person's `role`, stated at a quote's cue, is theirs
  /// when the text gives them no title of its own and it is a description.
  mutating func attribute(speaker: String, quotes: Int = 1, role: String? = nil) {
    var words = Self.lowercasedWords(speaker)
    // `Guy Mansfield QC`: an office written after the name is not part of it.
    if words.count > 2, let last = words.last, CueData.postnominalTitles.contains(last) {
      words.removeLast()
    }
    guard let lastWord = words.last else { return }
    let key = words.joined(separator: " ")
    var target = candidates.indices.first { alive[$0] && candidates[$0].key == key }
    if target == nil {
      let lastID = scan.lowerTable.find(Array(lastWord.utf8))
      target = mostMentioned(
        candidates.indices.filter {
          alive[$0] && endsWith($0, lastWord, id: lastID)
            && candidates[$0].place < 3 && candidates[$0].organisation < 3
        })
    }
    let index = target ?? candidates.count
    if target == nil {
      let written = Self.spaceSeparated(speaker)
      let surface =
        words.count < written.count ? written.dropLast().joined(separator: " ") : speaker
      var candidate = NameCandidate(words: [], key: key, otherSurfaces: [surface: 1])
      candidate.isKnownOrganisation = lexicon.knownOrganisations.contains(key)
      candidate.hasOrganisationWord = words.contains { lexicon.organisationWords.contains($0) }
      candidates.append(candidate)
      alive.append(true)
    }
    candidates[index].quotes += quotes
    // `the BRC said`, `the Home Office said`: an acronym or a body that speaks is an
    // organisation, not a person; a place named by its geography (`Isle of Sheppey`) is no
    // speaker, whatever the quote's attribution says. Fields are read in place: a copy of the
    // candidate retains and releases every array and dictionary it holds.
    let isAcronym = candidates[index].isAllCaps && candidates[index].words.count == 1
    if candidates[index].hasPlaceWord || candidates[index].isCommonNoun { return }
    // `Analysts said`: a plural noun opening the sentences it is in speaks for no one person.
    let isPluralNoun =
      words.count == 1
      && candidates[index].sentenceInitialMentions >= candidates[index].bodyMentions
      && Self.endsLikePluralNoun(lastWord.utf8)
    if isPluralNoun && isEnglish { return }
    // `EU-Kommission: „…“`: a German compound ending in a body noun speaks as that body.
    let isGermanBody = isGerman && QuoteSpeakerResolver.isGermanBody(lastWord)
    if (isAcronym && !candidates[index].isGazetteerPlace) || candidates[index].hasOrganisationWord
      || candidates[index].bodyCues > 0 || isGermanBody
    {
      candidates[index].organisation += 3 * Double(quotes)
    } else {
      candidates[index].person += 3 * Double(quotes)
      if let role, candidates[index].roles.isEmpty, Self.isDescription(role) {
        candidates[index].roles[role] = 1
      }
    }
  }

  /// The words of `speaker` lowercased, as `spaceSeparated(speaker.lowercased())` gives them.
  /// An ASCII name (nearly every one) is cut and lowered on its bytes, each word written once
  /// into its string's own storage: lowercasing the name, cutting it into substrings and
  /// making strings of them cost 4,000 instructions a speaker.
  static func lowercasedWords(_ speaker: String) -> [String] {
    let ascii: [String]? = speaker.withUTF8Bytes { bytes in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      var words: [String] = []
      // Room for every word at once: most names have two.
      words.reserveCapacity(bytes.reduce(1) { $0 + ($1 == UInt8(ascii: " ") ? 1 : 0) })
      var start = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
        if start < end {
          // `start < end <= bytes.count`: the word's bytes lie inside the name's.
          let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
          words.append(
            String(unsafeUninitializedCapacity: word.count) { buffer in
              for (position, byte) in zip(buffer.indices, word) {
                buffer[position] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
              }
              return word.count
            })
        }
        start = end + 1
      }
      return words
    }
    return ascii ?? spaceSeparated(speaker.lowercased()).map(String.init)
  }

  /// The words of `text` between spaces, as `text.split(separator: " ")` gives them. ASCII
  /// text (nearly every name) is cut on its bytes: reading it as characters costs about 400
  /// instructions a character.
  static func spaceSeparated(_ text: String) -> [Substring] {
    let utf8 = text.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ") }
    var words: [Substring] = []
    var start = utf8.startIndex
    var index = start
    while index < utf8.endIndex {
      if utf8[index] == UInt8(ascii: " ") {
        if start < index { words.append(text[start..<index]) }
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if start < utf8.endIndex { words.append(text[start...]) }
    return words
  }

  /// True when a quote's `role` describes the speaker (`assistant to the Russian leader`,
  /// `defending champion`): it ends in a lower-case noun. A club, a country or a party alone
  /// (`Arsenal`, `Britain`) says where the speaker belongs, not what they are.
  static func isDescription(_ role: String) -> Bool {
    // The first scalar of the last word, read in one pass with no array of words.
    var lastWordStart: Unicode.Scalar?
    var isAfterSpace = true
    for scalar in role.unicodeScalars {
      if scalar != " " && isAfterSpace { lastWordStart = scalar }
      isAfterSpace = scalar == " "
    }
    return lastWordStart?.properties.isLowercase ?? false
  }

  /// True when the name of candidate `index` ends with `word` (whose lowercased form has `id`
  /// in this article, if any).
  private func endsWith(_ index: Int, _ word: String, id: Int32?) -> Bool {
    if let last = candidates[index].words.last { return last == id }
    return candidates[index].key.split(separator: " ").last.map(String.init) == word
  }
}
