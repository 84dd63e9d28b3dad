import BriefingKit

/// A property that must hold for every input a fuzzer, a property test or a regression test
/// can give: no trap, and no violation of what the API promises.
public protocol FuzzCheck {
  /// Short name, also the folder of its regression inputs (`Fixtures/regressions/quotes`).
  static var name: String { get }

  /// What went wrong for `data`, one sentence each; empty when the property holds.
  static func violations(in data: [UInt8]) -> [String]
}

/// Helpers that turn raw fuzz bytes into the values the checks need.
public enum FuzzInput {
  /// Languages the analysis knows, picked by an input's first byte.
  static let languages = ["und", "en", "de", "fr", "es", "it", "pt", "ru"]

  /// `bytes` as text; invalid UTF-8 becomes U+FFFD, as `String(decoding:)` does.
  public static func text(_ bytes: some Collection<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// An article whose language comes from the first byte and whose text is the rest.
  public static func article(_ bytes: [UInt8], id: Int = 1) -> Article {
    let language = languages[Int(bytes.first ?? 0) % languages.count]
    return Article(
      id: id, title: "Fuzz", language: language, paragraphs: [text(bytes.dropFirst())])
  }

  /// The pieces of `bytes` between NUL bytes, each as text.
  public static func pieces(_ bytes: [UInt8]) -> [String] {
    bytes.split(separator: 0, omittingEmptySubsequences: false).map { text($0) }
  }

  /// The scalars of `text`, indexed as public offsets are.
  static func scalars(_ text: String) -> [Unicode.Scalar] {
    Array(text.unicodeScalars)
  }
}
