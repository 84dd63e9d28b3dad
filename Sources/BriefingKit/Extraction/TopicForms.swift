/// The keys ``TopicMerger`` files names under, worked out once per distinct string instead of
/// once per topic.
///
/// Every string a merger files a group under (a name as written, its lowercased key, a key's
/// stems, surname and known group) gets an id from ``StringIDs``, so that two ids are equal
/// exactly when their strings are `==`, as the merger's dictionaries of strings compared them.
/// What is derived from a key is kept by its id, computed when first asked for.
struct TopicForms {
  /// What is known of a string of the table: -2 not yet worked out.
  private struct TextInfo {
    var key: Int32 = -2
    /// -1 for the empty string.
    var words: Int32 = -2
    /// Bit 0: its shape worked out; 1: has a space; 2: has an ASCII lowercase letter; 3: no
    /// acronym's plural (``acronymSingular(_:)``).
    var flags: UInt8 = 0
  }

  /// What is derived from a key: -2 not yet worked out, -1 none.
  private struct KeyInfo {
    var phrase: Int32 = -2
    var germanPhrase: Int32 = -2
    var declined: Int32 = -2
    var place: Int32 = -2
    var member: Int32 = -2
    var surname: Int32 = -2
    var hasSeveralWords: Int8 = -1
  }

  let table: TopicTable
  private var ids: StringIDs
  /// By string id: where its ``KeyInfo`` is in ``keyInfo``, -1 for a string that is no key
  /// (a stem, a surname, a known group), which needs none.
  private var keySlots: [Int32] = []
  /// What is known of each key, in the order the keys were first seen.
  private var keyInfo: [KeyInfo] = []
  /// ``initials(_:)`` of the keys asked for them.
  private var initialsByKey: [Int32: (all: String, content: String)] = [:]
  private var textInfo: [TextInfo]

  /// The number of string ids the forms make room for at first.
  let capacity: Int

  init(_ table: TopicTable) {
    self.table = table
    textInfo = [TextInfo](repeating: TextInfo(), count: table.stringCount)
    // Keys and their derived forms: about 1.5 ids a string in the BBC set. A key is the
    // lowercased form of a string of the table, so there are never more keys than strings.
    capacity = table.stringCount + table.stringCount / 2
    ids = StringIDs(capacity: capacity)
    keySlots.reserveCapacity(capacity)
    keyInfo.reserveCapacity(table.stringCount)
  }

  /// The strings, by id.
  var strings: [String] { ids.strings }

  /// The number of string ids given so far.
  var count: Int { ids.count }

  /// The id of `string`: the same for every string `==` to it.
  mutating func id(_ string: String) -> Int32 {
    let (id, isNew) = ids.id(string)
    if isNew { keySlots.append(-1) }
    return id
  }

  /// The string id of the table's string `text` lowercased.
  mutating func key(_ text: Int32) -> Int32 {
    let known = textInfo[Int(text)].key
    if known >= 0 { return known }
    let string = table.text(text)
    let id = keyID(Self.isLowercaseASCII(string) ? string : string.lowercased())
    textInfo[Int(text)].key = id
    return id
  }

  /// The id of the lowercased `key`, with room for what is derived from it.
  private mutating func keyID(_ key: String) -> Int32 {
    let id = id(key)
    if keySlots[Int(id)] < 0 {
      keySlots[Int(id)] = Int32(keyInfo.count)
      keyInfo.append(KeyInfo())
    }
    return id
  }

  /// Whether `string` has a space, seen on its contiguous bytes (`utf8.contains` cost 250
  /// instructions a key).
  static func hasSpace(_ string: String) -> Bool {
    string.withUTF8Bytes { $0.contains(0x20) }
  }

  /// Whether `string` is ASCII without a capital letter, and so its own `lowercased()`: most
  /// key phrases, which then need no lowercased copy.
  static func isLowercaseASCII(_ string: String) -> Bool {
    string.withUTF8Bytes { bytes in !bytes.contains { $0 >= 0x80 || $0 &- 0x41 < 26 } }
  }

