extension TopicMerger {
  /// Score summed per kind, remembering which kinds were seen at all.
  struct KindScores {
    private var scores = (0.0, 0.0, 0.0, 0.0, 0.0)
    private var seen: UInt8 = 0

    mutating func add(_ score: Double, to kind: TopicKind) {
      seen |= 1 << kind.slot
      switch kind {
      case .person: scores.0 += score
      case .organisation: scores.1 += score
      case .place: scores.2 += score
      case .other: scores.3 += score
      case .phrase: scores.4 += score
      }
    }

    /// Adds the scores and the kinds seen of `other`.
    mutating func add(_ other: Self) {
      scores.0 += other.scores.0
      scores.1 += other.scores.1
      scores.2 += other.scores.2
      scores.3 += other.scores.3
      scores.4 += other.scores.4
      seen |= other.seen
    }

    /// The kind with the highest score, where `other` (the cue-less reading of a name) yields
    /// to person, organisation and place unless it outweighs them twice over: `Oscar`, read
    /// with no cue in 44 articles and as a person in 3 by a stray cue, stays `other`, while a
    /// name typed in most of its articles takes that type. A key phrase counts by its score,
    /// so `game` with one stray `Game` typed person stays a phrase, and `Kingsport` written
    /// once in lower case stays a name. Ties go to the kind whose raw value sorts first.
    var best: TopicKind? {
      // One kind seen, as in most groups: that kind (`other` yields only to a named kind).
      if seen & (seen &- 1) == 0 {
        return seen == 0 ? nil : TopicKind(slot: seen.trailingZeroBitCount)
      }
      let named = max(scores.0, scores.1, scores.2)
      let hasNamed = seen & 0b111 != 0
      let yields = hasNamed && scores.3 <= 2 * named
      var best: TopicKind?
      for kind in Self.kinds where seen & (1 << kind.slot) != 0 {
        if yields && kind == .other { continue }
        guard let current = best else {
          best = kind
          continue
        }
        // The first kind of the highest score, as `max(by:)` picks it.
        let (held, offered) = (score(current), score(kind))
        if held != offered ? held < offered : kind.rawValue < current.rawValue { best = kind }
      }
      return best
    }

    /// The kinds in the order of `TopicKind.allCases`, without building that array each time.
    private static let kinds: [TopicKind] = [.person, .organisation, .place, .other, .phrase]

    private func score(_ kind: TopicKind) -> Double {
      switch kind {
      case .person: scores.0
      case .organisation: scores.1
      case .place: scores.2
      case .other: scores.3
      case .phrase: scores.4
      }
    }
  }
}
