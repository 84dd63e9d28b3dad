extension TopicMerger {
  /// Score summed per kind, remembering which kinds were seen at all.
  struct KindScores {
    private var scores = (0.0, 0.0, 0.0, 0.0, 0.0)
    private var seen: UInt8 = 0

    mutating func add(_ score: Double, to kind: TopicKind) {
      seen |= 1 << Self.slot(kind)
      switch kind {
      case .person: scores.0 += score
      case .organisation: scores.1 += score
      case .place: scores.2 += score
      case .other: scores.3 += score
      case .phrase: scores.4 += score
      }
    }

    /// The kind with the highest score among person, organisation and place; without those,
    /// `other` before `phrase`: a name that one article also writes in lower case (`kingsport`
    /// in a wire text) stays a name. Ties go to the kind whose raw value sorts first.
    var best: TopicKind? {
      let seenKinds = TopicKind.allCases.filter { seen & (1 << Self.slot($0)) != 0 }
      let named = seenKinds.filter { $0 != .other && $0 != .phrase }
      if named.isEmpty { return seenKinds.contains(.other) ? .other : seenKinds.first }
      return named.max { (score($0), $1.rawValue) < (score($1), $0.rawValue) }
    }

    private func score(_ kind: TopicKind) -> Double {
      switch kind {
      case .person: scores.0
      case .organisation: scores.1
      case .place: scores.2
      case .other: scores.3
      case .phrase: scores.4
      }
    }

    private static func slot(_ kind: TopicKind) -> UInt8 {
      switch kind {
      case .person: 0
      case .organisation: 1
      case .place: 2
      case .other: 3
      case .phrase: 4
      }
    }
  }
}
