import Foundation
import GRDB

/// An article as the session holds it, with what was derived at load time.
public struct ArticleRecord: Sendable, Equatable {
  public var article: Article
  public var words: Int
  public var summary: String

  init(row: Row, withText: Bool) {
    let paragraphs: [String] =
      withText ? Self.paragraphs(stored: row["paragraphs"], text: row["text"]) : []
    article = Article(
      id: row["id"], title: row["title"], date: row["date"], source: row["source"],
      authors: ListColumn.decode(row["authors"]), url: row["url"], language: row["language"],
      tags: ListColumn.decode(row["tags"]), path: row["path"], paragraphs: paragraphs)
    words = row["words"]
    summary = row["summary"]
  }

  /// The paragraphs column for `article`: empty when splitting the text at blank lines gives
  /// the paragraphs back (nearly always), which keeps the text from being stored twice.
  static func storedParagraphs(of article: Article) -> String {
    splitsBack(article) ? "" : ListColumn.encode(article.paragraphs)
  }

  /// Whether ``split(_:)`` of the text gives the paragraphs back. When no paragraph holds a
  /// line break (as every reader leaves them), each run of 2k line breaks in a non-empty text
  /// is a separator with k - 1 empty paragraphs around it, which the split gives back: that is
  /// answered from the paragraphs' bytes without building the split's strings.
  static func splitsBack(_ article: Article) -> Bool {
    let hasBreak = article.paragraphs.contains { paragraph in
      var paragraph = paragraph
      return paragraph.withUTF8 { bytes in
        bytes.baseAddress.map { memchr($0, 0x0A, bytes.count) != nil } ?? false
      }
    }
    if !hasBreak && !article.text.isEmpty { return true }
    return article.paragraphs == split(article.text)
  }

  /// The paragraphs from the stored column, or from the text when the column is empty.
  static func paragraphs(stored: String?, text: String?) -> [String] {
    guard let stored, !stored.isEmpty else { return split(text ?? "") }
    return ListColumn.decode(stored)
  }

  /// `text` cut at each "\n\n", left to right: the inverse of joining paragraphs with it.
  static func split(_ text: String) -> [String] {
    guard !text.isEmpty else { return [] }
    var paragraphs: [String] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
      let next = bytes.index(after: index)
      if bytes[index] == 0x0A, next != bytes.endIndex, bytes[next] == 0x0A {
        paragraphs.append(String(decoding: bytes[start..<index], as: UTF8.self))
        index = bytes.index(after: next)
        start = index
      } else {
        index = next
      }
    }
    paragraphs.append(String(decoding: bytes[start...], as: UTF8.self))
    return paragraphs
  }

  /// The columns ``init(metadata:)`` reads, in its order.
  static let metadataColumns =
    "id, title, date, source, authors, url, language, tags, path, words, summary"

  /// A record without text from a row of ``metadataColumns``, read by position: GRDB's lookup
  /// by name lowercases the name every time, a third of `articles` at 20,000 articles.
  init(metadata row: Row) {
    article = Article(
      id: row[0], title: row[1], date: row[2], source: row[3],
      authors: ListColumn.decode(row[4]), url: row[5], language: row[6],
      tags: ListColumn.decode(row[7]), path: row[8], paragraphs: [])
    words = row[9]
    summary = row[10]
  }
}

/// Lists stored in one text column, items separated by U+001F (unit separator), which readers
/// never leave in article text.
enum ListColumn {
  static let separator: Character = "\u{1F}"

  static func encode(_ list: [String]) -> String {
    // Items almost never hold the separator: skip Foundation's replace for them (5% of load).
    list.map { item in
      item.utf8.contains(0x1F) ? item.replacingOccurrences(of: String(separator), with: " ") : item
    }.joined(separator: String(separator))
  }

  static func decode(_ text: String?) -> [String] {
    guard let text, !text.isEmpty else { return [] }
    return text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
  }
}
