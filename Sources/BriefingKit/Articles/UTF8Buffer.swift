/// Builds a string scalar by scalar in a UTF-8 byte array.
///
/// Appending to a `String.UnicodeScalarView` re-copies the storage on many appends (seen as
/// seconds per megabyte in a profile); a byte array grows geometrically.
struct UTF8Buffer {
  private(set) var bytes: [UInt8] = []

  /// An empty buffer with room for `capacity` bytes.
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  var isEmpty: Bool { bytes.isEmpty }

  mutating func append(_ scalar: Unicode.Scalar) {
    if scalar.value < 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: scalar.value))
    } else {
      UTF8.encode(scalar) { bytes.append($0) }
    }
  }

  mutating func append(contentsOf text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  /// The text built so far.
  var string: String { String(decoding: bytes, as: UTF8.self) }
}
