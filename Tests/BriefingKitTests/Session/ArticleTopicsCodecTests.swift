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

  /// The encoder writes into memory sized beforehand: its bytes must be exactly those
  /// ``ByteWriter`` writes field by field, for long strings, odd counts and scores too.
  @Test func encodesAsByteWriterDoes() {
    let long = String(repeating: "Überweisung ", count: 30)
    let topics = [
      Topic(name: "", kind: .phrase, score: -0.0, mentions: 0),
      Topic(
        name: long, kind: .person, score: .greatestFiniteMagnitude, mentions: 300,
        aliases: ["", "Jo", long], role: long),
      Topic(name: "Kyiv", kind: .place, score: 1e-300, mentions: -1, role: ""),
      Topic(name: "ООН", kind: .organisation, score: 2.5, mentions: Int.max, aliases: ["UN"]),
      Topic(name: "x", kind: .other, score: .nan, mentions: 1),
    ]
    for count in 0...topics.count {
      let some = Array(topics.prefix(count))
      var writer = ByteWriter(bytes: [ArticleTopicsCodec.format])
      writer.append(some.count)
      for topic in some {
        writer.append(topic.name)
        writer.append(topic.kind.rawValue)
        writer.append(topic.score)
        writer.append(topic.mentions)
        writer.append(topic.aliases)
        writer.append(optional: topic.role)
      }
      #expect(ArticleTopicsCodec.encode(some) == writer.bytes, "\(count) topics")
    }
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
