/// Buffers reused from one group to the next while a merger builds its session topics.
struct TallyScratch {
  var aliases: [Int32] = []
  var articles: [Int] = []
  /// The texts of ``aliases``, sorted and without repeats once the group is listed (emptied
  /// then, not by ``next()``).
  var aliasTexts: [String] = []
  /// By string id, the last group that listed the string (``stamp``), so that a string a
  /// group gives many times is listed once.
  var seen: [Int32]
  var stamp: Int32 = 0

  init(strings: Int) {
    seen = [Int32](repeating: 0, count: strings)
  }

  /// Starts the lists of another group.
  mutating func next() {
    stamp += 1
    aliases.removeAllKeepingRoom()
    articles.removeAllKeepingRoom()
  }

  /// Appends `text` to ``aliases`` unless this group listed it already.
  mutating func list(_ text: Int32) {
    guard seen[Int(text)] != stamp else { return }
    seen[Int(text)] = stamp
    aliases.append(text)
  }
}

extension Array {
  /// Removes the elements, keeping the room: a buffer of a few, as most groups' are, one by
  /// one (`removeAll(keepingCapacity:)` replaces a subrange, 80 instructions even when empty).
  mutating func removeAllKeepingRoom() {
    guard count > 8 else {
      while !isEmpty { removeLast() }
      return
    }
    removeAll(keepingCapacity: true)
  }
}

extension TopicMerger {
  /// The names (or roles) of `entries`, counted, each under the form first seen of the
  /// strings equal to it.
  func tallies(_ entries: ArraySlice<Int32>, names: Bool) -> [Tally] {
    var tallies: [Tally] = []
    // A group's names are a few: room for them at once (growing cost 330 instructions a
    // group with several). Roles are rare, and most groups have none to make room for.
    if names { tallies.reserveCapacity(Swift.min(entries.count, 8)) }
    for entry in entries {
      let text = names ? table.entries[Int(entry)].name : table.role(of: Int(entry))
      guard text >= 0 else { continue }
      if let at = tallies.firstIndex(where: { $0.id == text || $0.value == table.text(text) }) {
        tallies[at].count += 1
      } else {
        tallies.append(Tally(value: table.text(text), count: 1, id: text))
      }
    }
    return tallies
  }

  /// The name of the group of `entries`: its only name when all its topics are written alike,
  /// else the one ``name(of:isGerman:)`` picks, of a German key phrase's forms the nominative
  /// (``nounFormsTogether(_:)``).
  func name(_ entries: ArraySlice<Int32>) -> Tally {
    guard let first = entries.first.map({ table.entries[Int($0)].name }) else {
      return Tally(value: "", count: 0)
    }
    guard entries.allSatisfy({ table.entries[Int($0)].name == first }) else {
      let names = tallies(entries, names: true)
      let isGermanGroup = table.hasGerman && entries.allSatisfy { isGerman(Int($0)) }
      let isGermanPhrase =
        isGermanGroup && entries.allSatisfy { table.entries[Int($0)].kind == .phrase }
      return Self.name(
        of: isGermanPhrase ? Self.nounFormsTogether(names) : names, isGerman: isGermanGroup)
    }
    return Tally(value: table.text(first), count: entries.count, id: first)
  }

  /// The string id of ``name(_:)`` of `entries`, read without a `Tally` when all its topics
  /// are written alike, as most groups' are (-1 for no entries).
  func nameID(_ entries: ArraySlice<Int32>) -> Int32 {
    guard let first = entries.first.map({ table.entries[Int($0)].name }) else { return -1 }
    guard entries.allSatisfy({ table.entries[Int($0)].name == first }) else {
      return name(entries).id
    }
    return first
  }

  /// Lists the names of `entries` in `scratch`, one of each set of equal ones, in the order
  /// first seen (after its aliases: a name listed among them is there already).
  func listNames(of entries: ArraySlice<Int32>, in scratch: inout TallyScratch) {
    if let first = entries.first.map({ table.entries[Int($0)].name }),
      entries.allSatisfy({ table.entries[Int($0)].name == first })
    {
      scratch.list(first)
      return
    }
    var names: [Int32] = []
    for entry in entries {
      let text = table.entries[Int(entry)].name
      guard !names.contains(where: { $0 == text || table.text($0) == table.text(text) }) else {
        continue
      }
      names.append(text)
      scratch.list(text)
    }
  }

  /// Writes to `unique` (emptied first) the strings `texts` sorted, one of each set of equal
  /// ones (the first given), without those equal to `name`. Sorting is stable, so of equal
  /// strings the first given leads.
  func sortUnique(_ texts: inout [Int32], except name: String, into unique: inout [String]) {
    // The strings alone: a closure holding the whole table copied it, a retain and a release
    // of each of its arrays, at every comparison.
    let strings = table.texts
    if texts.count > 1 { texts.sort { strings[Int($0)] < strings[Int($1)] } }
    if !unique.isEmpty { unique.removeAll(keepingCapacity: true) }
    var last: Int32 = -1
    for text in texts {
      let string = strings[Int(text)]
      let isRepeat = last >= 0 && (last == text || strings[Int(last)] == string)
      if !isRepeat && string != name { unique.append(string) }
      last = text
    }
  }

  /// Sorts `values` and drops the repeats, in place (a buffer reused for the next group).
  static func sortUnique(_ values: inout [Int]) {
    guard values.count > 1 else { return }
    // A group's articles mostly come in order already (topics are added in session order):
    // a pass tells so, where sorting them again cost 160 instructions a group.
    let isSorted = values.withUnsafeBufferPointer { values in
      (1..<values.count).allSatisfy { values[$0 - 1] <= values[$0] }
    }
    if !isSorted { values.sort() }
    var kept = 1
    for index in 1..<values.count where values[index] != values[kept - 1] {
      values[kept] = values[index]
      kept += 1
    }
    values.removeLast(values.count - kept)
  }
}
