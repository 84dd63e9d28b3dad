import Foundation

/// Reads the test fixtures and the shared evaluation corpus, both found from this file's path.
enum ArticleFixtures {
  /// `Tests/BriefingKitTests`.
  static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `../shared/corpus` beside the repository root.
  static let corpus = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/corpus")

  /// The bytes of `Fixtures/articles/name`.
  static func bytes(_ name: String) throws -> [UInt8] {
    let url = testsFolder.appendingPathComponent("Fixtures/articles/\(name)")
    return [UInt8](try Data(contentsOf: url))
  }

  /// The files under `folder` of the shared corpus whose names end with `suffix`, sorted; nil
  /// when the corpus is absent.
  static func corpusFiles(_ folder: String, suffix: String) -> [URL]? {
    let root = corpus.appendingPathComponent(folder)
    guard let walker = FileManager.default.enumerator(atPath: root.path) else { return nil }
    var files: [URL] = []
    for case let relative as String in walker where relative.hasSuffix(suffix) {
      files.append(root.appendingPathComponent(relative))
    }
    return files.isEmpty ? nil : files.sorted { $0.path < $1.path }
  }
}
