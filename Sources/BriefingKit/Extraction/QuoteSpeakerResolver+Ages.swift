/// English age descriptions (`the 21-year-old told Cadena Cope`): sports and crime copy call
/// the person the story is about by their age once they have been named.
extension QuoteSpeakerResolver {
  /// True for `the` and one word ending in `-year-old` (`the 21-year-old`).
  func isAgeDescription(_ mention: Range<Int>) -> Bool {
    guard language == "en", mention.count == 2, let last = mention.last, last < tokens.count,
      tokens[mention.lowerBound].hash == Self.theHash, tokens[last].end - tokens[last].start > 9
    else { return false }
    return people.text(last..<(last + 1)).lowercased().hasSuffix("-year-old")
  }

  /// The person an age description at token `index` means: the subject of a sentence since
  /// the last speaker was named, else the one person named before it; nil when two or more
  /// were named and none is a subject (the last speaker may be another age).
  func ageHolder(before index: Int) -> Int? {
    if let subject = subject(before: index, after: lastMention, gender: .unknown) {
      return subject
    }
    var named: Int?
    for occurrence in people.occurrences where occurrence.token < index {
      guard people.people[occurrence.person].isPerson else { continue }
      if named.map({ $0 != occurrence.person }) ?? false { return nil }
      named = occurrence.person
    }
    return named
  }

  private static let theHash = QuoteToken.hash(of: "the")
}