  /// The number of space-separated words of the table's string `text`, nil when the string
  /// is empty (a topic without a name, which ranks nowhere).
  mutating func words(_ text: Int32) -> Int? {
    let known = textInfo[Int(text)].words
    if known >= -1 { return known >= 0 ? Int(known) : nil }
    let string = table.text(text)
    let words = string.isEmpty ? -1 : TopicRanker.wordCount(string)
    textInfo[Int(text)].words = Int32(truncatingIfNeeded: words)
    return words >= 0 ? words : nil
  }

  /// Whether the table's string `text` has a space, and whether it has an ASCII lowercase
  /// letter.
  mutating func shape(_ text: Int32) -> (hasSpace: Bool, hasLowercase: Bool) {
    var flags = textInfo[Int(text)].flags
    if flags & 1 == 0 {
      let utf8 = table.text(text).utf8
      flags |= 1 | (utf8.contains(0x20) ? 2 : 0)
      flags |= utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) ? 4 : 0
      textInfo[Int(text)].flags = flags
    }
    return (flags & 2 != 0, flags & 4 != 0)
  }

  /// The id of the stemmed key phrase of `key` (``TopicMerger/phraseKey(_:)``).
  mutating func phrase(_ key: Int32) -> Int32 {
    derived(key, \.phrase) { forms, string in
      TopicMerger.changedPhraseKey(string).map { forms.id($0) } ?? key
    }
  }

  /// The id of the key that the declined forms of a German key phrase share
  /// (``TopicMerger/germanPhraseKey(_:)``: `flüchtlinge`, `flüchtlingen` → `flüchtling`).
  mutating func germanPhrase(_ key: Int32) -> Int32 {
    derived(key, \.germanPhrase) { forms, string in
      TopicMerger.germanPhraseKey(string).map { forms.id($0) } ?? key
    }
  }

  /// The id of the key that the inflected forms of a body's or place's name of several words
  /// share (`Deutsche Bahn`, `Deutschen Bahn` → `deutsch bahn`), or -1 for one word or a name
  /// no ending changes.
  mutating func declined(_ key: Int32) -> Int32 {
    derived(key, \.declined) { forms, key in
      guard Self.hasSpace(key) else { return -1 }
      let stem = NameStemmer.stem(key)
      return stem == key ? -1 : forms.id("\u{1}" + stem)
    }
  }

  /// The key of an acronym's singular when the table's string `text` is the acronym's plural
  /// (`PCs`, `DVDs`, `MPs` → `pc`, `dvd`, `mp`), or nil: the two are one topic.
  mutating func acronymSingular(_ text: Int32) -> Int32? {
    // A string found to be none is marked so, as most are: checking it again read its string
    // at each of its topics (115 instructions a body's or other name's topic).
    guard textInfo[Int(text)].flags & 8 == 0 else { return nil }
    let string = table.text(text)
    let utf8 = string.utf8
    guard (3...9).contains(utf8.count), utf8.last == 0x73,
      utf8.dropLast().allSatisfy({ $0 &- 0x41 < 26 })
    else {
      textInfo[Int(text)].flags |= 8
      return nil
    }
    return keyID(String(string.dropLast()).lowercased())
  }

  /// The id of the known group of a place's key, or -1.
  mutating func placeGroup(_ key: Int32) -> Int32 {
    let hash = ids.hash(of: key)
    return derived(key, \.place) { forms, string in
      // The hash already at hand tells most keys have no group.
      TopicLexicon.shared.aliasGroup(of: string, hash: hash).map { forms.id($0) } ?? -1
    }
  }

  /// The id of the known group of a body's key, by its member form too, or -1.
  ///
  /// A member form that names a place is no member of it: `Americas` is not `America`, nor
  /// `Britains` `Britain`, so such a plural keeps to its own key.
  mutating func memberGroup(_ key: Int32) -> Int32 {
    let hash = ids.hash(of: key)
    return derived(key, \.member) { forms, string in
      if let known = TopicLexicon.shared.aliasGroup(of: string, hash: hash) {
        return forms.id(known)
      }
      let member = Self.isOwnMemberForm(string) ? string : TopicMerger.memberForm(string)
      guard member != string, !TopicLexicon.shared.places.contains(member) else { return -1 }
      return forms.id(TopicLexicon.shared.aliasGroups[member] ?? member)
    }
  }

  /// Whether `key` is surely its own ``TopicMerger/memberForm(_:)``, seen on its bytes: ASCII
  /// words one space apart, the last ending in neither `s` nor `party`, so no word is dropped
  /// or made singular and the words are joined back as they were.
  static func isOwnMemberForm(_ key: String) -> Bool {
    key.withUTF8Bytes { bytes in
      guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20,
        last != UInt8(ascii: "s"), !bytes.contains(where: { $0 >= 0x80 })
      else { return false }
      let isSpaced = zip(bytes, bytes.dropFirst()).allSatisfy { !($0 == 0x20 && $1 == 0x20) }
      return isSpaced && !bytes.reversed().starts(with: "ytrap".utf8)
    }
  }

  /// The id of the last word of a person's key of several words without a joining word, or -1.
  mutating func surname(_ key: Int32) -> Int32 {
    derived(key, \.surname) { forms, key in
      guard let last = TopicMerger.lastOfSeveralWords(key), !NameJoiners.join(key) else {
        return -1
      }
      return forms.id(last)
    }
  }

  /// Whether `key` has two words or more.
  mutating func hasSeveralWords(_ key: Int32) -> Bool {
    let slot = Int(keySlots[Int(key)])
    let known = slot >= 0 ? keyInfo[slot].hasSeveralWords : -1
    if known >= 0 { return known == 1 }
    let several = TopicMerger.hasSeveralWords(ids.strings[Int(key)])
    if slot >= 0 { keyInfo[slot].hasSeveralWords = several ? 1 : 0 }
    return several
  }

  /// The initials of `key`, with and without its joining words (`USA`, `NATO`); compared as
  /// strings, they need no ids. Kept for the few keys asked for them.
  mutating func initials(_ key: Int32) -> (all: String, content: String) {
    if let known = initialsByKey[key] { return known }
    let string = ids.strings[Int(key)]
    let initials = Self.asciiInitials(string) ?? Self.initials(of: string)
    initialsByKey[key] = initials
    return initials
  }

  /// The initials of `key`'s words, and of those that are no joining word.
  private static func initials(of key: String) -> (all: String, content: String) {
    let words = key.split(separator: " ")
    let content = words.filter { !NameJoiners.words.contains($0) }
    return (String(words.compactMap { $0.first }), String(content.compactMap { $0.first }))
  }

  /// ``initials(of:)`` read on the bytes of an ASCII key (splitting it into substrings, hashing
  /// each and gathering characters cost 11,000 instructions a key), where a character is a
  /// byte: nil for other keys, and for a carriage return, which forms one character with a
  /// line feed after it.
  private static func asciiInitials(_ key: String) -> (all: String, content: String)? {
    key.withUTF8Bytes { bytes in
      guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      var (all, content): ([UInt8], [UInt8]) = ([], [])
      var start = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
        defer { start = end + 1 }
        guard end > start else { continue }
        all.append(bytes[start])
        if !NameJoiners.isJoiner(bytes, start, end) { content.append(bytes[start]) }
      }
      return (String(decoding: all, as: UTF8.self), String(decoding: content, as: UTF8.self))
    }
  }

  /// The value of `field` for `key`, computed by `compute` on its string the first time.
  private mutating func derived(
    _ key: Int32, _ field: WritableKeyPath<KeyInfo, Int32>,
    _ compute: (inout Self, String) -> Int32
  ) -> Int32 {
    let slot = Int(keySlots[Int(key)])
    if slot >= 0 {
      let known = keyInfo[slot][keyPath: field]
      if known != -2 { return known }
    }
    let value = compute(&self, ids.strings[Int(key)])
    if slot >= 0 { keyInfo[slot][keyPath: field] = value }
    return value
  }
}
