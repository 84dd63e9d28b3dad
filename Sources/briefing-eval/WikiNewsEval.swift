import BriefingKit
import Foundation

/// Scores ``QuoteExtractor`` on German WikiNews quotation annotations (type `Direct`) of one
/// split of `compact_all_splits.jsonl`.
struct WikiNewsEval {
  struct Gold {
    var text: String
    var speaker: String
    var speakerSpans: [Range<Int>]
    var quoteSpans: [Range<Int>] = []
  }

  let file: String
  let split: String
  var isVerbose = false

  func run() throws -> String {
    let data = try String(contentsOfFile: file, encoding: .utf8)
    var scores = [EvalScore(cover: 0.3, isVerbose: isVerbose), EvalScore(cover: 0.8)]
    var documents = 0
    for line in data.split(separator: "\n") {
      guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        object["split"] as? String == split, let text = object["text"] as? String
      else { continue }
      documents += 1
      let gold = ((object["quotes"] as? [[String: Any]]) ?? []).compactMap(Self.gold)
      let source = SourceText(text, language: "de")
      let quotes = QuoteExtractor().quotes(in: source.article)
      for index in scores.indices {
        scores[index].add(
          gold: gold, goldText: { $0.text }, predictions: quotes, predictionText: { $0.text },
          judge: { gold, quote in Self.speakerRight(gold, quote, source) },
          sameQuote: { $0.quoteSpans == $1.quoteSpans && !$0.quoteSpans.isEmpty },
          context: { Self.context($0, in: text) })
      }
    }
    if isVerbose {
      FileHandle.standardError.write(Data(scores[0].log.joined(separator: "\n").utf8))
    }
    return scores.map { "WikiNews de \(split) (\(documents) articles) \($0.summary)" }
      .joined(separator: "\n")
  }

  static func gold(_ quote: [String: Any]) -> Gold? {
    guard quote["type"] as? String == "Direct", let text = quote["quote_text"] as? String else {
      return nil
    }
    let spans = ((quote["speaker"] as? [[Int]]) ?? []).compactMap { pair -> Range<Int>? in
      pair.count == 2 && pair[0] <= pair[1] ? pair[0]..<pair[1] : nil
    }
    let quoteSpans = ((quote["quote"] as? [[Int]]) ?? []).compactMap { pair -> Range<Int>? in
      pair.count == 2 && pair[0] <= pair[1] ? pair[0]..<pair[1] : nil
    }
    return Gold(
      text: text, speaker: quote["speaker_text"] as? String ?? "", speakerSpans: spans,
      quoteSpans: quoteSpans)
  }

  /// The text around a gold quote and its speaker, on one line, for the verbose log.
  static func context(_ gold: Gold, in text: String) -> String {
    let bounds = (gold.quoteSpans + gold.speakerSpans)
    guard let low = bounds.map(\.lowerBound).min(), let high = bounds.map(\.upperBound).max()
    else { return "" }
    let scalars = Array(text.unicodeScalars)
    let range = max(0, low - 120)..<min(scalars.count, max(high + 60, low))
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range].map { $0 == "\n" ? " " : $0 })
    return "\n    CONTEXT " + String(view)
  }

  /// Nil when the gold quote names no speaker; otherwise mention overlap or shared name.
  static func speakerRight(_ gold: Gold, _ quote: Quote, _ source: SourceText) -> Bool? {
    guard !gold.speakerSpans.isEmpty else { return nil }
    if let mention = quote.mention {
      let span = source.original(mention.start)..<source.original(mention.end)
      if gold.speakerSpans.contains(where: { $0.overlaps(span) }) { return true }
    }
    return EvalScore.shareName(quote.speaker, gold.speaker)
  }
}
