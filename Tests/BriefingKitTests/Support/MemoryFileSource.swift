import BriefingKit
import Foundation
import Synchronization

/// Files held in memory, for tests: paths are plain keys, folders are key prefixes.
final class MemoryFileSource: FileSource {
  private let storage: Mutex<[String: [UInt8]]>

  init(files: [String: String] = [:]) {
    storage = Mutex(files.mapValues { Array($0.utf8) })
  }

  init(bytes: [String: [UInt8]]) {
    storage = Mutex(bytes)
  }

  /// A file's text, for assertions.
  func text(at path: String) -> String? {
    storage.withLock { $0[path].map { String(decoding: $0, as: UTF8.self) } }
  }

  func bytes(at path: String, limit: Int) throws(FileError) -> [UInt8] {
    guard let bytes = storage.withLock({ $0[path] }) else { throw .missing(path: path) }
    guard bytes.count <= limit else {
      throw .tooLarge(path: path, bytes: bytes.count, limit: limit)
    }
    return bytes
  }

  func expand(_ path: String) throws(FileError) -> [String] {
    let keys = storage.withLock { Array($0.keys) }
    if keys.contains(path) { return [path] }
    let folder = path.hasSuffix("/") ? path : path + "/"
    let inside = keys.filter { $0.hasPrefix(folder) }.sorted()
    guard !inside.isEmpty else { throw .missing(path: path) }
    return inside
  }

  func isFolder(_ path: String) -> Bool {
    let folder = path.hasSuffix("/") ? path : path + "/"
    return storage.withLock { $0.keys.contains { $0.hasPrefix(folder) } }
  }

  func write(_ text: String, to path: String) throws(FileError) {
    if path.hasPrefix("/missing/") {
      throw .unwritable(path: path, reason: "the folder '/missing' does not exist")
    }
    storage.withLock { $0[path] = Array(text.utf8) }
  }

  func append(_ text: String, to path: String) throws(FileError) {
    storage.withLock { $0[path, default: []] += Array(text.utf8) }
  }

  func entries(in folder: String) -> [String] {
    let keys = storage.withLock { Array($0.keys) }
    var names: Set<String> = []
    for key in keys where key.hasPrefix(folder) {
      let rest = key.dropFirst(folder.count)
      if let slash = rest.firstIndex(of: "/") {
        names.insert(String(rest[..<slash]) + "/")
      } else {
        names.insert(String(rest))
      }
    }
    return names.sorted()
  }
}

/// A driver over an in-memory session and files, with output captured in strings.
struct Harness {
  var driver: Driver
  var output = ""
  var errors = ""
  let files: MemoryFileSource

  init(files: [String: String] = [:], store: SessionStore? = nil) throws {
    let files = MemoryFileSource(files: files)
    self.files = files
    let store = try store ?? SessionStore()
    driver = Driver(
      context: CommandContext(
        store: store, files: files, today: .init(timeIntervalSince1970: 1_770_000_000),
        templateDirectories: [Harness.repositoryRoot + "/templates"]))
  }

  /// Runs lines as a script called `test.brief`; returns the number of failures.
  @discardableResult
  mutating func run(_ lines: String..., stopOnError: Bool = true) -> Int {
    driver.run(
      lines, from: .script("test.brief"), output: &output, errors: &errors,
      stopOnError: stopOnError
    ).failures
  }

  /// The repository's root folder, found from this file's path.
  static let repositoryRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)
    return parts.joined(separator: "/")
  }()
}
