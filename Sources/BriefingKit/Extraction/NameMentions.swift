/// The mentions of every name candidate of one article in one flat list: each candidate's
/// mentions are a chain through `next`, from its ``NameCandidate/firstMention`` to its
/// ``NameCandidate/lastMention``.
///
/// A candidate holding arrays of its own would allocate them for every name, most of which are
/// later merged into another or dropped; merging two chains links them in place.
struct NameMentions: Sendable {
  /// One mention: the name's token range and, for a body mention, its scalar span.
  struct Mention: Sendable {
    var tokens: Range<Int>
    /// The scalar range in ``Article/text``; nil for a headline mention.
    var span: Range<Int>?
    /// The candidate's next mention; -1 after the last.
    var next: Int32 = -1
  }

  private var list: [Mention] = []

  /// A list with room for `capacity` mentions.
  init(capacity: Int) {
    list.reserveCapacity(max(capacity, 0))
  }

  /// Adds a mention at the end of `candidate`'s chain.
  mutating func append(_ tokens: Range<Int>, span: Range<Int>?, to candidate: inout NameCandidate) {
    let index = Int32(truncatingIfNeeded: list.count)
    list.append(Mention(tokens: tokens, span: span))
    link(index, index, to: &candidate)
    candidate.nameRangeCount += 1
    if span != nil { candidate.bodyMentions += 1 }
  }

  /// Links the chain from `first` to `last` after `candidate`'s own; the counts are the
  /// caller's (``NameCandidate/absorb(_:)``).
  mutating func link(_ first: Int32, _ last: Int32, to candidate: inout NameCandidate) {
    guard first >= 0, last >= 0 else { return }
    let tail = Int(candidate.lastMention)
    if tail >= 0 && tail < list.count {
      list[tail].next = first
    } else {
      candidate.firstMention = first
    }
    candidate.lastMention = last
  }

  /// Calls `body` with each mention of the chain that starts at `first` (a candidate's
  /// ``NameCandidate/firstMention``), in the order they were added. Chains are passed by their
  /// start: passing a candidate held in an array would copy it, retaining all it holds.
  @inline(__always)
  func forEach(from first: Int32, _ body: (Mention) -> Void) {
    var index = Int(first)
    var steps = 0
    // The chain is at most as long as the list: a broken link cannot loop forever.
    while index >= 0 && index < list.count && steps < list.count {
      body(list[index])
      index = Int(list[index].next)
      steps += 1
    }
  }

  /// True when `predicate` holds for a mention of the chain that starts at `first`.
  @inline(__always)
  func contains(from first: Int32, where predicate: (Mention) -> Bool) -> Bool {
    var index = Int(first)
    var steps = 0
    while index >= 0 && index < list.count && steps < list.count {
      if predicate(list[index]) { return true }
      index = Int(list[index].next)
      steps += 1
    }
    return false
  }

  /// The body spans of the chain that starts at `first`, in the order they were added, in an
  /// array reserved for `count` of them (a candidate's ``NameCandidate/bodyMentions``).
  func spans(from first: Int32, count: Int) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    if count > 0 { spans.reserveCapacity(count) }
    forEach(from: first) { mention in
      if let span = mention.span { spans.append(span) }
    }
    return spans
  }

  /// Drops the first token of every mention of the chain that starts at `first`, whose span
  /// then starts where `start` says the next token starts; returns the tokens dropped. Used
  /// when a name's first word turns out to be a role (`Writer Ada Vance` → `Ada Vance`).
  mutating func dropFirstToken(from first: Int32, start: (Int) -> Int) -> [Int] {
    var dropped: [Int] = []
    var index = Int(first)
    var steps = 0
    while index >= 0 && index < list.count && steps < list.count {
      steps += 1
      let tokens = list[index].tokens
      if tokens.count > 1 {
        dropped.append(tokens.lowerBound)
        list[index].tokens = tokens.lowerBound + 1..<tokens.upperBound
        if let span = list[index].span {
          list[index].span = min(start(tokens.lowerBound + 1), span.upperBound)..<span.upperBound
        }
      }
      index = Int(list[index].next)
    }
    return dropped
  }
}
