/// Finds the direct quotations of an article and who said them.
///
/// Handles every common quotation style (`“…”`, `"…"`, `‘…’`, `«…»`, `„…“`, `‚…‘`, `「…」`),
/// the damage machine translation leaves (unbalanced or misplaced marks), quotes running over
/// several paragraphs and partial quotes inside a sentence. Scare quotes and titles of works
/// without a speech cue are not reported. Speakers are resolved to the fullest name in the
/// article, or left nil when no speaker is clear. Works on Unicode scalars, never traps.
///
/// ```swift
/// for quote in QuoteExtractor().quotes(in: article) {
///   print(quote.speaker ?? "unknown", quote.text)
/// }
/// ```
public struct QuoteExtractor: Sendable {
  /// Creates an extractor.
  public init() {}

  /// Quotes in reading order, with offsets into `article.text`.
  ///
  /// - Complexity: O(*n*) in the length of the text, plus a small cost per quote.
  public func quotes(in article: Article) -> [Quote] {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(article.text.utf8.count)
    for scalar in article.text.unicodeScalars { scalars.append(scalar) }
    let tokens = QuoteTokenizer().tokens(in: scalars)
    let spans = QuoteSpanFinder(scalars: scalars, tokens: tokens).spans()
    guard !spans.isEmpty else { return [] }
    let language = QuoteLanguage().code(for: article, tokens: tokens)
    var quoted = [Bool](repeating: false, count: tokens.count)
    for span in spans where span.openToken < span.closeToken && span.closeToken <= tokens.count {
      for index in span.openToken..<span.closeToken { quoted[index] = true }
    }
    let people = QuotePeople(scalars: scalars, tokens: tokens, quoted: quoted)
    let attributor = QuoteAttributor(
      scalars: scalars, tokens: tokens, spans: spans, language: language, people: people)
    let attributions = attributor.attributions()
    let builder = QuoteBuilder(scalars: scalars, tokens: tokens, people: people)
    var resolver = QuoteSpeakerResolver(people: people, language: language)
    var speakers: [QuoteSpeakerResolver.Speaker?] = []
    for attribution in attributions {
      var speaker: QuoteSpeakerResolver.Speaker?
      if let attribution, let mention = attribution.mention {
        speaker =
          attribution.source == .inherited ? (speakers.last ?? nil) : resolver.resolve(mention)
      }
      speakers.append(speaker)
    }
    var quotes: [Quote] = []
    for group in builder.groups(spans, attributions) {
      guard let first = group.first, let last = group.last else { continue }
      var span = spans[first]
      span.closeToken = spans[last].closeToken
      span.end = spans[last].end
      span.isClosed = spans[last].isClosed
      guard builder.keeps(span, attributions[first]) else { continue }
      quotes.append(builder.quote(span, attributions[first], speakers[first]))
    }
    return quotes
  }
}
