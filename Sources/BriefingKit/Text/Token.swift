/// A word or number found by ``Tokenizer``, by Unicode scalar offsets.
public struct Token: Sendable, Equatable, Hashable {
  /// What a token is made of.
  public enum Kind: Sendable, Equatable, Hashable {
    /// Letters, possibly with digits, inner apostrophes and hyphens (`don't`, `G7`, `Jean-Paul`).
    case word
    /// Digits, possibly with inner separators (`1,000`, `3.5`, `2026-02-02`).
    case number
  }

  /// The token's scalar offsets into the text it came from.
  public var range: Range<Int>
  /// Whether the token is a word or a number.
  public var kind: Kind

  /// Creates a token.
  public init(range: Range<Int>, kind: Kind) {
    self.range = range
    self.kind = kind
  }
}
