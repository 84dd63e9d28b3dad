/// Letter counts per script, for the non-Latin decision.
struct ScriptCounts {
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

  /// The letters of the scripts other than Latin.
  var nonLatin: Int { cyrillic + greek + arabic + hebrew + han + kana + hangul }

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
