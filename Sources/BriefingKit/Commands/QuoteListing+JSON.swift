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
    bytes += #"{"id":"#.utf8
    JSONWriter.quote(stored.id, into: &bytes)
    bytes += #","article":"#.utf8
    bytes += String(stored.articleID).utf8
    bytes += #","text":"#.utf8
    JSONWriter.quote(quote.text, into: &bytes)
    bytes += #","speaker":"#.utf8
    write(quote.speaker, into: &bytes)
    bytes += #","role":"#.utf8
    write(quote.role, into: &bytes)
    bytes += #","mention":"#.utf8
    if let mention = quote.mention {
      bytes += #"{"text":"#.utf8
      JSONWriter.quote(mention.text, into: &bytes)
      bytes += #","start":"#.utf8
      bytes += String(mention.start).utf8
      bytes += #","end":"#.utf8
      bytes += String(mention.end).utf8
      bytes.append(UInt8(ascii: "}"))
    } else {
      bytes += "null".utf8
    }
    bytes += #","cue":"#.utf8
    write(quote.cue, into: &bytes)
    bytes += (quote.isPartial ? #","partial":true"# : #","partial":false"#).utf8
    bytes += #","start":"#.utf8
    bytes += String(quote.start).utf8
    bytes += #","end":"#.utf8
    bytes += String(quote.end).utf8
    bytes += #","segments":["#.utf8
    for (index, segment) in quote.segments.enumerated() {
      bytes += (index > 0 ? ",[" : "[").utf8
      bytes += String(segment.lowerBound).utf8
      bytes.append(UInt8(ascii: ","))
      bytes += String(segment.upperBound).utf8
      bytes.append(UInt8(ascii: "]"))
    }
    bytes += "]}".utf8
  }

  /// A string, or `null` when nil.
  private static func write(_ text: String?, into bytes: inout [UInt8]) {
    if let text {
      JSONWriter.quote(text, into: &bytes)
    } else {
      bytes += "null".utf8
    }
  }
}
