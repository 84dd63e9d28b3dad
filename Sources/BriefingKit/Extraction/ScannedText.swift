/// An article split into words: the tokens of the headline, then those of the body.
///
/// Each distinct lowercased form is stored once, as bytes; tokens refer to it by id, so per-word
/// facts are computed per form. A token's written form is read back from the text when asked
/// for, so strings are made only for the words shown.
struct ScannedText: Sendable {
  var tokens: [WordToken] = []
  /// The headline and the body as scanned, for reading written forms back.
  var headline = ""
  var body = ""
  /// Words whose written form differs from the text's bytes, one after the other.
  var normalised: [UInt8] = []
  /// Distinct lowercased forms.
  var lowerTable: ByteInterner
  /// For each lowercased form, what the lexicon knows about it.
  var classes: [TopicWordClass] = []
  /// Number of sentences in the body.
  var sentenceCount = 0
  /// Body sentences holding a topic cue (`discuss`, `agenda`), ascending, maybe repeated.
  var cuedSentences: [Int32] = []
  /// Index of the first body token (the headline's tokens come before it).
  var bodyStart = 0

  /// An empty text whose lowercased forms go into `lowerTable`: the scanner passes one sized
  /// for the article, so no default table is built only to be replaced.
  init(lowerTable: ByteInterner = ByteInterner(capacity: 32)) {
    self.lowerTable = lowerTable
  }

  /// Number of distinct lowercased forms.
  var lowerCount: Int { lowerTable.count }

  /// The form of a token as written (apostrophes normalised to `'`).
  func surface(of token: WordToken) -> String {
    withSurface(of: token) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `read` with the UTF-8 bytes of a token as written, read in place (none when the
  /// token lies outside the text).
  func withSurface<Result>(
    of token: WordToken, _ read: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let start = Int(token.byteStart)
    let end = start + Int(token.byteCount)
    if token.flags.contains(.normalised) {
      guard start >= 0, start <= end, end <= normalised.count else {
        return read(UnsafeBufferPointer(start: nil, count: 0))
      }
      return normalised.withUnsafeBufferPointer {
        read(UnsafeBufferPointer(rebasing: $0[start..<end]))
      }
    }
    let utf8 = (token.flags.contains(.headline) ? headline : body).utf8
    guard start >= 0, start <= end, end <= utf8.count else {
      return read(UnsafeBufferPointer(start: nil, count: 0))
    }
    // Native strings are contiguous UTF-8: the word is read straight from their storage.
    let direct = utf8.withContiguousStorageIfAvailable {
      read(UnsafeBufferPointer(rebasing: $0[start..<end]))
    }
    if let direct { return direct }
    let lower = utf8.index(utf8.startIndex, offsetBy: start)
    let upper = utf8.index(lower, offsetBy: end - start)
    return Array(utf8[lower..<upper]).withUnsafeBufferPointer(read)
  }

  /// The tokens of `range` joined by spaces, each as written or, where `isLowered` says so, in
  /// its lowercased form.
  ///
  /// The words' bytes are measured, then copied once into the string's own storage: no string
  /// per word, and no growing as words are appended. Inlined, so that `isLowered` is too.
  @inline(__always)
  func words(_ range: Range<Int>, lowering isLowered: (WordToken) -> Bool = { _ in false })
    -> String
  {
    let words = range.clamped(to: 0..<tokens.count)
    func withWord<Result>(_ index: Int, _ read: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
      let token = tokens[index]
      return isLowered(token)
        ? lowerTable.withBytes(of: token.lower, read) : withSurface(of: token, read)
    }
    var length = max(words.count - 1, 0)
    for index in words { length += withWord(index) { $0.count } }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var end = 0
      for index in words {
        if index > words.lowerBound {
          buffer[end] = UInt8(ascii: " ")
          end += 1
        }
        end += withWord(index) { word in
          UnsafeMutableBufferPointer(rebasing: buffer[end..<end + word.count]).initialize(
            fromContentsOf: word)
        }
      }
      return end
    }
  }

  /// The lowercased form of a token.
  func lower(of token: WordToken) -> String { lowerTable.string(of: token.lower) }

  /// True when a full stop follows `token` straight away in the headline or the body.
  func isFollowedByPeriod(_ token: WordToken) -> Bool {
    guard !token.flags.contains(.normalised) else { return false }
    let utf8 = (token.flags.contains(.headline) ? headline : body).utf8
    let end = Int(token.byteStart) + Int(token.byteCount)
    guard end >= 0, end < utf8.count else { return false }
    return utf8[utf8.index(utf8.startIndex, offsetBy: end)] == UInt8(ascii: ".")
  }

  /// The lowercased form with id `id`.
  func lower(_ id: Int32) -> String { lowerTable.string(of: id) }

  /// True when body sentence `sentence` holds a topic cue.
  func isCued(_ sentence: Int32) -> Bool {
    !cuedSentences.isEmpty && cuedSentences.contains(sentence)
  }

  /// The lexicon classes of a token's lowercased form.
  func classes(of token: WordToken) -> TopicWordClass { classes[Int(token.lower)] }
}
