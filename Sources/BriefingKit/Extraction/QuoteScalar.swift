/// Fast classification of Unicode scalar values for quote extraction.
///
/// ASCII and the common Latin, Greek and Cyrillic blocks are decided by range checks; anything
/// else falls back to the standard library's scalar properties. Works on raw `UInt32` values so
/// that invalid values can never trap.
enum QuoteScalar {
  /// True for letters of any script.
  static func isLetter(_ value: UInt32) -> Bool {
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    if value == 0xD7 || value == 0xF7 { return false }
    if value >= 0xC0 && value <= 0x24F { return true }
    if value >= 0x400 && value <= 0x4FF { return true }
    return slowIsAlphabetic(value)
  }

  /// True for decimal digits.
  static func isDigit(_ value: UInt32) -> Bool {
    if value < 0x80 { return value >= 0x30 && value <= 0x39 }
    return slowIsDecimal(value)
  }

  /// True for letters and digits: the scalars words are made of.
  static func isWord(_ value: UInt32) -> Bool {
    if value < 0x80 {
      return (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
    }
    if isLetter(value) || isDigit(value) { return true }
    return slowIsNonspacingMark(value)
  }

  /// True for spaces, tabs, line breaks and no-break spaces.
  static func isSpace(_ value: UInt32) -> Bool {
    if value == 0x20 || (value >= 0x09 && value <= 0x0D) { return true }
    if value < 0x80 { return false }
    return value == 0xA0 || value == 0x202F || value == 0x2009 || value == 0x200A
      || value == 0x2007 || value == 0x3000 || value == 0x2028 || value == 0x2029
      || (value >= 0x2000 && value <= 0x2006) || value == 0x85 || value == 0xFEFF
  }

  /// True for line breaks.
  static func isNewline(_ value: UInt32) -> Bool {
    value == 0x0A || value == 0x0D || value == 0x2029 || value == 0x2028 || value == 0x85
  }

  /// True for upper-case letters.
  static func isUpper(_ value: UInt32) -> Bool {
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    if value >= 0xC0 && value <= 0xDE { return value != 0xD7 }
    if value >= 0x400 && value <= 0x42F { return true }
    if value >= 0x430 && value <= 0x45F { return false }
    return slowIsUppercase(value)
  }

  /// True for lower-case letters.
  static func isLower(_ value: UInt32) -> Bool {
    if value < 0x80 { return value >= 0x61 && value <= 0x7A }
    if value >= 0xDF && value <= 0xFF { return value != 0xF7 }
    if value >= 0x430 && value <= 0x45F { return true }
    if value >= 0x400 && value <= 0x42F { return false }
    return slowIsLowercase(value)
  }

  /// A simple lower-case mapping for the scripts the cue lists use; others map to themselves.
  static func lower(_ value: UInt32) -> UInt32 {
    if value < 0x80 { return value >= 0x41 && value <= 0x5A ? value + 0x20 : value }
    if value >= 0xC0 && value <= 0xDE && value != 0xD7 { return value + 0x20 }
    if value >= 0x410 && value <= 0x42F { return value + 0x20 }
    if value >= 0x400 && value <= 0x40F { return value + 0x50 }
    if value >= 0x391 && value <= 0x3A9 && value != 0x3A2 { return value + 0x20 }
    if value >= 0x100 && value <= 0x17F && value % 2 == 0 && value != 0x138 { return value + 1 }
    return value
  }

  // The standard library's scalar properties, kept out of line: inlined, their resilient
  // metadata look-ups and stack allocations run in the prologue of every caller, which made
  // the tokenizer's word loop pay them once per word even for ASCII text.

  @inline(never) private static func slowIsAlphabetic(_ value: UInt32) -> Bool {
    Unicode.Scalar(value)?.properties.isAlphabetic ?? false
  }

  @inline(never) private static func slowIsDecimal(_ value: UInt32) -> Bool {
    Unicode.Scalar(value)?.properties.numericType == .decimal
  }

  @inline(never) private static func slowIsNonspacingMark(_ value: UInt32) -> Bool {
    Unicode.Scalar(value)?.properties.generalCategory == .nonspacingMark
  }

  @inline(never) private static func slowIsUppercase(_ value: UInt32) -> Bool {
    Unicode.Scalar(value)?.properties.isUppercase ?? false
  }

  @inline(never) private static func slowIsLowercase(_ value: UInt32) -> Bool {
    Unicode.Scalar(value)?.properties.isLowercase ?? false
  }

  /// True for dashes and hyphens used as punctuation.
  static func isDash(_ value: UInt32) -> Bool {
    value == 0x2D || (value >= 0x2010 && value <= 0x2015) || value == 0x2212
  }

  /// True for `.`, `!`, `?` and the ellipsis: scalars that can end a sentence.
  static func isSentenceEnd(_ value: UInt32) -> Bool {
    value == 0x2E || value == 0x21 || value == 0x3F || value == 0x2026 || value == 0x3002
  }

  /// True for scalars after which a quotation may open: brackets, dashes, slashes.
  static func isOpening(_ value: UInt32) -> Bool {
    value == 0x28 || value == 0x5B || value == 0x7B || value == 0x2F || isDash(value)
  }

  /// True for punctuation that may follow a closing quotation mark.
  static func isTrailing(_ value: UInt32) -> Bool {
    value == 0x2C || value == 0x3B || value == 0x3A || value == 0x29 || value == 0x5D
      || value == 0x7D || isSentenceEnd(value) || isDash(value) || value == 0x3001
      || value == 0xFF0C
  }

  /// The string spelled by `scalars[range]` (clamped to the array), encoded in one pass.
  static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    let lower = max(0, min(range.lowerBound, scalars.count))
    let upper = max(lower, min(range.upperBound, scalars.count))
    guard lower < upper else { return "" }
    return scalars.withUnsafeBufferPointer { scalars in
      String(unsafeUninitializedCapacity: capacity(scalars, lower..<upper)) { buffer in
        guard let source = UnsafeRawPointer(scalars.baseAddress),
          let target = UnsafeMutableRawPointer(buffer.baseAddress)
        else { return 0 }
        var written = 0
        var index = lower
        while index < upper {
          // Eight ASCII scalars at a time, the usual case: narrowed to eight bytes by the
          // vector unit and stored at once, where each byte apart cost nine instructions.
          // No scalar takes more than four bytes, so while eight remain, eight bytes fit.
          while index &+ 8 <= upper {
            let eight = source.loadUnaligned(
              fromByteOffset: index &* MemoryLayout<Unicode.Scalar>.stride,
              as: SIMD8<UInt32>.self)
            guard eight & SIMD8(repeating: 0xFFFF_FF80) == .zero else { break }
            target.storeBytes(
              of: SIMD8<UInt8>(truncatingIfNeeded: eight), toByteOffset: written,
              as: SIMD8<UInt8>.self)
            index &+= 8
            written &+= 8
          }
          guard index < upper else { break }
          written = encode(scalars[index].value, into: buffer, at: written)
          index += 1
        }
        return written
      }
    }
  }

