import Foundation
import GRDB

/// The words a prefix search must also ask for because the index holds stems. `negotiat*` asks
/// FTS5 for stems beginning with `negotiat`, but `negotiations`, `negotiated` and `negotiator`
/// are all indexed as `negoti`, so on its own it finds nothing. Adding an ending to the prefix
/// (`negotiate`) gives a word whose stem the index holds; that stem also stands for words that
/// do not begin with the prefix (`negotiable`), so an article found only through it must show
/// a word that does (``PrefixStems/textHasWord(beginning:_:)``).
struct PrefixStems {
  /// Endings that the Porter stemmer takes off (inflections and the common derivations).
  static let endings = [
    "e", "s", "es", "ed", "ing", "y", "ies", "ied", "ion", "ions", "ive", "or", "ors", "er",
    "ers", "al", "ally", "ly", "ment", "ments", "ness", "ity", "able", "ism", "ist", "ate",
    "ation", "ations", "ise", "ize", "ful", "ous", "ence", "ance",
  ]

  private let tokenizer: any FTS5Tokenizer

  init(in db: Database) throws {
    tokenizer = try db.makeTokenizer(SessionStore.searchTokenizer)
  }

  /// Words made of `prefix` and an ending whose stems a search for `prefix*` would miss, one
  /// word per stem; none for a prefix that is not a single word.
  func words(beginning prefix: String) throws -> [String] {
    let own = try tokenizer.tokenize(query: prefix)
    guard own.count == 1, let ownStem = own.first?.token else { return [] }
    var stems: Set<String> = []
    var words: [String] = []
    for ending in Self.endings {
      let word = prefix + ending
      let tokens = try tokenizer.tokenize(document: word)
      guard tokens.count == 1, let stem = tokens.first?.token, !stem.hasPrefix(ownStem),
        stems.insert(stem).inserted
      else { continue }
      words.append(word)
    }
    return words
  }

  /// True when a word of `text` begins with `prefix`, compared as the index compares words:
  /// letters and digits, lower case, accents removed.
  static func textHasWord(beginning prefix: String, _ text: String) -> Bool {
    let wanted = Array(folded(prefix).unicodeScalars)
    guard let first = wanted.first else { return false }
    let scalars = Array(folded(text).unicodeScalars)
    guard scalars.count >= wanted.count else { return false }
    for start in 0...(scalars.count - wanted.count) where scalars[start] == first {
      if start > 0, SearchQuery.isWordScalar(scalars[start - 1]) { continue }
      if scalars[start..<(start + wanted.count)].elementsEqual(wanted) { return true }
    }
    return false
  }

  private static func folded(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
