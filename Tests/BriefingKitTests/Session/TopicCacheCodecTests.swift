import Foundation
import Testing

@testable import BriefingKit

struct TopicCacheCodecTests {
  static let topics = [
    SessionTopic(
      name: "Ana Lind", kind: .person, score: 3.141_592_653_589_793, mentions: 12,
      articles: [1, 4, 300, 70_000], aliases: ["Lind", "Ms Lind"], role: "Harbour Minister"),
    SessionTopic(name: "Hafen Ø — «port»", kind: .phrase, score: 0.1, mentions: 0, articles: []),
    SessionTopic(name: "", kind: .other, score: -2.5e-300, mentions: -1, articles: [2]),
  ]

  @Test func topicsComeBackExactly() {
    let bytes = TopicCacheCodec.encode(Self.topics)
    #expect(TopicCacheCodec.decode(bytes) == Self.topics)
    #expect(TopicCacheCodec.decode(TopicCacheCodec.encode([])) == [])
  }

  @Test func aRankingLargerThanTheRoomItStartsWithComesBackExactly() {
    // Far more bytes than the room made for a typical topic, and one topic longer than the
    // 64 KB by which the encoding grows at a time.
    var topics = (0..<3_000).map { index in
      SessionTopic(
        name: "Topic number \(index) of a long ranking", kind: .phrase, score: Double(index) / 7,
        mentions: index, articles: Array(0..<(index % 50)), aliases: ["alias \(index)"])
    }
    topics.insert(
      SessionTopic(
        name: String(repeating: "ø", count: 50_000), kind: .place, score: 1, mentions: 1,
        articles: [9]),
      at: 1_500)
    #expect(TopicCacheCodec.decode(TopicCacheCodec.encode(topics)) == topics)
  }

  @Test func cutOrExtendedBytesAreRefused() {
    let bytes = TopicCacheCodec.encode(Self.topics)
    for length in 0..<bytes.count {
      #expect(TopicCacheCodec.decode(Array(bytes.prefix(length))) == nil)
    }
    #expect(TopicCacheCodec.decode(bytes + [0]) == nil)
  }

  @Test func anOlderJSONCacheIsRefused() throws {
    let json = try JSONEncoder().encode(Self.topics)
    #expect(TopicCacheCodec.decode([UInt8](json)) == nil)
  }

  @Test func damagedBytesNeverTrap() {
    let bytes = TopicCacheCodec.encode(Self.topics)
    var decoded = 0
    for index in 1..<bytes.count {
      for value: UInt8 in [0x00, 0x01, 0x7F, 0x80, 0xFF] where bytes[index] != value {
        var damaged = bytes
        damaged[index] = value
        if TopicCacheCodec.decode(damaged) != nil { decoded += 1 }
      }
    }
    // A changed letter or score still decodes; a changed length or count mostly does not.
    #expect(decoded > 0 && decoded < (bytes.count - 1) * 5)
  }

  @Test func aReopenedSessionReadsTheRankingItStored() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-\(UUID()).session").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let store = try SessionStore(path: path)
    _ = try store.add([
      SessionStoreTests.sample("A", "one"), SessionStoreTests.sample("B", "two"),
    ])
    let ranked = try store.sessionTopics()
    #expect(ranked.first?.articles == [1, 2])
    #expect(try SessionStore(path: path).sessionTopics() == ranked)
  }
}
