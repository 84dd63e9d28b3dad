/// Extractive one-or-two-sentence summary chosen by centrality and position (stdlib only).
///
/// Each sentence is scored by how close its words are to the rest of the article (cosine of
/// term weights against the article without that sentence; terms found in most sentences weigh
/// little) and by how early it comes, as news puts the gist first. Short fragments (datelines,
/// bylines, subheadings), questions, lead-ins ending in `:` and pieces of quotations that run
/// over several sentences are passed over while better sentences exist. Chosen sentences come
/// back in article order, whitespace collapsed.
///
/// ```swift
/// let line = Summarizer().summary(of: article, maxSentences: 1)
/// ```
public struct Summarizer: Sendable {
  /// Sentences with fewer words are chosen only when no other sentence qualifies.
  public var minimumWords = 6
  /// Sentences with more words are chosen only when no other sentence qualifies.
  public var maximumWords = 70
  /// A further sentence is added only while the summary stays within this many words.
  public var wordBudget = 75
  /// Share of the score given to position (the rest is centrality), from 0 to 1.
  public var positionWeight = 0.5

  /// A summarizer with the settings above, tuned on English news.
  public init() {}

  /// The summary of `article`: at most `maxSentences` sentences, empty when it has no text.
  ///
  /// - Complexity: O(*n* + *s* log *s*) for a text of *n* scalars and *s* sentences.
  public func summary(of article: Article, maxSentences: Int = 2) -> String {
    summary(ofText: article.text, language: article.language, maxSentences: maxSentences)
  }

  /// The summary of an article's `text` in `language` (ISO 639-1), as
  /// ``summary(of:maxSentences:)`` gives it for the article: for text read back from a session.
  func summary(ofText text: String, language: String, maxSentences: Int = 2) -> String {
    guard maxSentences > 0 else { return "" }
    let scalars = ScalarArray.scalars(of: text)
    let ranges = SentenceSplitter(language: language).sentences(in: scalars)
    return summary(of: scalars, sentences: ranges, maxSentences: maxSentences)
  }

  /// The summary of the text `scalars` whose sentences lie at `ranges` (as
  /// ``SentenceSplitter`` gives them), for callers that have split the text already.
  func summary(of scalars: [Unicode.Scalar], sentences ranges: [Range<Int>], maxSentences: Int)
    -> String
  {
    guard maxSentences > 0 else { return "" }
    let text = SummaryText(scalars: scalars, ranges: ranges)
    guard !text.sentences.isEmpty else { return "" }
    let scores = self.scores(of: text)
    let chosen = choose(from: text, scores: scores, limit: maxSentences)
    return chosen.sorted().map { text.text(of: text.sentences[$0], in: scalars) }
      .joined(separator: " ")
  }

  /// Centrality blended with position, one score per sentence; ineligible ones score below 0.
  private func scores(of text: SummaryText) -> [Double] {
    let centrality = SummaryWeights.centrality(of: text)
    let top = centrality.max() ?? 0
    return text.sentences.indices.map { index in
      let central = top > 0 ? centrality[index] / top : 0
      let early = 1 / (1 + 0.35 * Double(index))
      let score = (1 - positionWeight) * central + positionWeight * early
      return isEligible(text.sentences[index]) ? score : score - 2
    }
  }

  private func isEligible(_ sentence: SummaryText.Sentence) -> Bool {
    let count = sentence.words.count
    guard count >= minimumWords, count <= maximumWords else { return false }
    return !sentence.isQuestion && !sentence.isLeadIn && !sentence.hasOpenQuote
  }

  /// Indices of the best sentence and, budget allowing, further ones that add new words.
  private func choose(from text: SummaryText, scores: [Double], limit: Int) -> [Int] {
    let sentences = text.sentences
    let ranked = sentences.indices.sorted {
      scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1)
    }
    guard let best = ranked.first else { return [] }
    var chosen = [best]
    var words = sentences[best].words.count
    var marks = [Bool](repeating: false, count: limit > 1 ? text.vocabularySize : 0)
    for index in ranked.dropFirst() where chosen.count < limit && scores[index] >= 0 {
      let count = sentences[index].words.count
      guard words + count <= wordBudget else { continue }
      let repeats = chosen.contains {
        overlap(sentences[$0], sentences[index], in: text, marks: &marks) > 0.6
      }
      if repeats { continue }
      chosen.append(index)
      words += count
    }
    return chosen
  }

  /// Share of the shorter sentence's distinct words that the other one also has; `marks`
  /// (one flag per word id, all false) is scratch space, left all false.
  private func overlap(
    _ first: SummaryText.Sentence, _ second: SummaryText.Sentence, in text: SummaryText,
    marks: inout [Bool]
  ) -> Double {
    let smaller = min(first.terms.count, second.terms.count)
    guard smaller > 0 else { return 0 }
    for position in first.terms { marks[Int(text.terms[position])] = true }
    var shared = 0
    for position in second.terms where marks[Int(text.terms[position])] { shared += 1 }
    for position in first.terms { marks[Int(text.terms[position])] = false }
    return Double(shared) / Double(smaller)
  }
}
