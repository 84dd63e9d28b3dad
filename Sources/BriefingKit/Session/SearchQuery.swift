/// What `search` looks for, read from the words an analyst types, and written as an FTS5 query
/// in which every piece of the analyst's text is a quoted string: no input is FTS5 syntax.
///
/// - Every word must occur, in any form (`talks` finds `talk`).
/// - Words given as one argument (`"new labour"`, quoted at the prompt) must occur together, in
///   that order; so must the parts of a word joined by punctuation (`o'reilly`, `U.S.`).
/// - A word ending in `*` finds every word it begins (`merk*`), also where the index holds a
///   shorter stem than the prefix (`negotiat*`: `negotiations` is indexed as `negoti`; see
///   ``PrefixStems``).
/// - A word or phrase after `-` or `NOT` must not occur (`-brexit`, `NOT "new labour"`).
/// - `OR` between two words or phrases takes either (`strike OR walkout`); `AND` is the default.
public struct SearchQuery: Sendable, Equatable, CustomStringConvertible {
  /// One word, phrase or prefix, as typed (without its `-` or `*`).
  struct Term: Sendable, Equatable {
    var text: String
    var isPrefix = false
    /// For a prefix, words it begins that the index holds under a shorter stem (`negotiate`
    /// for `negotiat*`), also asked for.
    var stemWords: [String] = []

    /// The term as a quoted FTS5 string (`"` doubled inside), with `*` for a prefix, or its
    /// prefix and stem words joined by `OR`.
    var pattern: String {
      guard !stemWords.isEmpty else { return ownPattern }
      return "(" + ([ownPattern] + stemWords.map(Self.quoted)).joined(separator: " OR ") + ")"
    }

    /// The term alone, without its stem words.
    var ownPattern: String { Self.quoted(text) + (isPrefix ? "*" : "") }

    private static func quoted(_ text: String) -> String {
      "\""
        + text.split(separator: "\"", omittingEmptySubsequences: false)
        .joined(separator: "\"\"") + "\""
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

  /// True when some prefix also asks for stem words, whose matches need checking.
  var hasStemWords: Bool { groups.contains { $0.contains { !$0.stemWords.isEmpty } } }

  /// The query with each prefix to find asking also for the words `stemWords` gives for it
  /// (a prefix to leave out stays as typed: leaving out its stem words would leave out more).
  func withStemWords(_ stemWords: (String) throws -> [String]) rethrows -> SearchQuery {
    var query = self
    for group in query.groups.indices {
      for term in query.groups[group].indices where query.groups[group][term].isPrefix {
        query.groups[group][term].stemWords = try stemWords(query.groups[group][term].text)
      }
    }
    return query
  }

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
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
