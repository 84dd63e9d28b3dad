/// Merges the topics of several articles into session topics and ranks them by salience.
///
/// The same thing named differently in different articles becomes one topic: names and aliases
/// are matched case-insensitively, a lone surname joins the one person whose full name ends with
/// it (`Putin` ≡ `Vladimir Putin`), and inflected key phrases join (`agreement` ≡
/// `agreements`). A topic's session score is the sum of its per-article scores, so it grows
/// with the number of articles and with how prominent the topic is in each (headline, lead,
/// quotes), not with raw mention counts.
///
/// ```swift
/// let session = TopicRanker().rank([(articleID: 1, topics: a), (articleID: 2, topics: b)])
/// ```
public struct TopicRanker: Sendable {
  /// A ranker; it has no settings.
  public init() {}

  /// Merges per-article topics across the session (aliases: `Putin` ≡ `Vladimir Putin`) and
  /// ranks them by salience (number of articles, prominence: headline, lead, quotes), best
  /// first.
  /// - Complexity: O(*t* log *t*) for *t* topics in all.
  public func rank(_ perArticle: [(articleID: Int, topics: [Topic])]) -> [SessionTopic] {
    // Longest names first, so that a surname finds the full name it belongs to; within a
    // length, session order. Buckets of positions by word count keep this linear (names are
    // counted once) without copying the topics.
    var buckets: [[(article: Int, topic: Int)]] = []
    var count = 0
    for (article, entry) in perArticle.enumerated() {
      for (index, topic) in entry.topics.enumerated() where !topic.name.isEmpty {
        let words = Self.wordCount(topic.name)
        while buckets.count <= words { buckets.append([]) }
        buckets[words].append((article, index))
        count += 1
      }
    }
    var merger = TopicMerger(capacity: count)
    for bucket in buckets.reversed() {
      for position in bucket {
        let entry = perArticle[position.article]
        merger.add(entry.topics[position.topic], articleID: entry.articleID)
      }
    }
    return merger.sessionTopics().sorted {
      ($0.score, $0.mentions, $1.name) > ($1.score, $1.mentions, $0.name)
    }
  }

  /// The number of space-separated words of `name`, counted on its contiguous UTF-8 bytes
  /// (iterating `utf8` cost 400 instructions a name, 0.5% of a BBC load and ranking).
  static func wordCount(_ name: String) -> Int {
    var name = name
    return name.withUTF8 { bytes in
      var count = 0
      var inWord = false
      for byte in bytes {
        let isSpace = byte == 0x20
        if !isSpace && !inWord { count += 1 }
        inWord = !isSpace
      }
      return count
    }
  }
}
