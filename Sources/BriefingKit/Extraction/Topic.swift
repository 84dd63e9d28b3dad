/// What kind of thing a topic is.
public enum TopicKind: String, Sendable, Codable, CaseIterable {
  case person
  case organisation = "org"
  case place
  case other
  case phrase
}

extension TopicKind {
  /// The kind as a small number, 0 to 4 (person, organisation, place, other, phrase), for
  /// kinds packed into bits or kept per kind; ``init(slot:)`` reads it back.
  var slot: Int {
    switch self {
    case .person: 0
    case .organisation: 1
    case .place: 2
    case .other: 3
    case .phrase: 4
    }
  }

  /// The kind whose ``slot`` is `slot`; phrase for any number above 3.
  init(slot: Int) {
    switch slot {
    case 0: self = .person
    case 1: self = .organisation
    case 2: self = .place
    case 3: self = .other
    default: self = .phrase
    }
  }
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

  /// A topic with the given facts. A person known by one name after a peer's or royal's title
  /// is shown with it (``styled(_:role:)``: `Falconer`, role `Lord` → `Lord Falconer`).
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
    if kind == .person, let styled = Self.styled(name, role: role) {
      self.aliases.insert(name, at: 0)
      (self.name, self.role) = styled
    }
  }

  /// `Lord Falconer` for the one-word name `Falconer` whose role ends with a title of
  /// ``CueData/styleTitles`` (`Lord Chancellor Lord` → role `Lord Chancellor`); nil for other
  /// names, so that a name already styled stays as it is. Topics are merged across articles
  /// by their plain names first: only the name shown changes.
  static func styled(_ name: String, role: String?) -> (name: String, role: String?)? {
    guard let role, !name.contains(" ") else { return nil }
    let words = role.split(separator: " ")
    guard let title = words.last, CueData.styleTitles.contains(title.lowercased()) else {
      return nil
    }
    let rest = words.dropLast()
    // `Crown Prince Abdullah`: the title belongs to the role it completes.
    let shownRole = rest.last?.lowercased() == "crown" ? role : rest.joined(separator: " ")
    return ("\(title) \(name)", shownRole.isEmpty ? nil : shownRole)
  }
}
