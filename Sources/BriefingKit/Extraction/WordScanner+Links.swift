/// Handles, hashtags and web addresses in scraped text (`@InesCalder`, `#PierNow`,
/// `https://t.co/x1`, `pic.twitter.com/x1`, `www.courier.example/news`): their words are
/// flagged ``WordToken/Flags/link`` and lose their capital, so they become neither names nor
/// key phrases.
extension WordScanner {
  /// Flags the words from token `first` on, read from `text` (the headline or the body), that
  /// belong to a handle, a hashtag or a web address.
  mutating func markLinkWords(in text: UnsafeBufferPointer<UInt8>, from first: Int) {
    sawLinkMark = false
    for index in first..<result.tokens.count {
      let token = result.tokens[index]
      guard !token.flags.contains(.normalised) else { continue }
      let start = Int(token.byteStart)
      let end = start + Int(token.byteCount)
      guard start >= 0, end <= text.count, Self.isLinkWord(text, start, end) else { continue }
      result.tokens[index].flags.insert(.link)
      result.tokens[index].flags.remove([.capitalised, .allCaps])
    }
  }

  /// True for the word at `start..<end` of `body` when a `@` or `#` opens it, or when it
  /// touches a `.`, `/` or `:` and the run of text without spaces around it is a web address.
  static func isLinkWord(_ body: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let before: UInt8 = start > 0 ? body[start - 1] : 0x20
    let after: UInt8 = end < body.count ? body[end] : 0x20
    if before == 0x40 || before == 0x23 { return true }
    let touches = { (byte: UInt8) in byte == 0x2E || byte == 0x2F || byte == 0x3A }
    guard touches(before) || touches(after) else { return false }
    var lower = start
    while lower > 0, start - lower < 300, !isRunEnd(body[lower - 1]) { lower -= 1 }
    var upper = end
    while upper < body.count, upper - end < 300, !isRunEnd(body[upper]) { upper += 1 }
    let run = UnsafeBufferPointer(rebasing: body[lower..<upper])
    return run.starts(with: Self.wwwMark) || Self.linkMarks.contains { contains(run, $0) }
  }

  /// Bytes that end a run of address text: spaces, controls, brackets, quotation marks and
  /// anything not ASCII (curly quotes).
  private static func isRunEnd(_ byte: UInt8) -> Bool {
    byte <= 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x27 || byte == 0x28
      || byte == 0x29 || byte == 0x3C || byte == 0x3E || byte == 0x5B || byte == 0x5D
  }

  /// Whether `mark` occurs in `run`. A loop of its own: the standard library's generic
  /// search (`Collection.contains(_:)`) allocates and runs unspecialised, and this is asked
  /// of every word before a full stop in a text with a link (924M instructions over BBC).
  private static func contains(_ run: UnsafeBufferPointer<UInt8>, _ mark: [UInt8]) -> Bool {
    guard run.count >= mark.count else { return false }
    return (0...(run.count - mark.count)).contains { offset in
      mark.indices.allSatisfy { run[offset + $0] == mark[$0] }
    }
  }

  /// What marks a run as an address: `www.` at its start, or anywhere in it a scheme, a path
  /// after a common top-level domain, or the host of embedded pictures.
  private static let wwwMark = Array("www.".utf8)
  private static let linkMarks: [[UInt8]] = [
    "://", ".com/", ".org/", ".net/", ".co.uk/", ".html", "pic.twitter.com",
  ].map { Array($0.utf8) }
}
