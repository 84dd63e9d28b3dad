/// Fast decoding of UTF-8 into Unicode scalars, for the scalar loops of the text analysis.
enum ScalarArray {
  /// `Array(text.unicodeScalars)`, decoded straight from the UTF-8 bytes into the array.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    scalars(of: text, limit: Int.max)
  }

  /// `Array(text.unicodeScalars.prefix(limit))`, decoded straight from the UTF-8 bytes into
  /// the array: the generic prefix of the scalar view cost 75 instructions a scalar.
  static func scalars(of text: String, limit: Int) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      // Every scalar takes at least one byte, so `written <= index` and `bytes.count`
      // scalars hold the whole text.
      let capacity = max(0, min(limit, bytes.count))
      return [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, count in
        count = 0
        guard let source = UnsafeRawPointer(bytes.baseAddress),
          let target = UnsafeMutableRawPointer(buffer.baseAddress)
        else { return }
        var index = 0
        var written = 0
        while index < bytes.count, written < capacity {
          // Eight ASCII bytes at a time, the usual case: widened to eight scalars by the
          // vector unit (two unpacks, two stores), where storing each byte apart cost 6.8
          // instructions a byte.
          while index &+ 8 <= bytes.count, written &+ 8 <= capacity {
            let eight = source.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            guard eight & 0x8080_8080_8080_8080 == 0 else { break }
            let wide = SIMD8<UInt32>(
              truncatingIfNeeded: unsafeBitCast(eight, to: SIMD8<UInt8>.self))
            target.storeBytes(
              of: wide, toByteOffset: written &* MemoryLayout<Unicode.Scalar>.stride,
              as: SIMD8<UInt32>.self)
            index &+= 8
            written &+= 8
          }
          guard index < bytes.count, written < capacity else { break }
          buffer.initializeElement(at: written, to: scalar(in: bytes, at: &index))
          written += 1
        }
        count = written
      }
    }
  }

  /// Appends the scalars of the valid UTF-8 in `bytes[start..<end]` to `result`.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
    into result: inout [Unicode.Scalar]
  ) {
    result.reserveCapacity(result.count + end - start)
    var index = start
    while index < end {
      let lead = UInt32(bytes[index])
      if lead < 0x80 {
        result.append(Unicode.Scalar(UInt8(truncatingIfNeeded: lead)))
        index += 1
        continue
      }
      let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      var next = index + 1
      while next < index + length, next < end {
        value = value << 6 | UInt32(bytes[next] & 0x3F)
        next += 1
      }
      result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      index = next
    }
  }

  /// The scalar whose UTF-8 starts at `bytes[index]`, moving `index` past it; a sequence
  /// cut short by the end of the bytes or holding no valid scalar gives U+FFFD.
  @inline(__always)
  static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Unicode.Scalar {
    let lead = UInt32(bytes[index])
    if lead < 0x80 {
      index += 1
      return Unicode.Scalar(UInt8(truncatingIfNeeded: lead))
    }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    let end = min(index + length, bytes.count)
    index += 1
    while index < end {
      value = value << 6 | UInt32(bytes[index] & 0x3F)
      index += 1
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// The end of a chunk starting at `start`: just after the first blank line (`\n`, spaces,
  /// `\n`) at least `size` bytes in, or the end of the bytes.
  static func chunkEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, size: Int) -> Int {
    var index = start + size
    while index < bytes.count {
      if bytes[index] == 0x0A {
        var next = index + 1
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D
        {
          next += 1
        }
        if next < bytes.count, bytes[next] == 0x0A { return next + 1 }
        index = next
      } else {
        index += 1
      }
    }
    return bytes.count
  }
}
