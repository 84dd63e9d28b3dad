import Testing

@testable import BriefingKit

struct ASCIIBytesTests {
  /// Eight bytes of `filler` with `byte` at `position`, read as ``ASCIIBytes`` reads them.
  func chunk(_ byte: UInt8, at position: Int, filler: UInt8) -> UInt64 {
    var bytes = [UInt8](repeating: filler, count: 8)
    bytes[position] = byte
    return bytes.withUnsafeBufferPointer { ASCIIBytes.load($0, at: 0) }
  }

  @Test(arguments: [0x20, 0x01, 0x80] as [UInt8])
  func aByteBelowTheBoundIsFoundAtEveryPlace(bound: UInt8) {
    for filler: UInt8 in [bound, 0x7F, 0xFF, 0xE2] {
      for position in 0..<8 {
        for byte in 0...UInt8.max {
          let found = ASCIIBytes.hasByte(chunk(byte, at: position, filler: filler), below: bound)
          let expected = byte < bound || filler < bound
          #expect(found == expected, "byte \(byte) at \(position) among \(filler)s")
        }
      }
    }
  }

  @Test func wordsOfOrdinaryTextHaveNoControlByte() {
    let text = Array("The council met on Monday; “quoted” — naïve.".utf8)
    text.withUnsafeBufferPointer { bytes in
      for offset in 0...(bytes.count - 8) {
        #expect(!ASCIIBytes.hasByte(ASCIIBytes.load(bytes, at: offset), below: 0x20))
      }
    }
  }
}
