/// A named entity of one article: a person, organisation, place or other proper name.
///
/// All the article's mentions of one thing are merged into one entity, whatever form they take
/// (`President Vladimir Putin`, `Putin`, `Putin's`); ``name`` is the fullest form.
public struct Entity: Sendable, Equatable, Hashable {
  /// The fullest form of the name (`Vladimir Putin`).
  public var name: String
  /// Person, organisation, place or other, from the cues around the mentions.
  public var kind: TopicKind
  /// A title or office stated before the name (`Russian President`), the most frequent one.
  public var role: String?
  /// Other surface forms merged into this entity (`Putin`), most frequent first.
  public var aliases: [String]
  /// Mentions in the headline and the body, all forms counted.
  public var mentions: Int
  /// Unicode scalar offsets into ``Article/text`` of each body mention, in text order.
  public var spans: [Range<Int>]
  /// True when the headline names the entity.
  public var isInHeadline: Bool

  /// An entity with the given facts; ``EntityExtractor`` makes them from text.
  public init(
    name: String, kind: TopicKind, role: String? = nil, aliases: [String] = [], mentions: Int,
    spans: [Range<Int>] = [], isInHeadline: Bool = false
  ) {
    self.name = name
    self.kind = kind
    self.role = role
    self.aliases = aliases
    self.mentions = mentions
    self.spans = spans
    self.isInHeadline = isInHeadline
  }
}
