/// The distinct speakers and roles of a session's quotes, and their form in the file's cache.
struct QuoteNames: Sendable {
  var speakers: [String]
  var roles: [String]

  init(speakers: [String], roles: [String]) {
    self.speakers = speakers
    self.roles = roles
  }

  /// Reads ``encoded``'s bytes; nil for bytes of any other form.
  init?(decoding bytes: [UInt8]) {
    var reader = ByteReader(bytes: bytes)
    guard let speakers = reader.list({ $0.string() }), let roles = reader.list({ $0.string() }),
      reader.isAtEnd
    else { return nil }
    self.init(speakers: speakers, roles: roles)
  }

  var encoded: [UInt8] {
    var writer = ByteWriter()
    writer.append(speakers)
    writer.append(roles)
    return writer.bytes
  }
}
