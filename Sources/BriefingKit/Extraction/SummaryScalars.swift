/// The scalar classes and lowercasing the summarizer needs, from tables for the first 2,048
/// code points (Latin, Greek, Cyrillic, Hebrew, Arabic) and the Unicode properties beyond.
///
/// The tables are filled once from the same properties, so both paths agree.
struct SummaryScalars: Sendable {
  /// Flag: not white space or a control character up to U+0020.
  static let visible: UInt8 = 1
  /// Flag: a letter or digit of any script.
  static let word: UInt8 = 2
  /// The FNV-1a starting value.
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  /// The FNV-1a multiplier.
  static let prime: UInt64 = 0x100_0000_01b3
  /// Marks a code point whose lowercase form is more than one scalar (`İ`).
  private static let several = UInt32.max
  private static let tableSize = 0x800

  /// The tables, built on first use.
  static let shared = SummaryScalars()

  private let flagTable: [UInt8]
  private let lowerTable: [UInt32]

  private init() {
    var flags = [UInt8](repeating: 0, count: Self.tableSize)
    var lower = [UInt32](repeating: Self.several, count: Self.tableSize)
    for value in 0..<UInt32(Self.tableSize) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      flags[Int(value)] = Self.computedFlags(of: scalar)
      let mapping = scalar.properties.lowercaseMapping.unicodeScalars
      if mapping.count == 1, let only = mapping.first { lower[Int(value)] = only.value }
    }
    flagTable = flags
    lowerTable = lower
  }

  /// ``visible`` and ``word`` flags of `scalar`.
  @inline(__always)
  func flags(of scalar: Unicode.Scalar) -> UInt8 {
    let value = Int(scalar.value)
    return value < Self.tableSize ? flagTable[value] : Self.computedFlags(of: scalar)
  }

  /// Mixes the lowercase form of `scalar` into an FNV-1a `hash`.
  @inline(__always)
  func hashLowercased(_ scalar: Unicode.Scalar, into hash: inout UInt64) {
    let value = Int(scalar.value)
    if value < Self.tableSize {
      let lowered = lowerTable[value]
      if lowered != Self.several {
        Self.mix(lowered, into: &hash)
        return
      }
    }
    for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
      Self.mix(lowered.value, into: &hash)
    }
  }

  /// Bits of the ASCII digits (below 0x40) and of the ASCII letters (0x40 and up, bit
  /// `value - 0x40`).
  private static let asciiDigits: UInt64 = 0x3FF << 0x30
  private static let asciiLetters: UInt64 = 0x7FF_FFFE << 0x20 | 0x7FF_FFFE

  /// Whether the ASCII `value` (below 0x80) is a letter or digit, without branches.
  @inline(__always)
  static func isASCIIWord(_ value: UInt32) -> Bool {
    let bits = value < 0x40 ? asciiDigits : asciiLetters
    return bits >> UInt64(value & 0x3F) & 1 != 0
  }

  /// A closing mark that does not count as a sentence's last scalar: `" ' ” ’ » ) ]`.
  @inline(__always)
  static func isCloser(_ value: UInt32) -> Bool {
    switch value {
    case 0x22, 0x27, 0x29, 0x5D, 0x2019, 0x201D, 0xBB: return true
    default: return false
    }
  }

  /// A curly or angle quotation mark counted for balance: `“ ” „ « »`.
  @inline(__always)
  static func isCurlyMark(_ value: UInt32) -> Bool {
    switch value {
    case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB: return true
    default: return false
    }
  }

  @inline(__always)
  private static func mix(_ value: UInt32, into hash: inout UInt64) {
    hash = (hash ^ UInt64(value)) &* prime
  }

  private static func computedFlags(of scalar: Unicode.Scalar) -> UInt8 {
    let value = scalar.value
    let isBlank = value <= 0x20 || (value >= 0x80 && scalar.properties.isWhitespace)
    let isWord =
      value < 0x80
      ? (0x30...0x39).contains(value) || (0x61...0x7A).contains(value | 0x20)
      : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    return (isBlank ? 0 : visible) | (isWord ? word : 0)
  }
}
