import BriefingKit
import Foundation

/// Scores ``QuoteExtractor`` on a PolNeAR split: direct quotes (content holding `"`, `“` or
/// `”`) that have a Source, first annotation file of each article in name order.
struct PolNeAREval {
  struct Gold {
    var content: String
    var source: String
    var sourceSpans: [Range<Int>]
  }

  let directory: String
  var isVerbose = false

  func run() throws -> String {
    let textDirectory = directory + "/text"
    let names = try FileManager.default.contentsOfDirectory(atPath: textDirectory)
      .filter { $0.hasSuffix(".txt") }.sorted()
    var scores = [EvalScore(cover: 0.3, isVerbose: isVerbose), EvalScore(cover: 0.8)]
    var documents = 0
    for name in names {
      let stem = String(name.dropLast(4))
      guard let gold = try gold(for: stem) else { continue }
      let text = try String(contentsOfFile: textDirectory + "/" + name, encoding: .utf8)
      let source = SourceText(text, language: "en", path: name)
      let quotes = QuoteExtractor().quotes(in: source.article)
      documents += 1
      for index in scores.indices {
        scores[index].add(
          gold: gold, goldText: { $0.content }, predictions: quotes, predictionText: { $0.text },
          judge: { gold, quote in Self.speakerRight(gold, quote, source) })
      }
    }
    let name = URL(fileURLWithPath: directory).lastPathComponent
    if isVerbose {
      FileHandle.standardError.write(Data(scores[0].log.joined(separator: "\n").utf8))
    }
    return scores.map { "PolNeAR \(name) (\(documents) articles) \($0.summary)" }
      .joined(separator: "\n")
  }

  static func speakerRight(_ gold: Gold, _ quote: Quote, _ source: SourceText) -> Bool {
    if let mention = quote.mention {
      let span = source.original(mention.start)..<source.original(mention.end)
      if gold.sourceSpans.contains(where: { $0.overlaps(span) }) { return true }
    }
    return EvalScore.shareName(quote.speaker, gold.source)
  }

  /// The article's direct quotes with a source, or nil when it has no annotation file.
  private func gold(for stem: String) throws -> [Gold]? {
    let folder = directory + "/attributions"
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasPrefix(stem + "_") && $0.hasSuffix(".ann") }.sorted()
    guard let file = files.first else { return nil }
    let lines = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: true)
    var spans: [String: (text: String, ranges: [Range<Int>])] = [:]
    var events: [[String: String]] = []
    for line in lines {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if fields[0].hasPrefix("T"), fields.count >= 3 {
        spans[fields[0]] = (fields[2], Self.ranges(fields[1]))
      } else if fields[0].hasPrefix("E"), fields.count >= 2 {
        let pairs = fields[1].split(separator: " ").compactMap { part -> (String, String)? in
          let pieces = part.split(separator: ":", maxSplits: 1).map(String.init)
          return pieces.count == 2 ? (pieces[0], pieces[1]) : nil
        }
        events.append(Dictionary(pairs, uniquingKeysWith: { first, _ in first }))
      }
    }
    return events.compactMap { event in
      guard let content = event["Content"].flatMap({ spans[$0] }),
        let source = event["Source"].flatMap({ spans[$0] }),
        content.text.contains(where: { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" })
      else { return nil }
      let text = content.text.replacingOccurrences(of: "\u{201C}", with: " ")
        .replacingOccurrences(of: "\u{201D}", with: " ").replacingOccurrences(of: "\"", with: " ")
      return Gold(content: text, source: source.text, sourceSpans: source.ranges)
    }
  }

  /// `Source 12 20;25 30` → [12..<20, 25..<30].
  static func ranges(_ field: String) -> [Range<Int>] {
    let body = field.drop { $0 != " " }
    return body.split(separator: ";").compactMap { part in
      let numbers = part.split(separator: " ").compactMap { Int($0) }
      guard numbers.count == 2, numbers[0] <= numbers[1] else { return nil }
      return numbers[0]..<numbers[1]
    }
  }
}
