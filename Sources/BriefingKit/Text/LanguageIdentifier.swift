/// Guesses the language of a text from its script, function words and telling letters.
///
/// Non-Latin scripts decide directly (Cyrillic is `ru` unless Ukrainian letters show; Greek
/// `el`, Arabic `ar`, Hebrew `he`, Han `zh`, kana `ja`, Hangul `ko`). Latin text is scored
/// by the function words of English, German, French, Spanish, Italian, Portuguese and Dutch,
/// a word shared by several languages counting for each a share; letters such as `ß` or `ñ`
/// add a little. The answer is `und` when there are too few words or two languages tie.
///
/// ```swift
/// LanguageIdentifier().language(of: "Der Rat hat die Pläne am Montag gebilligt.")  // "de"
/// ```
public struct LanguageIdentifier: Sendable {
  /// How many words are looked at, at most; the start of a text is enough.
  public var wordLimit: Int
  /// After this many words, a text whose Latin-script words point clearly to one language
  /// (``LanguageScores/isClearCut``) is not read further: its answer no longer depends on
  /// the rest unless the text changes language, and then its start is the better answer.
  public var sampleWords: Int

  /// Creates an identifier that looks at the first `wordLimit` words, or only the first
  /// `sampleWords` when they leave no doubt.
  public init(wordLimit: Int = 400, sampleWords: Int = 100) {
    self.wordLimit = wordLimit
    self.sampleWords = sampleWords
  }

  /// ISO 639-1 code: at least en, de, fr, ru, es, it, pt; "und" when unsure.
  public func language(of text: String) -> String {
    var scan = LanguageScan(wordLimit: wordLimit, sampleWords: sampleWords)
    var text = text
    text.withUTF8 { scan.read($0) }
    return language(of: scan)
  }

  /// The language of `title` followed by the first `paragraphs` paragraphs of `article`'s
  /// text: the same answer as for those pieces joined by line breaks, without joining them.
  func language(ofTitle title: String, article: Article, paragraphs: Int) -> String {
    var scan = LanguageScan(wordLimit: wordLimit, sampleWords: sampleWords)
    var title = title
    title.withUTF8 { scan.read($0) }
    // The paragraphs are joined by two bytes ("\n\n") in the text.
    let taken = article.paragraphs.prefix(paragraphs)
    let length = taken.reduce(0) { $0 + $1.utf8.count } + 2 * max(0, taken.count - 1)
    var text = article.text
    text.withUTF8 { scan.read(UnsafeBufferPointer(rebasing: $0[..<min(length, $0.count)])) }
    return language(of: scan)
  }

  /// The answer for everything `scan` has read.
  private func language(of scan: LanguageScan) -> String {
    if let code = scan.scripts.nonLatinLanguage() { return code }
    guard scan.words.count >= 3 else { return "und" }
    // Latin-script words (as masks of the languages listing them) plus letter hints, scored
    // already when the scan stopped at a clear cut.
    let scores =
      scan.clearCut
      ?? LanguageScores(masks: scan.words.masks, hints: scan.hints, hasHint: scan.hasHint)
    return scores.leader.map { LanguageWords.shared.codes[$0] } ?? "und"
  }
}

/// What ``LanguageIdentifier`` gathers from a text, read piece by piece: each piece of valid
/// UTF-8 ends a word, as a line break between the pieces would.
private struct LanguageScan {
  let wordLimit: Int
  let sampleWords: Int
  let table = LanguageWords.shared
  var words = WordMasks()
  var scripts = ScriptCounts()
  var hints: [Double]
  var hasHint: [Bool]
  /// Set once `wordLimit` words have been read, or `sampleWords` that leave no doubt; later
  /// pieces are ignored.
  private(set) var isFull = false
  /// The scores of the words that left no doubt, kept for the answer: nothing is read after
  /// them, and scoring the same words again cost as much as deciding to stop.
  private(set) var clearCut: LanguageScores?
  /// The word count at which to stop or decide whether to go on: `sampleWords`, then
  /// `wordLimit`.
  private var limit: Int

  init(wordLimit: Int, sampleWords: Int) {
    self.wordLimit = wordLimit
    self.sampleWords = sampleWords
    limit = min(sampleWords, wordLimit)
    hints = [Double](filledWith: 0, count: table.codes.count)
    hasHint = [Bool](filledWith: false, count: table.codes.count)
    // Room for the words of a usual scan at once: grown from empty, the masks were
    // reallocated three times an article.
    words.masks.reserveCapacity(min(max(wordLimit, 0), 512))
  }

