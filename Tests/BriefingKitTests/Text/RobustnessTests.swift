import BriefingKit
import Testing

/// Mutated and random input must never trap the readers or the text toolkit.
struct RobustnessTests {

  static let seeds: [[UInt8]] = [
    "Title\n\nBERLIN, 9. September 2026 (Dorfbote) – Der Rat tagte. „Gut“, sagte er.",
    "---\ntitle: x\ntags: [a, b]\n---\n# H\n\n- [link](u) *em* `code`\n",
    "<html lang=\"fr\"><meta property=\"og:title\" content=\"T\"><article><p>Il a dit « oui ».",
    #"[{"title": "A", "text": ["B", "C"], "authors": [{"name": "D"}], "date": "2026-01-02"}]"#,
    "date 2021-12-04 MOSCOW, December 3. / TASS /. Mr. U.S. J. R. 3.5 “quoted,” he said...",
  ].map { Array($0.utf8) }

  static let pieces: [[UInt8]] =
    [
      "\"", "“", "”", "«", "»", ".", "...", "\n\n", "\r", "{", "}", "[", "]", "<p>", "</",
      "---\n", "\\u12", "\\", "&amp;", "Mr.", " ", "\u{0}", "\u{FEFF}", "—",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F]]

  func mutate(_ bytes: [UInt8], with generator: inout SplitMix) -> [UInt8] {
    var result = bytes
    for _ in 0..<Int.random(in: 1...6, using: &generator) {
      let position = result.isEmpty ? 0 : Int.random(in: 0...result.count, using: &generator)
      switch Int.random(in: 0..<3, using: &generator) {
      case 0:
        let piece = Self.pieces.randomElement(using: &generator) ?? []
        result.insert(contentsOf: piece, at: position)
      case 1 where position < result.count:
        let end = min(result.count, position + Int.random(in: 1...8, using: &generator))
        result.removeSubrange(position..<end)
      default:
        result.insert(UInt8.random(in: 0...255, using: &generator), at: position)
      }
    }
    return result
  }

  @Test(arguments: ["txt", "md", "html", "json", "jsonl", ""])
  func mutatedInputNeverTraps(extension name: String) {
    var generator = SplitMix(seed: UInt64(name.utf8.count) &* 7919)
    let path = name.isEmpty ? "noext" : "f.\(name)"
    for round in 0..<400 {
      let seed = Self.seeds[round % Self.seeds.count]
      let bytes = mutate(seed, with: &generator)
      guard let result = try? ArticleReader().read(bytes, path: path) else { continue }
      for article in result.articles {
        let count = article.text.unicodeScalars.count
        let ranges = SentenceSplitter().sentences(in: article.text)
        #expect(ranges.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= count })
        #expect(!LanguageIdentifier().language(of: article.text).isEmpty)
        #expect(!article.title.isEmpty && article.path == path)
      }
    }
  }

  @Test func randomScalarsNeverTrapTheSplitter() {
    var generator = SplitMix(seed: 42)
    let alphabet = Array(" .!?…\"“”«»‘’'()[]\n\rAaZz09Mr.U.S.é。".unicodeScalars)
    for _ in 0..<300 {
      let length = Int.random(in: 0..<200, using: &generator)
      var text = String.UnicodeScalarView()
      for _ in 0..<length {
        if let scalar = alphabet.randomElement(using: &generator) { text.append(scalar) }
      }
      let string = String(text)
      let count = string.unicodeScalars.count
      var previousEnd = 0
      for range in SentenceSplitter().sentences(in: string) {
        #expect(range.lowerBound >= previousEnd && range.upperBound <= count && !range.isEmpty)
        previousEnd = range.upperBound
      }
    }
  }
}
