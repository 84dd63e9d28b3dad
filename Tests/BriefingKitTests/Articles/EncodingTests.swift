import Testing

@testable import BriefingKit

struct EncodingTests {
  let body = "Bridge vote\n\nThe council met on Monday."

  func article(_ bytes: [UInt8], path: String = "a.txt") throws -> ArticleReadResult {
    try ArticleReader().read(bytes, path: path)
  }

  @Test func utf8ByteOrderMarkIsDropped() throws {
    let result = try article([0xEF, 0xBB, 0xBF] + Array(body.utf8))
    #expect(result.articles.first?.title == "Bridge vote" && result.warnings.isEmpty)
  }

  @Test(arguments: [true, false])
  func utf16WithByteOrderMark(bigEndian: Bool) throws {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in "Brücke\n\nDer Rat tagte am Montag, und die Brücke wird gebaut.".utf16 {
      let high = UInt8(unit >> 8)
      let low = UInt8(unit & 0xFF)
      bytes += bigEndian ? [high, low] : [low, high]
    }
    let result = try article(bytes)
    #expect(result.articles.first?.title == "Brücke")
    #expect(result.articles.first?.language == "de")
  }

  @Test(arguments: [true, false])
  func utf16WithoutByteOrderMark(bigEndian: Bool) throws {
    var bytes: [UInt8] = []
    for unit in "Ferry news\n\nThe ferry runs again from Monday.".utf16 {
      let high = UInt8(unit >> 8)
      let low = UInt8(unit & 0xFF)
      bytes += bigEndian ? [high, low] : [low, high]
    }
    let result = try article(bytes)
    #expect(result.articles.first?.title == "Ferry news")
    #expect(result.articles.first?.paragraphs == ["The ferry runs again from Monday."])
  }

  @Test func latin1IsReadAsWindows1252WithAWarning() throws {
    // "Café prices" / "Prices rose 5 €." in Windows-1252: é = E9, € = 80, ’ = 92.
    let bytes: [UInt8] =
      Array("Caf".utf8) + [0xE9] + Array(" prices\n\nPrices rose 5 ".utf8)
      + [0x80] + Array(" at the baker".utf8) + [0x92] + Array("s.".utf8)
    let result = try article(bytes, path: "latin.txt")
    #expect(result.articles.first?.title == "Café prices")
    #expect(result.articles.first?.paragraphs == ["Prices rose 5 € at the baker’s."])
    #expect(result.warnings == ["'latin.txt' is not valid UTF-8; read as Windows-1252"])
  }

  @Test(
    arguments: [
      // A sequence cut short is replaced by one U+FFFD of as many bytes: still not UTF-8.
      [0xF0, 0x9F, 0x98], [0xE2, 0x82], [0xC3], [0xED, 0xA0, 0x80], [0xFF],
    ] as [[UInt8]])
  func invalidUTF8IsReadAsWindows1252(sequence: [UInt8]) throws {
    let bytes = Array("Ferry news\n\nThe ferry runs ".utf8) + sequence + Array(" again.".utf8)
    let result = try article(bytes, path: "cut.txt")
    #expect(result.warnings == ["'cut.txt' is not valid UTF-8; read as Windows-1252"])
  }

  /// A long text with a few scalars outside ASCII is decoded run by run: valid, it reads as
  /// it is; one bad sequence anywhere still makes it Windows-1252.
  @Test(arguments: [nil, [0xC3], [0xE2, 0x82], [0xFF]] as [[UInt8]?])
  func sparseNonASCIITextIsCheckedToTheEnd(bad: [UInt8]?) throws {
    // Four sentences in forty have a `£` and a `’`: eight runs in 2.5 KB.
    let sentences = (0..<40).map {
      $0 % 10 == 3
        ? "The fare rose to £5 after the ferry’s refit, said the operator. "
        : "The ferry runs again from Monday, the harbour office said today. "
    }
    var bytes = Array("Ferry news\n\n".utf8)
    for (index, sentence) in sentences.enumerated() {
      bytes += Array(sentence.utf8)
      if index == 37, let bad { bytes += bad }
    }
    let result = try article(bytes)
    if bad == nil {
      #expect(result.warnings.isEmpty)
      #expect(result.articles.first?.paragraphs == [String(sentences.joined().dropLast())])
    } else {
      #expect(result.warnings == ["'a.txt' is not valid UTF-8; read as Windows-1252"])
    }
  }

