import Testing

@testable import BriefingKit

/// Stored topics read into a ``TopicTable`` for ranking, as ``ArticleTopicsCodec`` reads them.
struct TopicTableTests {
  let topics = [
    Topic(name: "Ämter Wien", kind: .organisation, score: 1.25, mentions: 3, aliases: ["ÄW"]),
    Topic(name: "Lind", kind: .person, score: 0.5, mentions: 1, role: "Leiterin"),
    Topic(name: "Ämter Wien", kind: .other, score: 0.25, mentions: 1, aliases: ["ÄW", "Ämter"]),
  ]

  /// The topics of `table` rebuilt from its ids.
  func topics(of table: TopicTable) -> [Topic] {
    table.entries.indices.map { index in
      let entry = table.entries[index]
      return Topic(
        name: table.text(entry.name), kind: entry.kind, score: entry.score,
        mentions: table.mentions(of: index),
        aliases: table.aliasIDs[table.aliases(of: index)].map(table.text),
        role: table.role(of: index) < 0 ? nil : table.text(table.role(of: index)))
    }
  }

  func decode(_ bytes: [UInt8], into table: inout TopicTable) -> Bool {
    bytes.withUnsafeBytes { ArticleTopicsCodec.decode($0, into: &table) }
  }

  @Test func storedTopicsReadBackWithEachStringOnce() {
    var table = TopicTable()
    table.startArticle(7)
    #expect(decode(ArticleTopicsCodec.encode(topics), into: &table))
    #expect(topics(of: table) == topics)
    #expect(table.stringCount == 5)
    #expect(table.entries[0].name == table.entries[2].name)
    #expect(table.articleID(of: 2) == 7)
  }

  @Test func eachTopicKnowsItsArticleWhenSomeHaveNone() {
    var table = TopicTable()
    table.startArticle(3)
    table.startArticle(4)
    #expect(decode(ArticleTopicsCodec.encode(topics), into: &table))
    table.startArticle(5)
    table.startArticle(9)
    #expect(decode(ArticleTopicsCodec.encode(Array(topics.prefix(2))), into: &table))
    table.startArticle(10)
    #expect(table.entries.indices.map { table.articleID(of: Int32($0)) } == [4, 4, 4, 9, 9])
    #expect(topics(of: table) == topics + topics.prefix(2))
  }

  @Test(arguments: [
    0, 7, -7, 1 << 27 - 1, 1 << 27, -(1 << 27), -(1 << 27) + 1, 1 << 28, -(1 << 28), .max, .min,
  ])
  func mentionsOfAnySizeReadBack(mentions: Int) {
    var table = TopicTable()
    table.startArticle(1)
    let stored = topics.map { topic in
      var topic = topic
      topic.mentions = mentions
      return topic
    }
    #expect(decode(ArticleTopicsCodec.encode(stored), into: &table))
    #expect(topics(of: table) == stored)
  }

  @Test func aSealedTableStillFindsItsStrings() {
    var table = TopicTable()
    let lind = table.id(of: "Lind")
    let wien = table.id(of: "Ämter Wien")
    table.seal()
    #expect(table.id(of: "Ämter Wien") == wien)
    #expect(table.id(of: "Lind") == lind)
    #expect(table.id(of: "Graz") == 2)
    #expect(table.text(2) == "Graz")
  }

  @Test(arguments: [1, 5, 20, 40])
  func damagedBytesAddNothing(cut: Int) {
    var table = TopicTable()
    table.startArticle(1)
    #expect(decode(ArticleTopicsCodec.encode(topics), into: &table))
    table.startArticle(2)
    let bytes = ArticleTopicsCodec.encode(topics)
    #expect(!decode(Array(bytes.dropLast(cut)), into: &table))
    #expect(!decode(bytes + [0], into: &table))
    #expect(topics(of: table) == topics)
    #expect(ArticleTopicsCodec.decode(Array(bytes.dropLast(cut))) == nil)
  }

  @Test func aTableRanksAsTheTopicsItHolds() {
    let perArticle = [
      (articleID: 1, topics: topics),
      (articleID: 2, topics: [Topic(name: "Lind", kind: .person, score: 0.75, mentions: 2)]),
    ]
    var table = TopicTable()
    for (id, topics) in perArticle {
      table.startArticle(id)
      #expect(decode(ArticleTopicsCodec.encode(topics), into: &table))
    }
    let ranked = TopicRanker().rank(table)
    #expect(ranked == TopicRanker().rank(perArticle))
    #expect(ranked.map(\.name) == ["Ämter Wien", "Lind"])
  }

  /// Names equal as strings but written with other scalars (a composed and a decomposed `é`)
  /// are one name, as they were as dictionary keys; the form first seen is shown.
  @Test func canonicallyEqualNamesAreOne() throws {
    let composed = "Caf\u{E9} Nero", decomposed = "Cafe\u{301} Nero"
    let ranked = TopicRanker().rank([
      (articleID: 1, topics: [Topic(name: decomposed, kind: .organisation, score: 1, mentions: 1)]),
      (articleID: 2, topics: [Topic(name: composed, kind: .organisation, score: 1, mentions: 1)]),
    ])
    let topic = try #require(ranked.first)
    #expect(ranked.count == 1)
    #expect(topic.name.unicodeScalars.elementsEqual(decomposed.unicodeScalars))
    #expect(topic.aliases.isEmpty)
    #expect(topic.articles == [1, 2])
  }
}
