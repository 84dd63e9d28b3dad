extension JSONParser {
  /// Parses a string literal starting at its opening quote, decoding escapes.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1
    var utf8: [UInt8] = []
    var pendingHigh: UInt16?
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        if pendingHigh != nil { Self.appendReplacement(to: &utf8) }
        return String(decoding: utf8, as: UTF8.self)
      }
      if byte < 0x20 {
        throw error(byte == 0x0A ? "unterminated string" : "control character in a string")
      }
      guard byte == UInt8(ascii: "\\") else {
        if pendingHigh != nil { Self.appendReplacement(to: &utf8) }
        pendingHigh = nil
        utf8.append(byte)
        index += 1
        continue
      }
      guard index + 1 < bytes.count else { break }
      let escape = bytes[index + 1]
      if escape == UInt8(ascii: "u") {
        let unit = try hexUnit(at: index + 2)
        index += 6
        appendUnit(unit, pending: &pendingHigh, to: &utf8)
        continue
      }
      if pendingHigh != nil { Self.appendReplacement(to: &utf8) }
      pendingHigh = nil
      guard let decoded = Self.simpleEscape(escape) else {
        throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
      }
      utf8.append(decoded)
      index += 2
    }
    throw error("unterminated string")
  }

  private static func simpleEscape(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return byte
    case UInt8(ascii: "b"): return 0x08
    case UInt8(ascii: "f"): return 0x0C
    case UInt8(ascii: "n"): return 0x0A
    case UInt8(ascii: "r"): return 0x0D
    case UInt8(ascii: "t"): return 0x09
    default: return nil
    }
  }

  private func hexUnit(at position: Int) throws(JSONSyntaxError) -> UInt16 {
    guard position + 4 <= bytes.count else { throw error("unterminated \\u escape") }
    var value: UInt16 = 0
    for byte in bytes[position..<(position + 4)] {
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x41...0x46: digit = byte - 0x41 + 10
      case 0x61...0x66: digit = byte - 0x61 + 10
      default: throw error("invalid \\u escape: expected four hex digits")
      }
      value = value << 4 | UInt16(digit)
    }
    return value
  }

  /// Adds a UTF-16 unit, pairing surrogates; lone surrogates become U+FFFD.
  private func appendUnit(_ unit: UInt16, pending: inout UInt16?, to utf8: inout [UInt8]) {
    if let high = pending, (0xDC00...0xDFFF).contains(unit) {
      let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
      pending = nil
      if let scalar = Unicode.Scalar(value) { UTF8.encode(scalar) { utf8.append($0) } }
      return
    }
    if pending != nil { Self.appendReplacement(to: &utf8) }
    pending = nil
    if (0xD800...0xDBFF).contains(unit) {
      pending = unit
    } else if let scalar = Unicode.Scalar(UInt32(unit)) {
      UTF8.encode(scalar) { utf8.append($0) }
    } else {
      Self.appendReplacement(to: &utf8)
    }
  }

  private static func appendReplacement(to utf8: inout [UInt8]) {
    utf8.append(contentsOf: [0xEF, 0xBF, 0xBD])
  }
}
