/// Posts from a social network embedded in an article, which a scraper leaves as text signed
/// the way the embed ends: `While I respect … pic.twitter.com/Oq — Paul Ryan (@SpeakerRyan)
/// July 5, 2016`. A post is its author's own words, so it is a quote without quotation marks;
/// its speaker is the name before the handle, and the links the embed adds are left out.
struct EmbeddedPosts {
  let scalars: [Unicode.Scalar]
  let tokens: [QuoteToken]

  /// The longest post read back from its signature, in scalars: a post holds 280 characters,
  /// and a few more are left for character references a scraper wrote out.
  static let longestPost = 400

  /// The posts in reading order; `landmarks` are those of ``tokens``, whose `(` they hold.
  func quotes(landmarks: QuoteLandmarks) -> [Quote] {
    var found: [Quote] = []
    for index in landmarks.indices where index >= 1 && index < tokens.count {
      if tokens[index].scalar == 0x28, tokens[index].kind == .punctuation,
        let quote = post(handleAt: index)
      {
        found.append(quote)
      }
    }
    return found
  }

  /// `quotes` with `posts` in place of any quote that overlaps one (marks inside a post are
  /// the post's), in reading order. A post's author takes the role the article gives them
  /// where it quotes them otherwise (`Councillor`).
  static func merged(_ posts: [Quote], into quotes: [Quote]) -> [Quote] {
    guard !posts.isEmpty else { return quotes }
    let kept = quotes.filter { quote in
      !posts.contains { $0.start < quote.end && quote.start < $0.end }
    }
    let signed = posts.map { post in
      var post = post
      post.role = kept.first { $0.speaker == post.speaker && $0.role != nil }?.role
      return post
    }
    return (kept + signed).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
  }

  /// The post signed by the `(@handle)` whose bracket is token `open`, when a name follows a
  /// dash before it and a date with a year after it.
  private func post(handleAt open: Int) -> Quote? {
    guard let close = handleEnd(after: open), let dash = dash(before: open),
      isDated(from: tokens[close].end)
    else { return nil }
    let nameRange = tokens[dash.token + 1].start..<tokens[open - 1].end
    guard let body = body(endingAt: dash.start) else { return nil }
    let name = QuoteScalar.string(scalars, nameRange)
    return Quote(
      text: QuoteScalar.string(scalars, body), start: body.lowerBound, end: body.upperBound,
      speaker: name,
      mention: Mention(text: name, start: nameRange.lowerBound, end: nameRange.upperBound),
      cue: QuoteScalar.string(scalars, dash.start..<tokens[dash.token].end))
  }

  /// The token of the `)` that closes `(@handle`, written without spaces.
  private func handleEnd(after open: Int) -> Int? {
    guard open + 3 < tokens.count, tokens[open + 1].scalar == 0x40,
      tokens[open + 1].start == tokens[open].end, tokens[open + 2].isWord
    else { return nil }
    var index = open + 2
    while index < tokens.count, index < open + 8, tokens[index].start == tokens[index - 1].end {
      if tokens[index].scalar == 0x29, !tokens[index].isWord { return index }
      index += 1
    }
    return nil
  }

  /// The dash that opens the signature before token `open` (`—`, `–`, `-` or `--`), with only
  /// the words of a name between them; its token and where it starts.
  private func dash(before open: Int) -> (token: Int, start: Int)? {
    var index = open - 1
    var words = 0
    while index > 0, open - index <= 8 {
      let token = tokens[index]
      if token.isWord {
        words += 1
      } else if QuoteScalar.isDash(token.scalar), token.kind == .punctuation {
        guard words > 0 else { return nil }
        let previous = tokens[index - 1]
        let isDouble = previous.scalar == 0x2D && previous.end == token.start && !previous.isWord
        return (index, isDouble ? previous.start : token.start)
      } else if token.scalar != 0x2E && token.scalar != 0x26 {
        // Initials' dots and `&` belong to names (`AT&T`); anything else ends the search.
        return nil
      }
      index -= 1
    }
    return nil
  }

  /// True when a date with a year starts at `offset`, after spaces: `July 5, 2016`, `5. Juli 2016`.
  private func isDated(from offset: Int) -> Bool {
    var start = offset
    while start < scalars.count, scalars[start] == " " || scalars[start] == "\u{A0}" {
      start += 1
    }
    var monthFirst = DateScanner(scalars: scalars, index: start)
    if monthFirst.monthFirst()?.year != nil { return true }
    var dayFirst = DateScanner(scalars: scalars, index: start)
    return dayFirst.dayFirst()?.year != nil
  }

  /// The post's words before the signature's dash at `dash`: back to the start of their line
  /// or of the markup around them, without the links the embed ends with; nil when that start
  /// is further back than a post can be long, or nothing is left. A signature on a line of its
  /// own (an HTML embed's, whose post is a paragraph) signs the line before it.
  private func body(endingAt dash: Int) -> Range<Int>? {
    var end = dash
    while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
    if !(end..<dash).contains(where: { scalars[$0].value == 0x0A }) { end = dash }
    var start = end
    while start > 0, end - start <= Self.longestPost {
      let value = scalars[start - 1].value
      if value == 0x0A || value == 0x3E { break }
      start -= 1
    }
    guard start == 0 || scalars[start - 1].value == 0x0A || scalars[start - 1].value == 0x3E,
      end - start <= Self.longestPost
    else { return nil }
    var upper = firstLink(in: start..<end) ?? end
    while upper > start, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
    var lower = start
    while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
    guard (lower..<upper).contains(where: { QuoteScalar.isWord(scalars[$0].value) }) else {
      return nil
    }
    return lower..<upper
  }

  /// Where the first link an embed adds starts in `range` (`pic.twitter.com/…`, `t.co/…`).
  private func firstLink(in range: Range<Int>) -> Int? {
    Self.links.compactMap { scalars[range].firstRange(of: $0)?.lowerBound }.min()
  }

  private static let links: [[Unicode.Scalar]] = [
    "pic.twitter.com/", "https://t.co/", "http://t.co/",
  ].map { Array($0.unicodeScalars) }
}
