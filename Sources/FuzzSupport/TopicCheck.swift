import BriefingKit

/// ``TopicExtractor`` and ``TopicRanker`` on any text: named topics with finite scores and
/// positive mention counts, ranked into session topics that point only at the given articles.
public enum TopicCheck: FuzzCheck {
  public static let name = "topics"

  public static func violations(in data: [UInt8]) -> [String] {
    let first = FuzzInput.article(data, id: 1)
    let half = Array(data.prefix(1) + data.dropFirst(max(1, data.count / 2)))
    let second = FuzzInput.article(half, id: 2)
    let topics = [first, second].map { article in
      (
        articleID: article.id,
        topics: TopicExtractor().topics(
          in: article, quotes: QuoteExtractor().quotes(in: article))
      )
    }
    var problems: [String] = []
    for topic in topics.flatMap(\.topics) {
      if !topic.name.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
        problems.append("a topic without a name")
      }
      if !topic.score.isFinite { problems.append("topic '\(topic.name)' has score \(topic.score)") }
      if topic.mentions < 1 {
        problems.append("topic '\(topic.name)' has \(topic.mentions) mentions")
      }
    }
    for topic in TopicRanker().rank(topics) {
      if !topic.score.isFinite { problems.append("ranked '\(topic.name)' score \(topic.score)") }
      if topic.articles.isEmpty || !topic.articles.allSatisfy({ $0 == 1 || $0 == 2 }) {
        problems.append("ranked '\(topic.name)' has articles \(topic.articles)")
      }
    }
    return problems
  }
}