  /// Room for the UTF-8 of `scalars[range]`: four bytes a scalar, or for a short range (a
  /// name) its exact length, so that one of up to 15 bytes is made a small string in place.
  /// Given four bytes a scalar, `Tony Blair` had a heap buffer of 40 bytes made, and freed.
  private static func capacity(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>)
    -> Int
  {
    guard range.count <= 15 else { return range.count * 4 }
    var bytes = 0
    for index in range {
      let value = scalars[index].value
      bytes += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
    }
    return bytes
  }

  /// Writes the UTF-8 of scalar `value` into `buffer` at `offset`; returns the offset after it.
  private static func encode(
    _ value: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int
  )
    -> Int
  {
    if value < 0x80 {
      buffer[offset] = UInt8(value)
      return offset + 1
    } else if value < 0x800 {
      buffer[offset] = UInt8(0xC0 | (value >> 6))
      buffer[offset + 1] = UInt8(0x80 | (value & 0x3F))
      return offset + 2
    } else if value < 0x10000 {
      buffer[offset] = UInt8(0xE0 | (value >> 12))
      buffer[offset + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
      buffer[offset + 2] = UInt8(0x80 | (value & 0x3F))
      return offset + 3
    }
    buffer[offset] = UInt8(0xF0 | (value >> 18))
    buffer[offset + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
    buffer[offset + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
    buffer[offset + 3] = UInt8(0x80 | (value & 0x3F))
    return offset + 4
  }

}
