/// A topic's names as `topic` looks for them in sentences and quotes: as whole words, so that
/// `US` is not found in `Russian` nor `NATO` in `senator`; an acronym only in capitals, so
/// that `US` is not the pronoun `us`; other names in any case and with a plural or genitive
/// ending (`Merkels`, `guarantees` for `guarantee`).
///
/// ```swift
/// let forms = TopicMentions(names: ["US", "United States"])
/// forms.occur(in: "The Russian envoy left.")  // false
/// forms.occur(in: "the united states said")   // true
/// ```
struct TopicMentions {
  /// Acronyms, matched as written.
  private var acronyms: [[Unicode.Scalar]] = []
  /// Other names, lowercased, matched in the lowercased text.
  private var names: [[Unicode.Scalar]] = []

  /// Endings a name may carry and still be the name.
  private static let endings: [[Unicode.Scalar]] = ["s", "es", "n", "en"].map {
    Array($0.unicodeScalars)
  }

  init(names: [String]) {
    for name in names where !name.isEmpty {
      if Self.isAcronym(name) {
        acronyms.append(Array(name.unicodeScalars))
      } else {
        self.names.append(Array(name.lowercased().unicodeScalars))
      }
    }
  }

  /// True when `text` names the topic by one of its names.
  func occur(in text: String) -> Bool {
    if !acronyms.isEmpty {
      let scalars = Array(text.unicodeScalars)
      if acronyms.contains(where: { Self.find($0, in: scalars) }) { return true }
    }
    guard !names.isEmpty else { return false }
    let lowered = Array(text.lowercased().unicodeScalars)
    return names.contains { Self.find($0, in: lowered) }
  }

  /// Two letters or more, none lowercase, with at most dots between them (`EU`, `U.S.`).
  private static func isAcronym(_ name: String) -> Bool {
    var letters = 0
    for scalar in name.unicodeScalars {
      if scalar.isLowercaseLetter || scalar == " " { return false }
      if scalar.isLetter { letters += 1 }
    }
    return letters >= 2
  }

  /// Whether `form` occurs in `text` as a whole word, or followed by one of ``endings``.
  private static func find(_ form: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Bool {
    guard let first = form.first, form.count <= text.count else { return false }
    var start = 0
    while start + form.count <= text.count {
      defer { start += 1 }
      guard text[start] == first, start == 0 || !text[start - 1].isWordScalar,
        text[start..<start + form.count].elementsEqual(form)
      else { continue }
      let end = start + form.count
      if end == text.count || !text[end].isWordScalar { return true }
      for ending in endings where end + ending.count <= text.count {
        let after = end + ending.count
        if text[end..<after].elementsEqual(ending), after == text.count || !text[after].isWordScalar
        {
          return true
        }
      }
    }
    return false
  }
}