  @Test func validUTF8IsReadAsItIs() throws {
    let text = "Café news\n\nThe ferry — 5 € — runs again 😀, said the café’s owner."
    let result = try article(Array(text.utf8))
    #expect(result.warnings.isEmpty)
    #expect(result.articles.first?.title == "Café news")
    #expect(
      result.articles.first?.paragraphs == [
        "The ferry — 5 € — runs again 😀, said the café’s owner."
      ])
  }

  @Test(arguments: ["\r\n", "\r"])
  func lineEndsAreNormalised(lineEnd: String) throws {
    let text = "Bridge vote" + lineEnd + lineEnd + "First line" + lineEnd + "goes on." + lineEnd
    let result = try article(Array(text.utf8))
    #expect(result.articles.first?.paragraphs == ["First line goes on."])
    #expect(result.articles.first?.text.unicodeScalars.contains("\r") == false)
  }

  @Test func controlBytesAreCountedAtEveryOffset() {
    let text = Array("The council met on Monday to vote on the bridge.".utf8)
    for control: UInt8 in [0x00, 0x01, 0x09, 0x0A, 0x0C, 0x0D, 0x1B, 0x1F] {
      for offset in text.indices {
        var bytes = text
        bytes[offset] = control
        let found = ByteDecoder.controlBytes(bytes[...])
        let isOther = ![0x00, 0x09, 0x0A, 0x0C, 0x0D].contains(control)
        let expected = ByteDecoder.ControlBytes(
          hasNUL: control == 0, hasCR: control == 0x0D, others: isOther ? 1 : 0)
        #expect(found == expected, "byte \(control) at \(offset)")
        bytes[offset] = 0xC3
        #expect(!ByteDecoder.controlBytes(bytes[...]).isASCII, "0xC3 at \(offset)")
      }
    }
    let many = [UInt8](repeating: 0x1B, count: 21) + text
    #expect(ByteDecoder.controlBytes(many[3...]).others == 18)
  }

  @Test func badInputErrors() throws {
    #expect(throws: ArticleError.empty(path: "e.txt")) { try article([], path: "e.txt") }
    #expect(throws: ArticleError.empty(path: "w.txt")) {
      try article(Array(" \n\n\t ".utf8), path: "w.txt")
    }
    #expect(throws: ArticleError.binary(path: "b.txt")) {
      try article(Array("text".utf8) + [0, 1, 2] + Array("more".utf8), path: "b.txt")
    }
    #expect(throws: ArticleError.binary(path: "p.txt")) {
      try article([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34], path: "p.txt")
    }
    let big = [UInt8](repeating: 0x61, count: 2_000)
    #expect(throws: ArticleError.tooLarge(path: "big.txt", bytes: 2_000, limit: 1_000)) {
      try ArticleReader(maxBytes: 1_000).read(big, path: "big.txt")
    }
    #expect(throws: ArticleError.noText(path: "n.html")) {
      try article(Array("<html><body><nav>Menu</nav></body></html>".utf8), path: "n.html")
    }
  }

  @Test(arguments: [
    (ArticleError.empty(path: "a.txt"), "'a.txt' is empty; there is nothing to load"),
    (
      .binary(path: "b.bin"),
      "'b.bin' is a binary file, not text; load .txt, .md, .html or .json articles"
    ),
    (
      .tooLarge(path: "c.txt", bytes: 62_914_560, limit: 52_428_800),
      "'c.txt' is 60.0 MB, over the 50.0 MB limit; split it into smaller files"
    ),
    (
      .noText(path: "d.html"),
      "'d.html' has no article text; check that it is an article and not an index page"
    ),
    (
      .malformedFrontMatter(path: "e.md", line: 3, column: 7, reason: "did not find expected key"),
      "'e.md' line 3, column 7: front matter: did not find expected key"
    ),
    (.unreadable(path: "f.txt", reason: "no such file"), "cannot read 'f.txt': no such file"),
    (
      .htmlUnavailable(path: "g.html"),
      "cannot read 'g.html': HTML needs libxml2 (libxml2.so.2), which this machine lacks; "
        + "install it (Debian: apt-get install libxml2) or load the text instead"
    ),
  ])
  func errorMessages(error: ArticleError, message: String) {
    #expect(error.description == message)
  }

  @Test func contentIsSniffedWithoutAnExtension() throws {
    let json = try article(Array(#"{"title": "Sniffed", "text": "Body text."}"#.utf8), path: "feed")
    #expect(json.articles.first?.title == "Sniffed")
    let html = try article(
      Array("<!DOCTYPE html><h1>Sniffed page</h1><p>Body.</p>".utf8), path: "page")
    #expect(html.articles.first?.title == "Sniffed page")
    let lines = try article(
      Array("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n".utf8), path: "x.log")
    #expect(lines.articles.count == 2)
  }

  /// One long line of `size` bytes with some inline markup.
  func longLine(_ size: Int) -> [UInt8] {
    let sentence = Array("The tide came in and the boats <b>rose</b> [again](x). ".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size + sentence.count)
    while bytes.count < size { bytes += sentence }
    return bytes
  }

  @Test func thirtyMegabyteLineDoesNotHang() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try ArticleReader().read(longLine(30_000_000), path: "long.txt")
    #expect(result.articles.first?.paragraphs.count == 1)
    #expect(clock.now - start < .seconds(90))
  }

  @Test(arguments: ["long.md", "long.html", "long.json"])
  func longLinesInOtherFormatsStayLinear(path: String) {
    // Quadratic work on two megabytes would take minutes; linear work takes well under one.
    let clock = ContinuousClock()
    let start = clock.now
    _ = try? ArticleReader().read(longLine(2_000_000), path: path)
    #expect(clock.now - start < .seconds(30))
  }
}
