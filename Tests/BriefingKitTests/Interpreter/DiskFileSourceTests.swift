import Foundation
import Testing

@testable import BriefingKit

/// Files come back byte for byte, whatever their size, and the size limit holds.
struct DiskFileSourceTests {
  let disk = DiskFileSource()

  func file(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-read-\(UUID()).txt").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test(arguments: [0, 1, 4095, 4096, 65_536, 65_537, 300_001])
  func readsEveryByte(size: Int) throws {
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
    let path = try file(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try disk.bytes(at: path, limit: 1 << 20) == bytes)
  }

  @Test func aFileAtTheLimitIsReadAndOneByteMoreIsTooLarge() throws {
    let path = try file([UInt8](repeating: 0x61, count: 1000))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try disk.bytes(at: path, limit: 1000).count == 1000)
    #expect(throws: FileError.tooLarge(path: path, bytes: 1000, limit: 999)) {
      try disk.bytes(at: path, limit: 999)
    }
  }

  @Test func aFolderOrAMissingFileIsAnErrorNamingIt() {
    let folder = FileManager.default.temporaryDirectory.path
    #expect(throws: FileError.self) { try disk.bytes(at: folder, limit: 1000) }
    #expect(throws: FileError.self) { try disk.bytes(at: folder + "/no-such-file.txt", limit: 10) }
  }

  @Test func aNameWithPatternCharactersIsTakenAsItIsAndMatchesAreNotExpandedAgain() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-glob-\(UUID())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for name in ["notes [draft].txt", "a.txt", "d"] {
      try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }
    #expect(try disk.expand(folder + "/notes [draft].txt") == [folder + "/notes [draft].txt"])
    #expect(
      try disk.expand(folder + "/*.txt").sorted() == [
        folder + "/a.txt", folder + "/notes [draft].txt",
      ])
    #expect(try disk.expand(folder + "/[ad]*") == [folder + "/a.txt", folder + "/d"])
    #expect(throws: FileError.missing(path: folder + "/*.md")) { try disk.expand(folder + "/*.md") }
  }
}
