/// `quotes --json` written straight to bytes.
extension QuoteListing {
  /// The quotes as a JSON array of objects with the keys `id`, `article`, `text`, `speaker`,
  /// `role`, `mention`, `cue`, `partial`, `start`, `end` and `segments`, written as
  /// `JSONValue.rendered()` would write them but without building a tree: making and freeing a
  /// `JSONValue` per quote cost more than writing the 7,500 BBC quotes.
  static func jsonArray(_ quotes: [StoredQuote]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(64 + quotes.count * 512)
    bytes.append(UInt8(ascii: "["))
    for (index, stored) in quotes.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      write(stored, into: &bytes)
    }
    bytes.append(UInt8(ascii: "]"))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// One quote as a JSON object, keys in the order ``jsonArray(_:)`` lists them.
  private static func write(_ stored: StoredQuote, into bytes: inout [UInt8]) {
    let quote = stored.quote
    append(#"{"id":"#, to: &bytes)
    JSONWriter.quote(stored.id, into: &bytes)
    append(#","article":"#, to: &bytes)
    JSONWriter.appendDecimal(stored.articleID, to: &bytes)
    append(#","text":"#, to: &bytes)
    JSONWriter.quote(quote.text, into: &bytes)
    append(#","speaker":"#, to: &bytes)
    write(quote.speaker, into: &bytes)
    append(#","role":"#, to: &bytes)
    write(quote.role, into: &bytes)
    append(#","mention":"#, to: &bytes)
    if let mention = quote.mention {
      append(#"{"text":"#, to: &bytes)
      JSONWriter.quote(mention.text, into: &bytes)
      append(#","start":"#, to: &bytes)
      JSONWriter.appendDecimal(mention.start, to: &bytes)
      append(#","end":"#, to: &bytes)
      JSONWriter.appendDecimal(mention.end, to: &bytes)
      bytes.append(UInt8(ascii: "}"))
    } else {
      append("null", to: &bytes)
    }
    append(#","cue":"#, to: &bytes)
    write(quote.cue, into: &bytes)
    append(quote.isPartial ? #","partial":true"# : #","partial":false"#, to: &bytes)
    append(#","start":"#, to: &bytes)
    JSONWriter.appendDecimal(quote.start, to: &bytes)
    append(#","end":"#, to: &bytes)
    JSONWriter.appendDecimal(quote.end, to: &bytes)
    append(#","segments":["#, to: &bytes)
    for (index, segment) in quote.segments.enumerated() {
      append(index > 0 ? ",[" : "[", to: &bytes)
      JSONWriter.appendDecimal(segment.lowerBound, to: &bytes)
      bytes.append(UInt8(ascii: ","))
      JSONWriter.appendDecimal(segment.upperBound, to: &bytes)
      bytes.append(UInt8(ascii: "]"))
    }
    append("]}", to: &bytes)
  }

  /// Appends a literal's bytes at once (`bytes += "…".utf8` went through a generic append).
  @inline(__always)
  private static func append(_ literal: StaticString, to bytes: inout [UInt8]) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// A string, or `null` when nil.
  private static func write(_ text: String?, into bytes: inout [UInt8]) {
    if let text {
      JSONWriter.quote(text, into: &bytes)
    } else {
      append("null", to: &bytes)
    }
  }
}
