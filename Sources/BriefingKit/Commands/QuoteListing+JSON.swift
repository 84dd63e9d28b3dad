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
    var bytes = JSONBytes(capacity: 64 + capacity * 512)
    bytes.write(bound: 1) { $0.byte(UInt8(ascii: "[")) }
    var isFirst = true
    do {
      try body { fields in
        bytes.write(bound: 1 + fields.bound) { writer in
          if !isFirst { writer.byte(UInt8(ascii: ",")) }
          fields.write(to: &writer)
        }
        isFirst = false
      }
    } catch {
      bytes.take { _ in }
      throw error
    }
    bytes.write(bound: 1) { $0.byte(UInt8(ascii: "]")) }
    return bytes.take { ASCIIBytes.string(decoding: $0) }
  }
}

/// Text a quote's JSON is written from: a `String`, or a row's bytes read in place.
protocol QuoteJSONText {
  /// The number of UTF-8 bytes.
  var utf8Count: Int { get }
  /// Writes the text as a JSON string literal (``JSONByteWriter/quoted(_:)``).
  func writeQuoted(to writer: inout JSONByteWriter)
}

extension String: QuoteJSONText {
  var utf8Count: Int { utf8.count }

  func writeQuoted(to writer: inout JSONByteWriter) {
    var text = self
    text.withUTF8 { writer.quoted($0) }
  }
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

  /// The most bytes ``write(to:)`` writes: its keys and literals (under 200 bytes), six
  /// numbers, each segment's pair and each text quoted.
  var bound: Int {
    var texts = id.utf8Count + text.utf8Count
    texts += (speaker?.utf8Count ?? 0) + (role?.utf8Count ?? 0) + (cue?.utf8Count ?? 0)
    texts += mention?.text.utf8Count ?? 0
    return 200 + 6 * JSONByteWriter.decimalBound
      + segments.count * (4 + 2 * JSONByteWriter.decimalBound)
      + JSONByteWriter.quotedBound(texts) + 6 * 2
  }

  /// The object, keys in the order of ``QuoteListing/jsonArray(_:)``; a key and the `null`
  /// after it, or two keys with nothing between, are one literal.
  func write(to writer: inout JSONByteWriter) {
    writer.literal(#"{"id":"#)
    id.writeQuoted(to: &writer)
    writer.literal(#","article":"#)
    writer.decimal(articleID)
    writer.literal(#","text":"#)
    text.writeQuoted(to: &writer)
    write(#","speaker":"#, speaker, orNull: #","speaker":null"#, to: &writer)
    write(#","role":"#, role, orNull: #","role":null"#, to: &writer)
    if let mention {
      writer.literal(#","mention":{"text":"#)
      mention.text.writeQuoted(to: &writer)
      writer.literal(#","start":"#)
      writer.decimal(mention.start)
      writer.literal(#","end":"#)
      writer.decimal(mention.end)
      writer.byte(UInt8(ascii: "}"))
    } else {
      writer.literal(#","mention":null"#)
    }
    write(#","cue":"#, cue, orNull: #","cue":null"#, to: &writer)
    writer.literal(isPartial ? #","partial":true,"start":"# : #","partial":false,"start":"#)
    writer.decimal(start)
    writer.literal(#","end":"#)
    writer.decimal(end)
    writer.literal(#","segments":["#)
    for (index, segment) in segments.enumerated() {
      if index > 0 { writer.byte(UInt8(ascii: ",")) }
      writer.byte(UInt8(ascii: "["))
      writer.decimal(segment.lowerBound)
      writer.byte(UInt8(ascii: ","))
      writer.decimal(segment.upperBound)
      writer.byte(UInt8(ascii: "]"))
    }
    writer.byte(UInt8(ascii: "]"))
    writer.byte(UInt8(ascii: "}"))
  }

  /// `key` and the string, or `keyAndNull` when there is none.
  private func write(
    _ key: StaticString, _ text: Text?, orNull keyAndNull: StaticString,
    to writer: inout JSONByteWriter
  ) {
    if let text {
      writer.literal(key)
      text.writeQuoted(to: &writer)
    } else {
      writer.literal(keyAndNull)
    }
  }
}
