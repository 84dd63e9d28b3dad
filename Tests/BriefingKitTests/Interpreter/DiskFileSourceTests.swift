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

  /// What a glob or a folder holds is told by the folder's own entries, links followed: a
  /// matched folder is walked, a link to a file is a file, one to a folder is walked, a
  /// dangling link and a FIFO are left out of a folder, and hidden files are skipped.
  @Test func globsAndFoldersTellFilesFromFoldersThroughLinks() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-walk-\(UUID())").path
    let manager = FileManager.default
    try manager.createDirectory(atPath: root + "/b/c", withIntermediateDirectories: true)
    defer { try? manager.removeItem(atPath: root) }
    for name in ["a.txt", "b/x.txt", "b/c/y.txt", "b/.hidden"] {
      try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/" + name))
    }
    try manager.createSymbolicLink(atPath: root + "/l.txt", withDestinationPath: root + "/a.txt")
    try manager.createSymbolicLink(atPath: root + "/m", withDestinationPath: root + "/b/c")
    try manager.createSymbolicLink(atPath: root + "/b/gone", withDestinationPath: root + "/none")
    #expect(mkfifo(root + "/b/pipe", 0o600) == 0)
    #expect(
      try disk.expand(root + "/*") == [
        root + "/a.txt", root + "/b/c/y.txt", root + "/b/x.txt", root + "/l.txt",
        root + "/m/y.txt",
      ])
    #expect(try disk.expand(root + "/*/*.txt") == [root + "/b/x.txt", root + "/m/y.txt"])
    #expect(try disk.expand(root + "/b") == [root + "/b/c/y.txt", root + "/b/x.txt"])
  }
}
