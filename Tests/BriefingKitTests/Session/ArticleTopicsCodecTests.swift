import Testing

@testable import BriefingKit

/// One article's topics as the session stores them.
struct ArticleTopicsCodecTests {
  @Test func everyKindComesBack() {
    let topics = TopicKind.allCases.enumerated().map { index, kind in
      Topic(
        name: "Ämter \(index)", kind: kind, score: Double(index) / 3, mentions: index,
        aliases: index % 2 == 0 ? [] : ["A\(index)"], role: index == 1 ? "Leiterin" : nil)
    }
    #expect(ArticleTopicsCodec.decode(ArticleTopicsCodec.encode(topics)) == topics)
  }

  @Test func aKindOfNoCaseIsDamage() {
    var writer = ByteWriter(bytes: [ArticleTopicsCodec.format])
    writer.append(1)
    writer.append("Lind")
    for kind in ["persons", "Person", "orgs", "", "pla"] {
      var bytes = writer
      bytes.append(kind)
      bytes.append(1.5)
      bytes.append(2)
      bytes.append([String]())
      bytes.append(optional: nil)
      #expect(ArticleTopicsCodec.decode(bytes.bytes) == nil, "\(kind)")
    }
  }
}
