/// What kind of thing a topic is.
public enum TopicKind: String, Sendable, Codable, CaseIterable {
  case person
  case organisation = "org"
  case place
  case other
  case phrase
}

/// A topic of one article: a named entity or a key phrase, scored within that article.
public struct Topic: Sendable, Equatable, Hashable, Codable {
  /// The fullest form of the name in the article (`Vladimir Putin`), or the key phrase.
  public var name: String
  public var kind: TopicKind
  /// Salience within the article; higher is more central. Comparable across articles.
  public var score: Double
  /// How many times the topic is mentioned in the article (all aliases counted).
  public var mentions: Int
  /// Other surface forms that refer to the same thing in this article (`Putin`).
  public var aliases: [String]
  /// A role or title stated for a person (`President`), when there is one.
  public var role: String?

  public init(
    name: String, kind: TopicKind, score: Double, mentions: Int, aliases: [String] = [],
    role: String? = nil
  ) {
    self.name = name
    self.kind = kind
    self.score = score
    self.mentions = mentions
    self.aliases = aliases
    self.role = role
  }
}

/// A topic ranked across the whole session: one entity or phrase merged over its articles.
public struct SessionTopic: Sendable, Equatable, Hashable, Codable {
  public var name: String
  public var kind: TopicKind
  /// Salience across the session (how many articles, how prominent in each).
  public var score: Double
  /// Mentions summed over all articles.
  public var mentions: Int
  /// Ids of the articles that mention it, in ascending order.
  public var articles: [Int]
  /// Every other surface form merged into it, across the session.
  public var aliases: [String]
  public var role: String?

  public init(
    name: String, kind: TopicKind, score: Double, mentions: Int, articles: [Int],
    aliases: [String] = [], role: String? = nil
  ) {
    self.name = name
    self.kind = kind
    self.score = score
    self.mentions = mentions
    self.articles = articles
    self.aliases = aliases
    self.role = role
  }
}
