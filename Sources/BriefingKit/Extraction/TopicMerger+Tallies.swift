/// Buffers reused from one group to the next while a merger builds its session topics.
struct TallyScratch {
  var strings: [Int32] = []
  var aliases: [Int32] = []
  var articles: [Int] = []
}

extension TopicMerger {
  /// The names (or roles) of `entries`, counted, each under the form first seen of the
  /// strings equal to it.
  mutating func tallies(
    _ entries: ArraySlice<Int32>, names: Bool, _ scratch: inout TallyScratch
  ) -> [Tally] {
    var tallies: [Tally] = []
    scratch.strings.removeAll(keepingCapacity: true)
    for entry in entries {
      let topic = table.entries[Int(entry)]
      let text = names ? topic.name : topic.role
      guard text >= 0 else { continue }
      let string = forms.string(text)
      if let at = scratch.strings.firstIndex(of: string) {
        tallies[at].count += 1
      } else {
        scratch.strings.append(string)
        tallies.append(Tally(value: table.text(text), count: 1, id: text))
      }
    }
    return tallies
  }

  /// The strings `texts` sorted, one of each set of equal ones, without those equal to the
  /// string `name`.
  mutating func sortedUnique(_ texts: inout [Int32], except name: Int32) -> [String] {
    let excluded = name >= 0 ? forms.string(name) : forms.id("")
    if texts.count > 1 { texts.sort { table.text($0) < table.text($1) } }
    var unique: [String] = []
    var last: Int32 = -1
    for text in texts {
      let string = forms.string(text)
      if string != last && string != excluded { unique.append(table.text(text)) }
      last = string
    }
    return unique
  }

  /// `values` sorted, without repeats.
  static func sortedUnique(_ values: inout [Int]) -> [Int] {
    guard values.count > 1 else { return values }
    values.sort()
    var unique: [Int] = []
    unique.reserveCapacity(values.count)
    for value in values where unique.last != value { unique.append(value) }
    return unique
  }
}
