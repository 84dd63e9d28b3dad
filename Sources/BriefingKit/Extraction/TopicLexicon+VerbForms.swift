/// The English verb forms of ``WordFormData``, made on bytes from the verb bases.
extension TopicLexicon {
  /// Adds ``TopicWordClass/verbForm`` to every form of ``WordFormData/verbs`` (without the
  /// `-ing` forms that are common nouns), to the past forms of its ``WordFormData/nounVerbs``
  /// and to its irregular forms, and ``TopicWordClass/finiteVerb`` to the base and `-s` forms of
  /// its verbs: never a participle, which may be an adjective (`imported inflation`).
  static func addVerbForms(to table: inout WordClassTable) {
    var nouns = ByteInterner(capacity: 64)
    WordList.forEachItem(in: WordFormData.ingNouns, separator: WordList.space) {
      _ = nouns.intern($0)
    }
    func add(_ form: UnsafeBufferPointer<UInt8>, _ classes: TopicWordClass) {
      var classes = classes
      if nouns.find(form) != nil { classes.remove(.verbForm) }
      if !classes.isEmpty { table.add(form, classes) }
    }
    var form: [UInt8] = []
    func add(_ base: UnsafeBufferPointer<UInt8>, _ ending: VerbEnding, _ classes: TopicWordClass) {
      Self.form(of: base, ending, into: &form)
      form.withUnsafeBufferPointer { add($0, classes) }
    }
    WordList.forEachItem(in: WordFormData.irregularForms, separator: WordList.space) {
      add($0, .verbForm)
    }
    // Spelled out: an option-set literal here would go through a generic initialiser per word.
    let finite = TopicWordClass.verbForm.union(.finiteVerb)
    WordList.forEachItem(in: WordFormData.verbs, separator: WordList.space) { base in
      add(base, finite)
      add(base, .thirdPerson, finite)
      add(base, .past, .verbForm)
      add(base, .gerund, .verbForm)
    }
    WordList.forEachItem(in: WordFormData.nounVerbs, separator: WordList.space) {
      add($0, .past, .verbForm)
    }
  }

  /// The regular endings made from a verb base.
  enum VerbEnding: Sendable {
    /// `warn` → `warns`, `push` → `pushes`, `deny` → `denies`.
    case thirdPerson
    /// `warn` → `warned`, `agree` → `agreed`, `deny` → `denied` (doubled consonants are listed).
    case past
    /// `warn` → `warning`, `argue` → `arguing`, `die` → `dying`, `agree` → `agreeing`.
    case gerund
  }

  /// Writes the form of `base` with `ending` into `form`, replacing what it held.
  ///
  /// The rules read the base's last bytes, which for these ASCII endings are its last
  /// characters; only `argue`'s length in characters is counted on the string when it is not
  /// ASCII.
  static func form(
    of base: UnsafeBufferPointer<UInt8>, _ ending: VerbEnding, into form: inout [UInt8]
  ) {
    form.removeAll(keepingCapacity: true)
    form.append(contentsOf: base)
    let count = base.count
    func endsWith(_ suffix: StaticString) -> Bool {
      let length = suffix.utf8CodeUnitCount
      guard count >= length else { return false }
      return (0..<length).allSatisfy { base[count - length + $0] == suffix.utf8Start[$0] }
    }
    func append(_ suffix: StaticString) {
      form.append(
        contentsOf: UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
    }
    // `deny`, not `stay`: the y after a consonant becomes `ie`.
    let consonantY = endsWith("y") && !(count >= 2 && isVowel(base[count - 2]))
    switch ending {
    case .thirdPerson:
      if consonantY {
        form.removeLast()
        append("ies")
      } else {
        let sibilant =
          endsWith("s") || endsWith("x") || endsWith("z") || endsWith("ch")
          || endsWith("sh") || endsWith("o")
        append(sibilant ? "es" : "s")
      }
    case .past:
      if endsWith("e") {
        form.append(UInt8(ascii: "d"))
      } else if consonantY {
        form.removeLast()
        append("ied")
      } else {
        append("ed")
      }
    case .gerund:
      if endsWith("ie") {
        form.removeLast(2)
        append("ying")
      } else {
        if endsWith("e") && !endsWith("ee") && isLonger(base, than: 2) { form.removeLast() }
        append("ing")
      }
    }
  }

  /// True when `word` has more than `count` characters.
  private static func isLonger(_ word: UnsafeBufferPointer<UInt8>, than count: Int) -> Bool {
    guard word.contains(where: { $0 >= 0x80 }) else { return word.count > count }
    return String(decoding: word, as: UTF8.self).count > count
  }

  private static func isVowel(_ byte: UInt8) -> Bool {
    byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
  }
}
