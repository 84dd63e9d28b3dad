/// What `search` looks for, read from the words an analyst types, and written as an FTS5 query
/// in which every piece of the analyst's text is a quoted string: no input is FTS5 syntax.
///
/// - Every word must occur, in any form (`talks` finds `talk`).
/// - Words given as one argument (`"new labour"`, quoted at the prompt) must occur together, in
///   that order; so must the parts of a word joined by punctuation (`o'reilly`, `U.S.`).
/// - A word ending in `*` finds every word it begins (`merk*`). The index holds stems, so a
///   prefix reaching past a stem misses (`negotiat*`: `negotiations` is indexed as `negoti`).
/// - A word or phrase after `-` or `NOT` must not occur (`-brexit`, `NOT "new labour"`).
/// - `OR` between two words or phrases takes either (`strike OR walkout`); `AND` is the default.
public struct SearchQuery: Sendable, Equatable, CustomStringConvertible {
  /// One word, phrase or prefix, as typed (without its `-` or `*`).
  struct Term: Sendable, Equatable {
    var text: String
    var isPrefix = false

    /// The term as a quoted FTS5 string (`"` doubled inside), with `*` for a prefix.
    var pattern: String {
      let escaped = text.split(separator: "\"", omittingEmptySubsequences: false)
        .joined(separator: "\"\"")
      return "\"" + escaped + "\"" + (isPrefix ? "*" : "")
    }

    /// The term as the analyst would type it again.
    var typed: String {
      (text.contains(where: \.isWhitespace) ? "\"\(text)\"" : text) + (isPrefix ? "*" : "")
    }
  }

  /// Alternatives joined by `OR`; every group must match.
  private(set) var groups: [[Term]] = []
  /// Terms that must not occur.
  private(set) var excluded: [Term] = []

  /// The query of the arguments of `search`, one argument per element: an argument holding
  /// spaces was quoted as one, so it is a phrase. Arguments without a letter or digit are left
  /// out (`…`, a lone `-`), as punctuation inside words is.
  public init(arguments: [String]) {
    var joinsNext = false
    var excludesNext = false
    for argument in arguments {
      switch argument {
      case "OR":
        joinsNext = !groups.isEmpty
        continue
      case "AND":
        continue
      case "NOT":
        excludesNext = true
        continue
      default: break
      }
      var text = Substring(argument)
      var excludes = excludesNext
      if text.first == "-" {
        excludes = true
        text = text.dropFirst()
      }
      let isPrefix = text.last == "*"
      if isPrefix { text = text.dropLast() }
      guard text.unicodeScalars.contains(where: Self.isWordScalar) else { continue }
      let term = Term(text: String(text), isPrefix: isPrefix)
      if excludes {
        excluded.append(term)
      } else if joinsNext, let last = groups.indices.last {
        groups[last].append(term)
      } else {
        groups.append([term])
      }
      joinsNext = false
      excludesNext = false
    }
  }

  /// The query of a line of text, split at spaces (no phrases but words joined by punctuation).
  public init(_ text: String) {
    self.init(arguments: text.split(whereSeparator: \.isWhitespace).map(String.init))
  }

  /// True when the query names something to find, not only things to leave out.
  public var findsSomething: Bool { !groups.isEmpty }

  /// The FTS5 query, or nil when there is nothing to find.
  var pattern: String? {
    guard !groups.isEmpty else { return nil }
    let found = groups.map { group in
      group.count == 1
        ? group[0].pattern : "(" + group.map(\.pattern).joined(separator: " OR ") + ")"
    }.joined(separator: " AND ")
    guard !excluded.isEmpty else { return found }
    return "(" + found + ") NOT (" + excluded.map(\.pattern).joined(separator: " OR ") + ")"
  }

  /// The query as typed, for messages (`no matches for '"new labour" -blair'`).
  public var description: String {
    let found = groups.map { $0.map(\.typed).joined(separator: " OR ") }
    return (found + excluded.map { "-" + $0.typed }).joined(separator: " ")
  }

  /// A letter or digit: FTS5's tokenizer keeps these and splits at everything else.
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
