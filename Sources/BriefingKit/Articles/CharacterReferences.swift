import Foundation

/// HTML character references (`&#233;`, `&#xE9;`, `&eacute;`, `&amp;`) left in text that is
/// not HTML: scraped plain text, JSON bodies and Markdown carry them, and an analyst wants
/// `communiqué` in a topic or a quote, not `communiqu&#233;`. (HTML pages are decoded by
/// libxml2 before they get here.)
///
/// Only well-formed references are read: `&`, a name or `#` and digits, then `;`. Anything
/// else — `R&D`, `AT&T;`, a name no table holds, a number that is no character — stays as it
/// was written.
enum CharacterReferences {
  /// `bytes` (UTF-8, one cleaned paragraph) with every reference replaced by what it stands
  /// for; a no-break space becomes an ordinary one (never two in a row, none at either end)
  /// and a soft hyphen is dropped, as the paragraph cleaner does with the characters
  /// themselves.
  static func decode(_ bytes: inout [UInt8]) {
    guard let first = firstAmpersand(in: bytes) else { return }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    output.append(contentsOf: bytes[..<first])
    var index = first
    var changed = false
    var spaced = false
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == 0x26, let (scalar, length) = reference(in: bytes, at: index) else {
        output.append(byte)
        index += 1
        continue
      }
      changed = true
      index += length
      switch scalar.value {
      case 0xAD: continue
      case 0xA0:
        output.append(0x20)
        spaced = true
      default: output.append(contentsOf: scalar.utf8)
      }
    }
    guard changed else { return }
    bytes = spaced ? singleSpaced(output) : output
  }

  /// `bytes` without spaces at either end or two in a row (a decoded no-break space beside a
  /// space).
  private static func singleSpaced(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    for byte in bytes where byte != 0x20 || (result.last ?? 0x20) != 0x20 {
      result.append(byte)
    }
    if result.last == 0x20 { result.removeLast() }
    return result
  }

  /// `text` with its references decoded (``decode(_:)``).
  static func decoded(_ text: String) -> String {
    guard text.utf8.contains(0x26) else { return text }
    var bytes = Array(text.utf8)
    decode(&bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The index of the first `&` in `bytes`.
  private static func firstAmpersand(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, let found = memchr(base, 0x26, buffer.count) else {
        return nil
      }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
  }

  /// The character the reference at `start` (an `&`) stands for and the reference's length in
  /// bytes, or nil when no well-formed reference starts there.
  static func reference(in bytes: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
    // The longest reference read: `&#x10FFFF;` or a name of 8 letters with `&` and `;`.
    let end = min(bytes.count, start + 11)
    guard end > start + 2, let semicolon = (start + 2..<end).first(where: { bytes[$0] == 0x3B })
    else {
      return nil
    }
    let body = bytes[(start + 1)..<semicolon]
    let scalar: Unicode.Scalar?
    if body.first == 0x23 {
      scalar = numeric(body.dropFirst())
    } else {
      guard body.allSatisfy(isLetterOrDigit) else { return nil }
      scalar = named[String(decoding: body, as: UTF8.self)].flatMap(Unicode.Scalar.init)
    }
    return scalar.map { ($0, semicolon + 1 - start) }
  }

  /// The character of a numeric reference's digits (`233`, `x00E9`). Numbers 128–159 are read
  /// as Windows-1252, as browsers do (`&#146;` is `’`); other controls, surrogates and numbers
  /// past Unicode are no character.
  private static func numeric(_ digits: ArraySlice<UInt8>) -> Unicode.Scalar? {
    var digits = digits
    var radix: UInt32 = 10
    if let first = digits.first, first | 0x20 == 0x78 {
      radix = 16
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.count <= 7 else { return nil }
    var value: UInt32 = 0
    for digit in digits {
      guard let number = hexValue(digit), number < radix else { return nil }
      value = value * radix + number
    }
    if (0x80...0x9F).contains(value) { return ByteDecoder.windows1252(UInt8(value)) }
    guard value >= 0x20 || value == 0x09 || value == 0x0A, value != 0x7F else { return nil }
    return Unicode.Scalar(value)
  }

  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20)
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: return UInt32(byte - 0x30)
    case 0x41...0x46, 0x61...0x66: return UInt32(byte | 0x20) - 0x61 + 10
    default: return nil
    }
  }

  /// The named references a news text uses: markup's own, the Latin-1 letters and signs
  /// (`&nbsp;` to `&yuml;` are U+00A0 to U+00FF in order), typography, and the few letters
  /// beyond Latin-1 that Western European names need.
  static let named: [String: UInt32] = {
    var table: [String: UInt32] = [
      "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
      "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
      "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "lsaquo": 0x2039, "rsaquo": 0x203A,
      "hellip": 0x2026, "bull": 0x2022, "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030,
      "prime": 0x2032, "Prime": 0x2033, "euro": 0x20AC, "trade": 0x2122, "minus": 0x2212,
      "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003, "zwj": 0x200D, "zwnj": 0x200C,
      "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178,
      "Zcaron": 0x17D, "zcaron": 0x17E, "fnof": 0x192, "circ": 0x2C6, "tilde": 0x2DC,
    ]
    let latin1 =
      """
      nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
      deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
      iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml \
      Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash \
      Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig \
      ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc \
      otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
      """
    for (offset, name) in latin1.split(separator: " ").enumerated() {
      table[String(name)] = 0xA0 + UInt32(offset)
    }
    return table
  }()
}
