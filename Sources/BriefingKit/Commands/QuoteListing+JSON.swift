/// `quotes --json` written straight to bytes.
extension QuoteListing {
  /// The quotes as a JSON array of objects with the keys `id`, `article`, `text`, `speaker`,
  /// `role`, `mention`, `cue`, `partial`, `start`, `end` and `segments`, written as
  /// `JSONValue.rendered()` would write them but without building a tree: making and freeing a
  /// `JSONValue` per quote cost more than writing the 7,500 BBC quotes.
  static func jsonArray(_ quotes: [StoredQuote]) -> String {
    jsonArray(capacity: quotes.count) { write in
      for stored in quotes {
        let quote = stored.quote
        write(
          QuoteJSONFields(
            id: stored.id, articleID: stored.articleID, text: quote.text, speaker: quote.speaker,
            role: quote.role,
            mention: quote.mention.map { ($0.text, $0.start, $0.end) }, cue: quote.cue,
            isPartial: quote.isPartial, start: quote.start, end: quote.end,
            segments: quote.segments))
      }
    }
  }

  /// The session's quotes (of `articles`, of `speaker`) as ``jsonArray(_:)`` writes them,
  /// each written from its row as SQLite holds it: making a `String` of each text and a value
  /// of each quote first cost as much as writing them (the 7,000 BBC quotes).
  static func jsonArray(articles: [Int], speaker: String?, in store: SessionStore) throws
    -> String
  {
    try store.withQuoteRows(articles: articles, speaker: speaker) { rows in
      try jsonArray(capacity: 128) { write in
        while let fields = try rows.next() { write(fields) }
      }
    }
  }

  /// A JSON array of the objects `body` writes through the function it is given, for about
  /// `capacity` of them.
  private static func jsonArray<Text>(
    capacity: Int, _ body: ((QuoteJSONFields<Text>) -> Void) throws -> Void
  ) rethrows -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(64 + capacity * 512)
    bytes.append(UInt8(ascii: "["))
    try body { fields in
      if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
      fields.write(into: &bytes)
    }
    bytes.append(UInt8(ascii: "]"))
    return ASCIIBytes.string(decoding: bytes)
  }
}

/// Text a quote's JSON is written from: a `String`, or a row's bytes read in place.
protocol QuoteJSONText {
  /// Appends the text as a JSON string literal (``JSONWriter/quote(_:into:)``).
  func appendQuoted(to bytes: inout [UInt8])
}

extension String: QuoteJSONText {
  func appendQuoted(to bytes: inout [UInt8]) { JSONWriter.quote(self, into: &bytes) }
}

/// The fields of one quote's JSON object, in the order they are written.
struct QuoteJSONFields<Text: QuoteJSONText> {
  var id: Text
  var articleID: Int
  var text: Text
  var speaker: Text?
  var role: Text?
  var mention: (text: Text, start: Int, end: Int)?
  var cue: Text?
  var isPartial: Bool
  var start: Int
  var end: Int
  var segments: [Range<Int>]

  /// The object, keys in the order of ``QuoteListing/jsonArray(_:)``. A key and the `null`
  /// after it, or two keys with nothing between, are one literal, and one- or two-byte pieces
  /// are appended as bytes: each `append(contentsOf:)` cost about 90 instructions.
  func write(into bytes: inout [UInt8]) {
    append(#"{"id":"#, to: &bytes)
    id.appendQuoted(to: &bytes)
    append(#","article":"#, to: &bytes)
    JSONWriter.appendDecimal(articleID, to: &bytes)
    append(#","text":"#, to: &bytes)
    text.appendQuoted(to: &bytes)
    write(#","speaker":"#, speaker, orNull: #","speaker":null"#, into: &bytes)
    write(#","role":"#, role, orNull: #","role":null"#, into: &bytes)
    if let mention {
      append(#","mention":{"text":"#, to: &bytes)
      mention.text.appendQuoted(to: &bytes)
      append(#","start":"#, to: &bytes)
      JSONWriter.appendDecimal(mention.start, to: &bytes)
      append(#","end":"#, to: &bytes)
      JSONWriter.appendDecimal(mention.end, to: &bytes)
      bytes.append(UInt8(ascii: "}"))
    } else {
      append(#","mention":null"#, to: &bytes)
    }
    write(#","cue":"#, cue, orNull: #","cue":null"#, into: &bytes)
    append(isPartial ? #","partial":true,"start":"# : #","partial":false,"start":"#, to: &bytes)
    JSONWriter.appendDecimal(start, to: &bytes)
    append(#","end":"#, to: &bytes)
    JSONWriter.appendDecimal(end, to: &bytes)
    append(#","segments":["#, to: &bytes)
    for (index, segment) in segments.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      bytes.append(UInt8(ascii: "["))
      JSONWriter.appendDecimal(segment.lowerBound, to: &bytes)
      bytes.append(UInt8(ascii: ","))
      JSONWriter.appendDecimal(segment.upperBound, to: &bytes)
      bytes.append(UInt8(ascii: "]"))
    }
    bytes.append(UInt8(ascii: "]"))
    bytes.append(UInt8(ascii: "}"))
  }

  /// Appends a literal's bytes at once (`bytes += "…".utf8` went through a generic append).
  @inline(__always)
  private func append(_ literal: StaticString, to bytes: inout [UInt8]) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// `key` and the string, or `keyAndNull` when there is none.
  private func write(
    _ key: StaticString, _ text: Text?, orNull keyAndNull: StaticString,
    into bytes: inout [UInt8]
  ) {
    if let text {
      append(key, to: &bytes)
      text.appendQuoted(to: &bytes)
    } else {
      append(keyAndNull, to: &bytes)
    }
  }
}
