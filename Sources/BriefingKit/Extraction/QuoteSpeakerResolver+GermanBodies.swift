private typealias German = QuoteGermanWords

/// German mentions whose last capitalised words name a body in the genitive after the
/// speaker's role (`der Chef der Gruppe Nord-Allianz`, `die Polizeichefin des Bezirks
/// Varnau`): the words are the body's name, so the mention names no person; a spokesperson's
/// words are the body's (`eine Sprecherin der Deutschen Bahn`).
extension QuoteSpeakerResolver {
  /// The role (the words before `der` or `des`), with the body as the speaker only after a
  /// spokesperson, when the German capitalised words from `nameStart` to the end of `mention`
  /// follow a noun and `der` or `des`, and hold no given name, role noun (`die Vorwürfe der
  /// Anwältin`) or known person's name; nil when the mention has no such shape.
  func genitiveBody(_ mention: Range<Int>, nameStart: Int) -> Speaker? {
    guard language == "de", nameStart - 2 > mention.lowerBound, nameStart < mention.upperBound,
      mention.upperBound <= tokens.count,
      German.genitiveDeterminers.contains(tokens[nameStart - 1].hash),
      tokens[nameStart - 1].isLowercase, tokens[nameStart - 2].isWord,
      tokens[nameStart - 2].isCapitalized,
      !(nameStart..<mention.upperBound).contains(where: {
        QuoteGermanNames.isGivenName(tokens[$0].hash) || lexicon.isRole(tokens[$0])
      })
    else { return nil }
    let name = nameStart..<mention.upperBound
    if let known = people.person(named: name), people.people[known].isPerson { return nil }
    if name.count == 1, people.isSurname(tokens[nameStart].hash) { return nil }
    var start = mention.lowerBound
    while start < nameStart, lexicon.is(tokens[start].hash, .determiner) { start += 1 }
    // A spokesperson gives the body's word (`ein Sprecher der Deutschen Bahn`), as `a
    // spokesman for Network Rail` does in English: the body is the speaker.
    let head = people.text((nameStart - 2)..<(nameStart - 1)).lowercased()
    let speaksForBody = head.hasSuffix("sprecher") || head.hasSuffix("sprecherin")
    return Speaker(
      name: speaksForBody ? people.text(name) : nil, role: people.text(start..<(nameStart - 1)))
  }
}

extension QuoteSpeakerResolver {
  /// `heißt es im Verband` after `Vorstand des Verbands`: a German name of one word that the
  /// article wrote in full only as the end of a noun phrase (words joined by `des`, `der`,
  /// `von`) speaks under its own word, not the phrase's, when the mention has only an article
  /// before it (`der Verband`); nil when `person` is no such phrase or the mention is one
  /// (`die Gegner des Plans`).
  func bareBody(_ name: Range<Int>, in mention: Range<Int>, person index: Int) -> Speaker? {
    guard language == "de", name.count == 1, index >= 0, index < people.people.count,
      mention.lowerBound <= name.lowerBound,
      (mention.lowerBound..<name.lowerBound).allSatisfy({
        lexicon.is(tokens[$0].hash, .determiner)
      })
    else { return nil }
    let person = people.people[index]
    guard !person.isPerson, person.words.count > 1,
      let linker = person.name.last(where: { $0 < tokens.count && tokens[$0].isLowercase })
    else { return nil }
    // `Wechsel von Thorsten Albers`: a given name after the last linker starts a full name.
    let tail = (linker + 1)..<person.name.upperBound
    if tail.count >= 2, QuoteGermanNames.isGivenName(tokens[tail.lowerBound].hash) {
      return Speaker(name: people.text(tail), role: nil)
    }
    return Speaker(name: people.text(name), role: nil)
  }
}