  /// Reads the valid UTF-8 `bytes` scalar by scalar.
  mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard !isFull else { return }
    // The word being read and the count of Latin letters are kept in locals for the loop and
    // stored back once: as fields of `self` they cost memory writes on every letter.
    var words = WordMasks()
    swap(&words, &self.words)
    var latin = 0
    var limit = self.limit
    defer {
      scripts.latin += latin
      self.limit = limit
      swap(&words, &self.words)
    }
    var index = 0
    while index < bytes.count {
      let start = index
      let byte = bytes[index]
      if byte < 0x80 {
        if (byte | 0x20) &- 0x61 < 26 {
          index = words.addASCIILetters(bytes, from: index)
          latin += index - start
          continue
        }
        index += 1
        if words.endWord(bytes, end: start, table: table), words.count >= limit {
          guard let next = nextLimit(count: words.count, masks: words.masks) else {
            isFull = true
            return
          }
          limit = next
        }
        continue
      }
      let scalar = ScalarArray.scalar(in: bytes, at: &index)
      if scalar.isLetter {
        scripts.add(scalar)
        if scalar.value >= 0xA0, let hint = table.hint(Self.folded(scalar)) {
          hints[hint] += 0.3
          hasHint[hint] = true
        }
        words.add(scalar, at: start, table: table)
      } else if words.endWord(bytes, end: start, table: table), words.count >= limit {
        guard let next = nextLimit(count: words.count, masks: words.masks) else {
          isFull = true
          return
        }
        limit = next
      }
    }
    if words.endWord(bytes, end: index, table: table), words.count >= limit {
      guard let next = nextLimit(count: words.count, masks: words.masks) else {
        isFull = true
        return
      }
      limit = next
    }
  }

  /// What follows once `count` words (whose nonzero masks are `masks`) reached the limit:
  /// nil to stop, at `wordLimit` or at `sampleWords` when no letter of another script came
  /// and one language is clearly ahead; else `wordLimit`, the next limit. Out of line, and
  /// given the two fields it reads: the scan's loop stays as tight as without the check,
  /// which runs once a text. Stopping for a clear cut keeps its scores in ``clearCut``.
  @inline(never)
  private mutating func nextLimit(count: Int, masks: [UInt8]) -> Int? {
    if count >= wordLimit { return nil }
    guard scripts.nonLatin == 0 else { return wordLimit }
    let scores = LanguageScores(masks: masks, hints: hints, hasHint: hasHint)
    guard scores.isClearCut else { return wordLimit }
    clearCut = scores
    return nil
  }

  /// The scalar value with Latin-1 and `Œ` capitals mapped to small letters.
  static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
    switch scalar.value {
    case 0xC0...0xDE where scalar.value != 0xD7: return scalar.value + 0x20
    case 0x152: return 0x153
    default: return scalar.value
    }
  }

}

/// The words of a text as masks of the languages whose function words they are, read scalar
/// by scalar: a lowercased word of up to seven Latin-1 letters is packed into an integer and
/// looked up without a string; any other word is lowercased as a string and looked up so.
private struct WordMasks {
  /// The masks that are not 0 (the words of no language count only in ``count``).
  var masks: [UInt8] = []
  /// How many words were read.
  var count = 0
  private var key: UInt64 = 0
  private var length = 0
  private var isPacked = true
  /// The byte offset where the current word starts.
  private var start = 0

  /// Adds the run of ASCII letters that starts at `bytes[offset]` (one at least); returns
  /// where it ends. Every letter is shifted into the key: past seven letters the key is not
  /// looked up, so what it holds then does not matter.
  @inline(__always)
  mutating func addASCIILetters(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
    if length == 0 { start = offset }
    var index = offset
    var key = self.key
    // Eight bytes at a time (``ASCIIBytes``): the letters that open the eight are shifted
    // into the key at once, first letter highest, as one at a time would (a byte at a time
    // cost ten instructions a letter, a third of the scan).
    while bytes.count &- index >= 8 {
      let chunk = ASCIIBytes.load(bytes, at: index)
      let folded = chunk | (0x20 &* ASCIIBytes.ones)
      // High bits of the bytes that are ASCII letters: a byte outside ASCII is masked to
      // seven bits for the range test (which must not carry), then ruled out.
      let letters = ASCIIBytes.highBits(folded & ~ASCIIBytes.high, in: 0x61, 0x7A) & ~chunk
      let others = ~letters & ASCIIBytes.high
      let count = others == 0 ? 8 : others.trailingZeroBitCount &>> 3
      guard count > 0 else { break }
      // The first `count` bytes, the first of them highest. Eight letters replace the whole
      // key, as eight shifts would; a word that long is never looked up anyway.
      let run = folded.byteSwapped &>> UInt64(64 &- 8 &* count)
      key = count == 8 ? run : key &<< UInt64(8 &* count) | run
      index &+= count
      guard count == 8 else {
        self.key = key
        length += index - offset
        return index
      }
    }
    while index < bytes.count {
      let folded = bytes[index] | 0x20
      guard folded &- 0x61 < 26 else { break }
      key = key << 8 | UInt64(folded)
      index &+= 1
    }
    self.key = key
    length += index - offset
    return index
  }

  /// Adds a letter outside ASCII that starts at byte `offset`.
  mutating func add(_ scalar: Unicode.Scalar, at offset: Int, table: LanguageWords) {
    if length == 0 { start = offset }
    length += 1
    guard isPacked else { return }
    let lowered = scalar.value < 0x100 ? table.lowercase(latin1: scalar.value) : 0
    if lowered == 0 {
      isPacked = false
    } else if length <= LanguageWords.maxPackedLength {
      key = key << 8 | lowered
    }
  }

  /// Ends the word being read, if any, at byte `end` of `bytes`; returns whether there was one.
  mutating func endWord(_ bytes: UnsafeBufferPointer<UInt8>, end: Int, table: LanguageWords)
    -> Bool
  {
    guard length > 0 else { return false }
    let mask: UInt8
    if !isPacked {
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      mask = table.mask(of: word.lowercased())
    } else {
      mask = length <= LanguageWords.maxPackedLength ? table.mask(of: key) : 0
    }
    if mask != 0 { masks.append(mask) }
    count += 1
    key = 0
    length = 0
    isPacked = true
    return true
  }
}
