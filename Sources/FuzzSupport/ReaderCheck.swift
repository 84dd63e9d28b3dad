import BriefingKit

/// Every reader, on any bytes: either articles with text (and errors naming the file for the
/// records that failed), or an ``ArticleError`` naming the file.
///
/// The first byte picks the file name (`x.txt`, `x.md`, `x.html`, `x.json`, `x.jsonl`, or `x`,
/// whose format is sniffed from the content); the rest are the file's bytes.
public enum ReaderCheck: FuzzCheck {
  public static let name = "reader"
  static let paths = ["x.txt", "x.md", "x.html", "x.json", "x.jsonl", "x"]
  static let lineBreaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]

  public static func violations(in data: [UInt8]) -> [String] {
    let path = paths[Int(data.first ?? 0) % paths.count]
    let result: ArticleReadResult
    do {
      result = try ArticleReader().read(Array(data.dropFirst()), path: path)
    } catch {
      return error.description.contains("'\(path)'") ? [] : ["error without the path: \(error)"]
    }
    var problems: [String] = []
    if result.articles.isEmpty { problems.append("no articles and no error") }
    for error in result.errors where !error.description.contains("'\(path)'") {
      problems.append("record error without the path: \(error)")
    }
    for article in result.articles {
      if article.path != path { problems.append("path \(article.path ?? "nil"), not \(path)") }
      if !article.paragraphs.contains(where: { !$0.isEmpty }) {
        problems.append("an article without text")
      }
      if article.text != article.paragraphs.joined(separator: "\n\n") {
        problems.append("text is not the paragraphs joined")
      }
      if !isLanguageCode(article.language) {
        problems.append("language '\(article.language)' is not a code")
      }
      if article.title.unicodeScalars.contains(where: { lineBreaks.contains($0.value) }) {
        problems.append("title holds a line break")
      }
    }
    return problems
  }

  private static func isLanguageCode(_ code: String) -> Bool {
    (2...3).contains(code.unicodeScalars.count)
      && code.unicodeScalars.allSatisfy { $0.value >= 0x61 && $0.value <= 0x7A }
  }
}
