/// A JSON document built in code and written compactly; every `--json` output goes through it,
/// so stdout carries exactly one valid document.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  /// Keys keep their order.
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.rendered() == rhs.rendered()
  }

  /// A string, or null when nil.
  public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

  /// An int, or null when nil.
  public static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

  /// The document as JSON text.
  public func rendered() -> String {
    var bytes: [UInt8] = []
    write(to: &bytes)
    return ASCIIBytes.string(decoding: bytes)
  }

  // Written as UTF-8 bytes: appending to a String scalar by scalar cost most of `quotes
  // --json` (100 ms for BBC's 7,500 quotes).
  private func write(to bytes: inout [UInt8]) {
    switch self {
    case .null: bytes += "null".utf8
    case .bool(let value): bytes += (value ? "true" : "false").utf8
    case .int(let value): bytes += String(value).utf8
    case .double(let value):
      bytes += (value.isFinite ? String((value * 10_000).rounded() / 10_000) : "null").utf8
    case .string(let value): JSONWriter.quote(value, into: &bytes)
    case .array(let items):
      bytes.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        item.write(to: &bytes)
      }
      bytes.append(UInt8(ascii: "]"))
    case .object(let pairs):
      bytes.append(UInt8(ascii: "{"))
      for (index, (key, value)) in pairs.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        JSONWriter.quote(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        value.write(to: &bytes)
      }
      bytes.append(UInt8(ascii: "}"))
    }
  }
}

/// JSON string quoting.
public enum JSONWriter {
  /// `text` as a JSON string literal, control characters escaped.
  public static func quoted(_ text: String) -> String {
    var bytes: [UInt8] = []
    quote(text, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal: runs that need no escape are copied whole;
  /// `"`, `\\`, control characters and U+2028/U+2029 (which end lines in JavaScript) are
  /// escaped.
  static func quote(_ text: String, into bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { quote(utf8: $0, into: &bytes) }
  }

  /// Appends the UTF-8 text `utf8` as a JSON string literal, as ``quote(_:into:)`` does
  /// (``JSONByteWriter/quoted(_:)``, into room made for its bound).
  static func quote(utf8: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) {
    let start = bytes.count
    let bound = JSONByteWriter.quotedBound(utf8.count)
    bytes.append(contentsOf: repeatElement(0, count: bound))
    let written = bytes.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return 0 }
      var writer = JSONByteWriter(base: base + start)
      writer.quoted(utf8)
      return writer.offset
    }
    bytes.removeLast(bound - written)
  }

  /// Appends `value` in decimal, as `String(value)` writes it, without building a string.
  /// Numbers below 10^8 (the offsets and ids of a quote) have their digits gathered in a
  /// word, last first, and appended one byte at a time: a digit buffer appended whole went
  /// through the generic `append(contentsOf:)`, about 90 instructions a call, and room made
  /// for ``JSONByteWriter/decimal(_:)`` to write in cost as much.
  static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var rest = value.magnitude
    if rest < 100_000_000 {
      // The first digit ends up in the lowest byte.
      var digits: UInt64 = 0
      var count = 0
      repeat {
        digits = digits << 8 | UInt64(truncatingIfNeeded: rest % 10 &+ 0x30)
        rest /= 10
        count &+= 1
      } while rest > 0
      repeat {
        bytes.append(UInt8(truncatingIfNeeded: digits))
        digits >>= 8
        count &-= 1
      } while count > 0
      return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      guard let base = digits.baseAddress else { return }
      var writer = JSONByteWriter(base: base)
      writer.digits(of: rest)
      bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: writer.offset))
    }
  }
}
