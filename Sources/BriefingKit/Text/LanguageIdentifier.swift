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

  /// Creates an identifier that looks at the first `wordLimit` words.
  public init(wordLimit: Int = 400) {
    self.wordLimit = wordLimit
  }

  /// ISO 639-1 code: at least en, de, fr, ru, es, it, pt; "und" when unsure.
  public func language(of text: String) -> String {
    var text = text
    return text.withUTF8 { language(ofUTF8: $0) }
  }

  /// The language of the text in the valid UTF-8 `bytes`, read scalar by scalar.
  private func language(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String {
    let table = LanguageWords.shared
    var words = WordMasks(table: table)
    var scripts = ScriptCounts()
    var hints = [Double](repeating: 0, count: table.codes.count)
    var hasHint = [Bool](repeating: false, count: table.codes.count)
    var index = 0
    while index < bytes.count {
      let start = index
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        let folded = byte | 0x20
        if folded >= 0x61 && folded <= 0x7A {
          scripts.latin += 1
          words.add(lowered: UInt64(folded), at: start)
        } else if words.endWord(bytes, end: start), words.masks.count >= wordLimit {
          break
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
        words.add(scalar, at: start)
      } else if words.endWord(bytes, end: start), words.masks.count >= wordLimit {
        break
      }
    }
    _ = words.endWord(bytes, end: index)
    if let code = scripts.nonLatinLanguage() { return code }
    guard words.masks.count >= 3 else { return "und" }
    return latinLanguage(of: words.masks, hints: hints, hasHint: hasHint)
  }

  /// The scalar value with Latin-1 and `Œ` capitals mapped to small letters.
  private static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
    switch scalar.value {
    case 0xC0...0xDE where scalar.value != 0xD7: return scalar.value + 0x20
    case 0x152: return 0x153
    default: return scalar.value
    }
  }

  /// Scores Latin-script words (as masks of the languages listing them) plus letter hints.
  private func latinLanguage(of masks: [UInt8], hints: [Double], hasHint: [Bool]) -> String {
    let codes = LanguageWords.shared.codes
    var scores = [Double](repeating: 0, count: codes.count)
    var isScored = hasHint
    for mask in masks where mask != 0 {
      let share = 1.0 / Double(mask.nonzeroBitCount)
      for index in codes.indices where mask & (1 << index) != 0 {
        scores[index] += share
        isScored[index] = true
      }
    }
    for index in codes.indices where hasHint[index] { scores[index] += min(hints[index], 3) }
    let ranked = codes.indices.filter { isScored[$0] }.map { (key: codes[$0], value: scores[$0]) }
      .sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
    guard let best = ranked.first, best.value >= 1.5 else { return "und" }
    let second = ranked.dropFirst().first?.value ?? 0
    guard best.value >= second * 1.25 + 0.5 else { return "und" }
    return best.key
  }
}

/// The words of a text as masks of the languages whose function words they are, read scalar
/// by scalar: a lowercased word of up to seven Latin-1 letters is packed into an integer and
/// looked up without a string; any other word is lowercased as a string and looked up so.
private struct WordMasks {
  let table: LanguageWords
  var masks: [UInt8] = []
  private var key: UInt64 = 0
  private var length = 0
  private var isPacked = true
  /// The byte offset where the current word starts.
  private var start = 0

  init(table: LanguageWords) {
    self.table = table
  }

  /// Adds an ASCII letter, given in lower case, that starts at byte `offset`.
  @inline(__always)
  mutating func add(lowered: UInt64, at offset: Int) {
    if length == 0 { start = offset }
    length += 1
    if length <= LanguageWords.maxPackedLength { key = key << 8 | lowered }
  }

