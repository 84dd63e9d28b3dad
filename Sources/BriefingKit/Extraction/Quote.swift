/// A direct quotation found in an article, with who said it when that is clear.
///
/// `start` and `end` are Unicode scalar offsets into ``Article/text`` and cover the quoted words
/// without the quotation marks, or, for a partial quote whose speech cue stands in its sentence,
/// the writer's clause that reports them: `Lund said [the plan was “reckless” and “a waste”].`
/// Then ``text`` is exactly the article text from `start` to `end`, with the quoted parts' marks
/// written `“` `”` (a mark typed as two, `''` or a CSV-doubled `""`, as one), and one quote holds
/// all the fragments of its clause. Otherwise, a quote
/// interrupted by its cue (`“We will not wait,” Okafor said. “The trains must run.”`) or running
/// over paragraphs has several ``segments``; ``text`` is their slices joined by ` … ` where
/// words of the writer's (letters or digits) stand between two of them, and by one space where
/// only marks, punctuation and line breaks do: `We will not wait … The trains must run.` It
/// never holds the cue's words, and shows where they were left out.
public struct Quote: Sendable, Equatable, Hashable, Codable {
  public var text: String
  public var start: Int
  public var end: Int
  /// The verbatim quoted parts in reading order (inside their marks), as scalar ranges into
  /// ``Article/text``; `start` is the first one's lower bound, `end` the last one's upper bound,
  /// except for a partial quote reported with its clause, where they lie inside `start..<end`.
  /// One part for most quotes.
  public var segments: [Range<Int>]
  /// The speaker's fullest name in the article, or nil when no speaker is clear.
  public var speaker: String?
  /// The speaker's role or title when the article states it (`Transport Secretary`).
  public var role: String?
  /// The words at the cue that name the speaker (`he`, `the diplomat`, `Ushakov`).
  public var mention: Mention?
  /// The speech verb or phrase (`said`, `according to`, `sagte`).
  public var cue: String?
  /// True for a fragment quoted inside the writer's own sentence.
  public var isPartial: Bool

  public init(
    text: String, start: Int, end: Int, speaker: String? = nil, role: String? = nil,
    mention: Mention? = nil, cue: String? = nil, isPartial: Bool = false,
    segments: [Range<Int>] = []
  ) {
    self.text = text
    self.start = start
    self.end = end
    self.segments = segments.isEmpty ? [start..<max(start, end)] : segments
    self.speaker = speaker
    self.role = role
    self.mention = mention
    self.cue = cue
    self.isPartial = isPartial
  }
}

/// A stretch of article text that names someone, with Unicode scalar offsets.
public struct Mention: Sendable, Equatable, Hashable, Codable {
  public var text: String
  public var start: Int
  public var end: Int

  public init(text: String, start: Int, end: Int) {
    self.text = text
    self.start = start
    self.end = end
  }
}
