import Testing

@testable import BriefingKit

/// Integers in `quotes --json` are written digit by digit, as `String(value)` writes them.
struct JSONDecimalTests {
  @Test(arguments: [0, 1, 9, 10, 99, 100, 12_345, -1, -10, -907, Int.max, Int.min, Int.min + 1])
  func writesAsStringDoes(value: Int) {
    var bytes: [UInt8] = [0x5B]
    JSONWriter.appendDecimal(value, to: &bytes)
    #expect(bytes == [0x5B] + Array(String(value).utf8))
    let room = UnsafeMutablePointer<UInt8>.allocate(capacity: JSONByteWriter.decimalBound)
    defer { room.deallocate() }
    var writer = JSONByteWriter(base: room)
    writer.decimal(value)
    #expect(
      Array(UnsafeBufferPointer(start: room, count: writer.offset)) == Array(String(value).utf8))
  }
}
