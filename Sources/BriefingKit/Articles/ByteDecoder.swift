/// Turns a file's bytes into text with `\n` line ends, or says why they are not text.
///
/// UTF-8 (a byte order mark is dropped), UTF-16 with a byte order mark, and, when the bytes
/// are not valid UTF-8, Windows-1252 (a superset of Latin-1) with a warning. NUL bytes or many
/// control bytes mean a binary file. CR LF and lone CR become `\n`.
struct ByteDecoder: Sendable {
  /// The decoded text and a warning when a fallback encoding was used.
  struct Decoded: Equatable, Sendable {
    var text: String
    var warning: String?
  }

  /// Decodes `bytes`; `path` names the file in errors and warnings.
  func decode(_ bytes: [UInt8], path: String) throws(ArticleError) -> Decoded {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return try utf8OrFallback(Array(bytes.dropFirst(3)), path: path)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let text = Self.utf16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE)
      if text.unicodeScalars.contains(where: { $0.value == 0 }) { throw .binary(path: path) }
      return Decoded(text: Self.normalisingLineEnds(Array(text.utf8)), warning: nil)
    }
    // Read once for both tests below: a file without NUL (nearly all) is no bare UTF-16.
    let controls = Self.controlBytes(bytes[...])
    if controls.hasNUL, let bigEndian = Self.bareUTF16(bytes) {
      let text = Self.utf16(bytes[...], bigEndian: bigEndian)
      if text.unicodeScalars.contains(where: { $0.value == 0 }) { throw .binary(path: path) }
      return Decoded(text: Self.normalisingLineEnds(Array(text.utf8)), warning: nil)
    }
    return try utf8OrFallback(bytes, controls: controls, path: path)
  }

  /// Whether `bytes` look like UTF-16 without a byte order mark (mostly Latin text, so every
  /// other byte is zero): true for big endian, false for little endian, nil when not.
  static func bareUTF16(_ bytes: [UInt8]) -> Bool? {
    let sample = bytes.prefix(2_000)
    guard sample.count >= 8, sample.count % 2 == 0 || bytes.count > sample.count else {
      return nil
    }
    // Without a zero byte neither half can be mostly zeros.
    guard controlBytes(sample).hasNUL else { return nil }
    var zeros = [0, 0]
    for (offset, byte) in sample.enumerated() where byte == 0 { zeros[offset % 2] += 1 }
    let pairs = sample.count / 2
    if zeros[0] * 10 >= pairs * 9 && zeros[1] * 10 <= pairs { return true }
    if zeros[1] * 10 >= pairs * 9 && zeros[0] * 10 <= pairs { return false }
    return nil
  }

  /// Decodes UTF-8, or Windows-1252 when the bytes are not valid UTF-8; `controls` must be
  /// ``controlBytes(_:)`` of `bytes` when given.
  private func utf8OrFallback(
    _ bytes: [UInt8], controls: ControlBytes? = nil, path: String
  ) throws(ArticleError) -> Decoded {
    let controls = controls ?? Self.controlBytes(bytes[...])
    if Self.looksBinary(bytes, controls) { throw .binary(path: path) }
    if let text = Self.validUTF8(bytes, isASCII: controls.isASCII) {
      guard controls.hasCR else { return Decoded(text: text, warning: nil) }
      return Decoded(text: Self.normalisingLineEnds(bytes), warning: nil)
    }
    var utf8: [UInt8] = []
    utf8.reserveCapacity(bytes.count + bytes.count / 8)
    for byte in bytes {
      let scalar = Self.windows1252(byte)
      UTF8.encode(scalar) { utf8.append($0) }
    }
    return Decoded(
      text: Self.normalisingLineEnds(utf8),
      warning: "'\(path)' is not valid UTF-8; read as Windows-1252")
  }

  /// The bytes as a string when they are valid UTF-8 (all of them when `isASCII`), else nil.
  ///
  /// Decoding with repairs keeps valid UTF-8 as it is and puts U+FFFD (`EF BF BD`) where an
  /// invalid sequence starts, which those bytes never are: the decoded bytes equal the file's
  /// exactly when it is valid. `String(validating:)` read the bytes through a generic path, at
  /// four instructions a byte; this costs one copy, and one comparison when not all ASCII.
  ///
  /// Bytes with few runs outside ASCII (a `£` or a `’` here and there) are decoded run by run
  /// (``ASCIIBytes/string(decoding:)``): the standard library checks a whole buffer byte by byte
  /// once it holds one such byte, ten instructions a byte of every such BBC file.
  static func validUTF8(_ bytes: [UInt8], isASCII: Bool) -> String? {
    if isASCII { return String(decoding: bytes, as: UTF8.self) }
    // About one run in 128 bytes at most: beyond, the runs cost more than the byte checks.
    let limit = bytes.count / 128 + 1
    let isSparse = bytes.withUnsafeBufferPointer { nonASCIIRuns($0, upTo: limit) <= limit }
    var text =
      isSparse ? ASCIIBytes.string(decoding: bytes) : String(decoding: bytes, as: UTF8.self)
    let isSame = text.withUTF8 { decoded in
      bytes.withUnsafeBufferPointer { Self.equal(decoded, $0) }
    }
    return isSame ? text : nil
  }

  /// How many runs of bytes outside ASCII `bytes` holds, counted up to `limit + 1` (the scan
  /// stops there), eight bytes at a time.
  static func nonASCIIRuns(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
    var runs = 0
    var inRun = false
    var index = 0
    while index < bytes.count, runs <= limit {
      if !inRun, bytes.count &- index >= 8,
        ASCIIBytes.load(bytes, at: index) & ASCIIBytes.high == 0
      {
        index &+= 8
        continue
      }
      let isASCII = bytes[index] < 0x80
      if !isASCII && !inRun { runs &+= 1 }
      inRun = !isASCII
      index &+= 1
    }
    return runs
  }

  /// Whether two byte buffers are equal, compared eight bytes at a time.
  private static func equal(
    _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>
  )
    -> Bool
  {
    guard first.count == second.count else { return false }
    var offset = 0
    while second.count - offset >= 8 {
      guard ASCIIBytes.load(first, at: offset) == ASCIIBytes.load(second, at: offset) else {
        return false
      }
      offset &+= 8
    }
    while offset < second.count {
      guard first[offset] == second[offset] else { return false }
      offset &+= 1
    }
    return true
  }

  /// Whether the bytes hold NUL, a known binary signature, or more than 1% control bytes;
  /// `controls` must be ``controlBytes(_:)`` of `bytes`.
  static func looksBinary(_ bytes: [UInt8], _ controls: ControlBytes) -> Bool {
    let signatures: [[UInt8]] = [
      [0x25, 0x50, 0x44, 0x46, 0x2D], [0x89, 0x50, 0x4E, 0x47], [0x50, 0x4B, 0x03, 0x04],
      [0x47, 0x49, 0x46, 0x38], [0xFF, 0xD8, 0xFF], [0x7F, 0x45, 0x4C, 0x46],
      [0x1F, 0x8B],
    ]
    if signatures.contains(where: { bytes.starts(with: $0) }) { return true }
    return controls.hasNUL || controls.others * 100 > bytes.count
  }

  /// What the bytes below 0x20 of a text say about it.
  struct ControlBytes: Equatable {
    var hasNUL = false
    var hasCR = false
    /// Control bytes other than NUL, tab, line feed, form feed and carriage return.
    var others = 0
    /// No byte is 0x80 or above.
    var isASCII = true
  }

  /// The control bytes of `bytes`, read eight at a time: a word without a byte below 0x20
  /// (nearly every word of a text) is passed with one test instead of eight, and 32 bytes
  /// without one are passed together. Whether all bytes are ASCII is gathered on the way.
  static func controlBytes(_ bytes: ArraySlice<UInt8>) -> ControlBytes {
    var found = ControlBytes()
    bytes.withUnsafeBufferPointer { bytes in
      var offset = 0
      var any: UInt64 = 0
      while offset < bytes.count {
        if bytes.count - offset >= 32 {
          var below: UInt64 = 0
          for word in 0..<4 {
            let chunk = ASCIIBytes.load(bytes, at: offset &+ word &* 8)
            below |= (chunk &- 0x20 &* ASCIIBytes.ones) & ~chunk & ASCIIBytes.high
            any |= chunk
          }
          if below == 0 {
            offset &+= 32
            continue
          }
        }
        let end = min(offset + 8, bytes.count)
        if end - offset == 8 {
          let chunk = ASCIIBytes.load(bytes, at: offset)
          any |= chunk
          if !ASCIIBytes.hasByte(chunk, below: 0x20) {
            offset = end
            continue
          }
        }
        for byte in bytes[offset..<end] {
          any |= UInt64(byte)
          guard byte < 0x20 else { continue }
          switch byte {
          case 0: found.hasNUL = true
          case 0x0D: found.hasCR = true
          case 0x09, 0x0A, 0x0C: break
          default: found.others += 1
          }
        }
        offset = end
      }
      found.isASCII = any & ASCIIBytes.high == 0
    }
    return found
  }

  /// Decodes UTF-16 code units, repairing unpaired surrogates to U+FFFD.
  private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// Copies UTF-8 bytes turning CR LF and lone CR into LF.
  static func normalisingLineEnds(_ bytes: [UInt8]) -> String {
    guard bytes.contains(0x0D) else { return String(decoding: bytes, as: UTF8.self) }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0D {
        result.append(0x0A)
        if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
      } else {
        result.append(byte)
      }
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// The Unicode scalar for a Windows-1252 byte; the five unassigned bytes map to C1 controls.
  static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
    guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
    let table: [UInt32] = [
      0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
      0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
    return Unicode.Scalar(table[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
  }
}