  /// Adds a letter outside ASCII that starts at byte `offset`.
  mutating func add(_ scalar: Unicode.Scalar, at offset: Int) {
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
  mutating func endWord(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
    guard length > 0 else { return false }
    if !isPacked {
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      masks.append(table.mask(of: word.lowercased()))
    } else {
      masks.append(length <= LanguageWords.maxPackedLength ? table.mask(of: key) : 0)
    }
    key = 0
    length = 0
    isPacked = true
    return true
  }
}

/// Letter counts per script, for the non-Latin decision.
private struct ScriptCounts {
  var latin = 0
  var cyrillic = 0
  /// Counts of letters that mark a Cyrillic language other than Russian, and of `ъ`, `ы`, `э`.
  var cyrillicMarks: [String: Int] = [:]
  var greek = 0
  var arabic = 0
  var hebrew = 0
  var han = 0
  var kana = 0
  var hangul = 0

  mutating func add(_ scalar: Unicode.Scalar) {
    switch scalar.value {
    case 0..<0x250: latin += 1
    case 0x370..<0x400: greek += 1
    case 0x400..<0x530:
      cyrillic += 1
      if let mark = Self.cyrillicMarkers[scalar.value] { cyrillicMarks[mark, default: 0] += 1 }
    case 0x590..<0x600: hebrew += 1
    case 0x600..<0x700, 0x750..<0x780: arabic += 1
    case 0x3040..<0x3100: kana += 1
    case 0x4E00..<0xA000, 0x3400..<0x4DC0: han += 1
    case 0xAC00..<0xD7B0, 0x1100..<0x1200: hangul += 1
    default: latin += 0
    }
  }

  /// The language a non-Latin majority script points to, or nil for Latin text.
  func nonLatinLanguage() -> String? {
    let total = latin + cyrillic + greek + arabic + hebrew + han + kana + hangul
    guard total > 0, latin * 2 < total else { return nil }
    if kana * 10 >= total && kana > 0 { return "ja" }
    let counts: [(String, Int)] = [
      ("ru", cyrillic), ("el", greek), ("ar", arabic), ("he", hebrew), ("zh", han),
      ("ko", hangul),
    ]
    guard let top = counts.max(by: { $0.1 < $1.1 }), top.1 > 0 else { return nil }
    return top.0 == "ru" ? cyrillicLanguage() : top.0
  }

  /// Russian unless another language's own letters make up at least 1% of the Cyrillic ones
  /// (Bulgarian: frequent `ъ` and no `ы` or `э`).
  private func cyrillicLanguage() -> String {
    func share(_ mark: String) -> Bool {
      let count = cyrillicMarks[mark, default: 0]
      return count >= 2 && count * 100 >= cyrillic
    }
    for code in ["kk", "be", "mk", "sr", "uk"] where share(code) { return code }
    let hasRussianOnly = cyrillicMarks["ы", default: 0] + cyrillicMarks["э", default: 0] > 0
    if !hasRussianOnly && share("ъ") { return "bg" }
    return "ru"
  }

  /// Letters (small and capital) that point away from Russian, by the code they point to.
  static let cyrillicMarkers: [UInt32: String] = {
    let groups: [(String, [UInt32])] = [
      ("kk", [0x4D9, 0x493, 0x49B, 0x4A3, 0x4E9, 0x4B1, 0x4AF, 0x4BB]),  // ә ғ қ ң ө ұ ү һ
      ("be", [0x45E]),  // ў
      ("mk", [0x453, 0x45C, 0x455]),  // ѓ ќ ѕ
      ("sr", [0x452, 0x45B, 0x458, 0x459, 0x45A, 0x45F]),  // ђ ћ ј љ њ џ (after mk's own)
      ("uk", [0x457, 0x454, 0x491, 0x456]),  // ї є ґ і
      ("ъ", [0x44A]), ("ы", [0x44B]), ("э", [0x44D]),
    ]
    var table: [UInt32: String] = [:]
    for (code, letters) in groups {
      for letter in letters {
        table[letter] = code
        // The capital sits 0x50 lower for і…џ, 0x20 lower for а…я, 1 lower in the extended block.
        let capital =
          letter >= 0x450 && letter < 0x460
          ? letter - 0x50
          : letter >= 0x430 && letter < 0x450 ? letter - 0x20 : letter - 1
        table[capital] = code
      }
    }
    return table
  }()
}
