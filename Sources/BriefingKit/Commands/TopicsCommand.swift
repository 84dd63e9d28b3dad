/// `topics`: people, organisations, places and key phrases, ranked.
struct TopicsCommand: Command {
  static let name = "topics"
  static let usage = "topics [ID...] [--kind person|org|place|other|phrase] [--limit N] [--json]"
  static let abstract = "Rank the topics across the session, or within some articles."
  static let details = """
    Topics are ranked by salience: how many articles mention them and how prominently
    (headline, lead, quotes). A key phrase counts more where it leads an article and less
    the more of the articles use it (`company` in a pile of business news). With ids
    (`3 5`, a range `3-7`), only those articles count.

    Options:
      --kind KIND   only people, organisations (org), places, other names or key phrases
      --limit N     at most N topics (default 20)
      --json        one JSON array: name, kind, score, mentions, articles, aliases

    Example:
      topics --kind person --limit 10
    """
  static let completion = CompletionSpec(
    flags: ["--kind", "--limit", "--json"], values: [.articleID],
    flagValues: ["--kind": .words(TopicKind.allCases.map(\.rawValue)), "--limit": .words([])])
  var ids: [Int]
  var kind: TopicKind?
  var limit: Int
  var json: Bool

  init(arguments: [String]) throws(CommandError) {
    let parsed = try ParsedArguments(
      arguments, for: Self.self, flags: ["--json"], options: ["--kind", "--limit"])
    ids = try Self.articleIDs(parsed.positionals)
    kind = try parsed.choice("--kind", in: TopicKind.allCases.map(\.rawValue)).flatMap(
      TopicKind.init(rawValue:))
    limit = try parsed.limit("--limit") ?? 20
    json = parsed.has("--json")
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    for id in ids { _ = try context.store.article(id: id) }
    let topics = try TopicListing.ranked(ids: ids, kind: kind, limit: limit, in: context.store)
    if json { return CommandOutput(JSONValue.array(topics.map(TopicListing.json)).rendered()) }
    guard !topics.isEmpty else { return CommandOutput("no topics") }
    let table = Table(
      headers: ["TOPIC", "KIND", "SCORE", "MENTIONS", "ARTICLES"],
      rows: topics.map { topic in
        [
          topic.name, topic.kind.rawValue, TopicListing.score(topic.score), String(topic.mentions),
          String(topic.articles.count),
        ]
      }, flexible: [0])
    return CommandOutput(table.rendered(width: context.width))
  }
}

/// How topics are chosen and print, shared by `topics`, `topic` and the memo.
enum TopicListing {
  /// The first `limit` topics (of `kind`, when given) of the session, of one article (in its
  /// own order) or of several (merged). The session's ranking is decoded only as far as the
  /// topics shown.
  static func ranked(
    ids: [Int], kind: TopicKind?, limit: Int, in store: SessionStore
  ) throws -> [SessionTopic] {
    let isWanted = { (topic: SessionTopic) in kind.map { topic.kind == $0 } ?? true }
    guard !ids.isEmpty else {
      return Array(try store.rankedTopics().lazy.filter(isWanted).prefix(limit))
    }
    return Array(try ranked(ids: ids, in: store).filter(isWanted).prefix(limit))
  }

  /// Topics of one article (in its own order) or of several (merged).
  private static func ranked(ids: [Int], in store: SessionStore) throws -> [SessionTopic] {
    guard ids.count == 1 else { return try store.sessionTopics(articles: ids) }
    let topics = try store.articleTopics(articles: ids).first?.topics ?? []
    return topics.map { topic in
      SessionTopic(
        name: topic.name, kind: topic.kind, score: topic.score, mentions: topic.mentions,
        articles: ids, aliases: topic.aliases, role: topic.role)
    }
  }

  static func json(_ topic: SessionTopic) -> JSONValue {
    .object([
      ("name", .string(topic.name)), ("kind", .string(topic.kind.rawValue)),
      ("score", .double(topic.score)), ("mentions", .int(topic.mentions)),
      ("articles", .array(topic.articles.map { .int($0) })),
      ("aliases", .array(topic.aliases.map { .string($0) })), ("role", .string(topic.role)),
    ])
  }

  /// `value` with two decimals (`76.60`, `0.05`), so that a column of scores lines up.
  static func score(_ value: Double) -> String {
    let scaled = (value * 100).rounded()
    guard scaled.isFinite, abs(scaled) < 1e15 else { return String(value) }
    let hundredths = Int(scaled)
    let sign = hundredths < 0 ? "-" : ""
    let whole = abs(hundredths) / 100
    let fraction = abs(hundredths) % 100
    return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// The topic whose name or an alias is `name`, ignoring case.
  static func find(_ name: String, in topics: [SessionTopic]) -> SessionTopic? {
    let wanted = name.lowercased()
    return topics.first { $0.name.lowercased() == wanted }
      ?? topics.first { $0.aliases.contains { $0.lowercased() == wanted } }
      ?? topics.first { startsAWord($0.name.lowercased(), wanted) }
      ?? topics.first { $0.name.lowercased().contains(wanted) }
  }

  /// True when `wanted` starts one of the words of `name` (`ush` in `yuri ushakov`), which a
  /// user typing the start of a name means before a match inside a word (`bush`).
  static func startsAWord(_ name: String, _ wanted: String) -> Bool {
    name.hasPrefix(wanted) || Completer.laterWordStarts(with: Substring(wanted), in: name)
  }

  /// ``find(_:in:)`` over the session's ranking: names and aliases are read without decoding
  /// the topics, and only the topic found is decoded.
  static func find(_ name: String, in ranked: RankedTopics) -> SessionTopic? {
    let wanted = name.lowercased()
    let found =
      ranked.indices.first { ranked.name(at: $0).lowercased() == wanted }
      ?? ranked.indices.first { ranked.aliases(at: $0).contains { $0.lowercased() == wanted } }
      ?? ranked.indices.first { startsAWord(ranked.name(at: $0).lowercased(), wanted) }
      ?? ranked.indices.first { ranked.name(at: $0).lowercased().contains(wanted) }
    return found.map { ranked[$0] }
  }
}
