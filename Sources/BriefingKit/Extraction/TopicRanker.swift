/// Merges the topics of several articles into session topics and ranks them by salience.
///
/// The same thing named differently in different articles becomes one topic: names and aliases
/// are matched case-insensitively, a lone surname joins the one person whose full name ends with
/// it (`Putin` ≡ `Vladimir Putin`), and inflected key phrases join (`agreement` ≡
/// `agreements`). A name's session score is the sum of its per-article scores, so it grows
/// with the number of articles and with how prominent the name is in each (headline, lead,
/// quotes), not with raw mention counts. A key phrase's weighs each score by its share of the
/// article's top score and by how few of the session's articles give it (``SessionSalience``),
/// so that the words every story of the pile uses (`company`, `shares`) yield to what
/// distinguishes it.
///
/// ```swift
/// let session = TopicRanker().rank([(articleID: 1, topics: a), (articleID: 2, topics: b)])
/// ```
public struct TopicRanker: Sendable {
  /// A ranker; it has no settings.
  public init() {}

  /// Merges per-article topics across the session (aliases: `Putin` ≡ `Vladimir Putin`) and
  /// ranks them by salience (number of articles, prominence: headline, lead, quotes), best
  /// first. `languages` gives an article's language by its id (ISO 639-1): the key phrases of
  /// German articles join by their declined forms (`Flüchtlinge` ≡ `Flüchtlingen`).
  /// - Complexity: O(*t* log *t*) for *t* topics in all.
  public func rank(
    _ perArticle: [(articleID: Int, topics: [Topic])], languages: [Int: String] = [:]
  ) -> [SessionTopic] {
    rank(TopicTable(perArticle, languages: languages))
  }

  /// ``rank(_:)`` over a session's topics held as a ``TopicTable``.
  func rank(_ table: TopicTable) -> [SessionTopic] {
    var topics: [SessionTopic] = []
    rank(table, count: { topics.reserveCapacity($0) }) { topics.append($0.sessionTopic) }
    return topics
  }

  /// ``rank(_:)`` handing each session topic to `body`, best first, as it is made (after
  /// `count` is told how many there are), instead of returning them all.
  func rank(_ table: TopicTable, count: (Int) -> Void, _ body: (MergedTopic) -> Void) {
    // Longest names first, so that a surname finds the full name it belongs to; within a
    // length, session order: a counting sort of the entries by word count.
    var merger = TopicMerger(table, capacity: table.entries.count)
    var counts: [Int] = []
    for entry in table.entries {
      guard let count = merger.forms.words(entry.name) else { continue }
      while counts.count <= count { counts.append(0) }
      counts[count] += 1
    }
    // Where each word count starts, most words first.
    var next = [Int](repeating: 0, count: counts.count)
    var start = 0
    for count in counts.indices.reversed() {
      next[count] = start
      start += counts[count]
    }
    // The word counts are read again from the forms' cache rather than kept per topic.
    var order = [Int32](repeating: 0, count: start)
    for (index, entry) in table.entries.enumerated() {
      guard let count = merger.forms.words(entry.name) else { continue }
      order[next[count]] = Int32(index)
      next[count] += 1
    }
    merger.add(order)
    order = []
    merger.forEachSessionTopic(count: count, body)
  }

  /// The number of space-separated words of `name`, counted on its contiguous UTF-8 bytes
  /// (iterating `utf8` cost 400 instructions a name, 0.5% of a BBC load and ranking).
  static func wordCount(_ name: String) -> Int {
    name.withUTF8Bytes { bytes in
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
