/// Finds the direct quotations of an article and who said them.
///
/// Handles every common quotation style (`“…”`, `"…"`, `‘…’`, `«…»`, `„…“`, `‚…‘`, `「…」`),
/// the damage machine translation leaves (unbalanced or misplaced marks), quotes running over
/// several paragraphs, partial quotes inside a sentence, and posts embedded from a social
/// network (``EmbeddedPosts``). Scare quotes and titles of works without a speech cue are not
/// reported. Speakers are resolved to the fullest name in the article, or left nil when no
/// speaker is clear. Works on Unicode scalars, never traps.
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
    quotes(in: article, scalars: ScalarArray.scalars(of: article.text))
  }

  /// The quotes of `article`, whose text's scalars are `scalars` (a load shares them with the
  /// summary instead of decoding the text twice).
  func quotes(in article: Article, scalars: [Unicode.Scalar]) -> [Quote] {
    var tokens = QuoteTokenizer().tokens(in: scalars)
    let language = QuoteLanguage().code(for: article, tokens: tokens)
    let landmarks = QuoteLandmarks(tokens: tokens)
    let spans = QuoteSpanFinder(scalars: scalars, tokens: tokens, language: language)
      .spans(landmarks: landmarks)
    let posts = EmbeddedPosts(scalars: scalars, tokens: tokens).quotes(landmarks: landmarks)
    guard !spans.isEmpty else { return posts }
    QuoteSpanFinder.demoteStrayApostrophes(&tokens, spans: spans, landmarks: landmarks)
    let people = self.people(
      in: article, scalars: scalars, tokens: tokens, spans: spans, language: language)
    let attributor = QuoteAttributor(
      scalars: scalars, tokens: tokens, spans: spans, language: language, people: people)
    let attributions = attributor.attributions()
    let builder = QuoteBuilder(
      scalars: scalars, tokens: tokens, people: people, language: language)
    var resolver = QuoteSpeakerResolver(people: people, language: language)
    // One speaker per attribution, and at most one quote per span: each list is sized at once
    // rather than grown, which regrew each of the three about three times per article.
    var speakers: [QuoteSpeakerResolver.Speaker?] = []
    speakers.reserveCapacity(attributions.count)
    for attribution in attributions {
      var speaker: QuoteSpeakerResolver.Speaker?
      if let attribution, let mention = attribution.mention {
        switch attribution.source {
        case .inherited: speaker = speakers.last ?? nil
        case .owner:
          // An owner named in passing (`Clinton blasted Trump's call for “…”`) leaves the
          // speaker the text goes on with as it was.
          var aside = resolver
          speaker = aside.resolve(mention)
        default:
          // The agent of a passive cue (`was called “…” by the judge`) is someone new: a
          // description there does not fall back to the last speaker.
          // A closure, not the method reference `attributor.isPassive`: that made a closure
          // holding a copy of the attributor, retaining and releasing each of its arrays.
          resolver.isAgent = attribution.cue.map { attributor.isPassive($0) } ?? false
          speaker = resolver.resolve(mention)
          resolver.isAgent = false
        }
      }
      speakers.append(speaker)
    }
    var quotes: [Quote] = []
    var pieces: [QuoteClauses.Piece] = []
    quotes.reserveCapacity(spans.count)
    pieces.reserveCapacity(spans.count)
    for group in builder.groups(spans, attributions) {
      guard let first = group.first, let last = group.last else { continue }
      var span = spans[first]
      span.closeToken = spans[last].closeToken
      span.end = spans[last].end
      span.isClosed = spans[last].isClosed
      guard builder.keeps(span, attributions[first]) else { continue }
      let segments = group.map { spans[$0].start..<spans[$0].end }
      quotes.append(builder.quote(span, segments, attributions[first], speakers[first]))
      pieces.append(
        .init(
          open: span.openToken, close: span.closeToken, attribution: attributions[first],
          spans: group.count > 1 ? group.map { (spans[$0].openToken, spans[$0].closeToken) } : []))
    }
    var widened = QuoteClauses(scalars: scalars, tokens: tokens, language: language)
      .widened(quotes, pieces)
    for index in widened.indices where widened[index].role != nil {
      widened[index].role = RoleStyle.written(
        widened[index].role, language: language, text: scalars)
    }
    // A German body quoted through an oblique case (`eine Sprecherin der Deutschen Bahn`) is
    // named in the nominative, as its topic is (`Deutsche Bahn`); the mention keeps the text.
    if language == "de" {
      for index in widened.indices {
        guard let speaker = widened[index].speaker,
          let nominative = NameFinder.germanNominative(speaker)
        else { continue }
        widened[index].speaker = nominative
      }
    }
    return EmbeddedPosts.merged(posts, into: widened)
  }

  /// The people named in the text and the title. The title's tokens follow the text's, so
  /// token indices into the text stay valid; quotes are only looked for in the text.
  private func people(
    in article: Article, scalars: [Unicode.Scalar], tokens: [QuoteToken], spans: [QuoteSpan],
    language: String
  ) -> QuotePeople {
    // Sized up front: appending to a copy of `scalars` or `tokens` would double its capacity.
    var all = Self.copy(of: scalars, room: 2 + article.title.utf8.count)
    all.append("\n")
    all.append("\n")
    let titleStart = all.count
    var title = article.title
    title.withUTF8 { ScalarArray.decode($0, from: 0, to: $0.count, into: &all) }
    let titleTokens = QuoteTokenizer().tokens(in: all, from: titleStart)
    var allTokens = Self.copy(of: tokens, room: 1 + titleTokens.count)
    allTokens.append(
      QuoteToken(start: scalars.count, end: titleStart, kind: .lineBreak, hash: 0x0A, value: 0x0A))
    allTokens.append(contentsOf: titleTokens)
    var quoted = [Bool](repeating: false, count: allTokens.count)
    for span in spans where span.openToken < span.closeToken && span.closeToken <= tokens.count {
      for index in span.openToken..<span.closeToken { quoted[index] = true }
    }
    return QuotePeople(scalars: all, tokens: allTokens, quoted: quoted, language: language)
  }

  /// A copy of `elements` with room for `extra` more, made with one `memmove`: both
  /// `append(contentsOf:)` and a copy's `reserveCapacity` moved them one element at a time
  /// (the text's scalars and tokens, about 28M instructions over BBC). Callgrind counts the
  /// `rep movsb` that copies these sizes once per byte, so it shows no gain for this; the
  /// clock does.
  static func copy<Element: BitwiseCopyable>(of elements: [Element], room extra: Int)
    -> [Element]
  {
    [Element](unsafeUninitializedCapacity: elements.count + max(0, extra)) { buffer, count in
      // The target holds at least `elements.count` elements: room for every source byte.
      elements.withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: $0) }
      count = elements.count
    }
  }
}
