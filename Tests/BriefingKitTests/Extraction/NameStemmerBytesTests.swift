import Testing

@testable import BriefingKit

/// The byte-wise readings of ASCII names agree with splitting them into words.
struct NameStemmerBytesTests {
  static let keys = [
    "", " ", "  ", "merkels", "merkel", "deutsche bahn", "deutschen bahn", "europaeischen union",
    "liberal democrats", "labour party", "party", "the party", "lib dems", "tories",
    "conservatives", "congress", "campus", "news", "  two  spaces  ", "grosse koalition",
    "bundesamtes fuer statistik", "abcde", "abcds", "a e", "ende ende ende", "x\ty", "pcs",
    "cities", "deutsche  bahn ", "Путина", "путин банк", "europäischen union", "café noires",
    "e\u{301}lections", "a \u{301}party", "neuen tag", "grosses haus", "kleinem haus",
    "rote haus", "blaue haus", "freiee tag", "abcder x", "abcdes", "bbbbem s",
  ]

  @Test func stemAgreesWithSplitting() {
    for key in Self.keys where !key.unicodeScalars.contains(where: { $0.value >= 0x80 }) {
      // The last word of an ASCII key: the stem of a noun.
      let words = key.split(separator: " ")
      let expected = words.indices.map { index -> String in
        let word = String(words[index])
        guard index == words.count - 1 else { return NameStemmer.stem(adjective: word) }
        return word.count >= 5 && word.hasSuffix("s") ? String(word.dropLast()) : word
      }.joined(separator: " ")
      #expect(NameStemmer.stem(key) == expected, "\(key.debugDescription)")
      let lastKept = words.indices.map { index -> String in
        let word = String(words[index])
        return index == words.count - 1 ? word : NameStemmer.stem(adjective: word)
      }.joined(separator: " ")
      #expect(NameStemmer.stem(key, stemsLast: false) == lastKept, "\(key.debugDescription)")
    }
    #expect(NameStemmer.stem("deutschen bahn") == "deutsch bahn")
    #expect(NameStemmer.stem("merkels") == "merkel")
    #expect(NameStemmer.stem("Путина") == "Путин")
  }

  /// `TopicMerger.memberForm` as words split into characters.
  static func memberForm(_ key: String) -> String {
    var words = key.split(separator: " ")
    if words.count > 1, words.last == "party" { words.removeLast() }
    guard let last = words.last else { return key }
    let bytes = Array(last.utf8)
    var singular: [UInt8]?
    if bytes.count > 4, bytes.last == UInt8(ascii: "s"),
      bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
      bytes[bytes.count - 2] != UInt8(ascii: "s"), bytes[bytes.count - 2] != UInt8(ascii: "u")
    {
      singular =
        bytes.suffix(3).elementsEqual("ies".utf8)
        ? bytes.dropLast(3) + Array("y".utf8) : Array(bytes.dropLast())
    }
    if let singular {
      words[words.count - 1] = Substring(String(decoding: singular, as: UTF8.self))
    }
    return words.joined(separator: " ")
  }

  @Test func memberFormAgreesWithSplitting() {
    for key in Self.keys {
      #expect(TopicMerger.memberForm(key) == Self.memberForm(key), "\(key.debugDescription)")
    }
    #expect(TopicMerger.memberForm("labour party") == "labour")
    #expect(TopicMerger.memberForm("tories") == "tory")
    #expect(TopicMerger.memberForm("cities") == "city")
  }
}
