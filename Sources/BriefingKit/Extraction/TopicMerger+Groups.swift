/// The table entries of each group of a ``TopicMerger``, in the order they were added.
struct GroupMembers {
  /// Where each group's entries start in ``entries``; one more than there are groups.
  private var starts: [Int32]
  private var entries: [Int32]

  /// The members of the groups of `added` (each entry's group beside it), sorted by group
  /// and stable within one.
  init(_ added: (entries: [Int32], groups: [Int32]), groups: Int) {
    var starts = [Int32](repeating: 0, count: groups + 1)
    for group in added.groups { starts[Int(group) + 1] += 1 }
    for group in 0..<groups { starts[group + 1] += starts[group] }
    var next = starts
    var entries = [Int32](repeating: 0, count: added.groups.count)
    for (entry, group) in zip(added.entries, added.groups) {
      entries[Int(next[Int(group)])] = entry
      next[Int(group)] += 1
    }
    self.starts = starts
    self.entries = entries
  }

  /// The groups of `groups` that fold into no other (`folds` below 0), in order, each with the
  /// entries of the groups folded into it after its own, in the order of those groups.
  init(folding groups: GroupMembers, _ folds: [Int32]) {
    // Each owner's folded groups, linked in ascending order: first[owner] → next[word] → ….
    var first = [Int32](repeating: -1, count: folds.count)
    var next = [Int32](repeating: -1, count: folds.count)
    var last = [Int32](repeating: -1, count: folds.count)
    for (word, owner) in folds.enumerated() where owner >= 0 {
      if last[Int(owner)] < 0 {
        first[Int(owner)] = Int32(word)
      } else {
        next[Int(last[Int(owner)])] = Int32(word)
      }
      last[Int(owner)] = Int32(word)
    }
    var starts: [Int32] = [0]
    starts.reserveCapacity(folds.count + 1)
    // Written in place, an entry at a time: each group is copied once at most, so the entries
    // fit (appending each group's slice cost 190 instructions a group).
    entries = [Int32](unsafeUninitializedCapacity: groups.entries.count) { buffer, count in
      func copy(_ group: Int32) {
        for entry in groups[group] {
          buffer[count] = entry
          count += 1
        }
      }
      for (group, owner) in folds.enumerated() where owner < 0 {
        copy(Int32(group))
        var word = first[group]
        while word >= 0 {
          copy(word)
          word = next[Int(word)]
        }
        starts.append(Int32(count))
      }
    }
    self.starts = starts
  }

  /// The number of groups.
  var count: Int { starts.count - 1 }

  /// The entries of `group`.
  subscript(group: Int32) -> ArraySlice<Int32> {
    entries[Int(starts[Int(group)])..<Int(starts[Int(group) + 1])]
  }
}

/// What a merged group ranks by: its score and mentions, and the kind its scores give it
/// (``GroupTotals`` holds every kind's score, 64 bytes a group against these 24).
struct GroupSums {
  var score: Double
  var mentions: Int
  var kind: TopicKind
}

/// What the topics of a group add up to, summed in the order they were added.
struct GroupTotals {
  var kindScores = TopicMerger.KindScores()
  var score = 0.0
  /// The scores each weighed by its prominence in its article (``SessionSalience``).
  var prominentScore = 0.0
  var mentions = 0

  /// Adds `other`'s sums after this group's own, as folding a group into another does.
  mutating func add(_ other: Self) {
    kindScores.add(other.kindScores)
    score += other.score
    prominentScore += other.prominentScore
    mentions &+= other.mentions
  }
}

extension TopicMerger {
  /// The totals of each group, once ``articlePositions`` are known.
  func totals(_ groups: GroupMembers) -> [GroupTotals] {
    let salience = SessionSalience(table, articlePositions: articlePositions)
    return (0..<Int32(groups.count)).map { group in
      var totals = GroupTotals()
      for entry in groups[group] {
        let topic = table.entries[Int(entry)]
        totals.kindScores.add(topic.score, to: topic.kind)
        totals.score += topic.score
        // The topic read once, for its prominence and its mentions too.
        totals.prominentScore += salience.prominentScore(topic.score, of: Int(entry))
        totals.mentions &+= topic.packedMentions ?? table.mentions(of: Int(entry))
      }
      return totals
    }
  }

  /// The merged topics, best first: by score, then mentions, then name.
  mutating func sessionTopics() -> [SessionTopic] {
    var topics: [SessionTopic] = []
    forEachSessionTopic(count: { topics.reserveCapacity($0) }) { topics.append($0.sessionTopic) }
    return topics
  }

  /// Makes the merged topics one at a time, best first, and hands each to `body` (after
  /// `count` is told how many there are), so that a caller need not hold them all as values.
  mutating func forEachSessionTopic(count: (Int) -> Void, _ body: (MergedTopic) -> Void) {
    let (merged, sums) = mergedGroups()
    // A group's name is a string of the table (its id): a `Tally` each took 32 bytes.
    let names = (0..<Int32(merged.count)).map { nameID(merged[$0]) }
    let order = rankOrder(sums, names: names)
    var scratch = TallyScratch(strings: table.stringCount)
    count(order.count)
    for index in order {
      mergedTopic(
        merged[Int32(index)], sums: sums[index], name: text(names[index]), &scratch, body)
    }
  }

  /// The groups best first, as a stable sort of them by (score, mentions, name) orders them:
  /// a name decides only on a tie, and a tie of all three goes by group.
  ///
  /// Sorted by score and group first (``ScoreOrder``, half the instructions of the standard
  /// library's stable sort, which took 14 M instructions for the BBC set's 24,600 groups),
  /// then each run of equal scores by the rest: the order is total, so it is the same.
  private func rankOrder(_ sums: [GroupSums], names: [Int32]) -> [Int] {
    var order = sums.indices.map { (score: sums[$0].score, index: $0) }
    // Read from the strings themselves: a comparison that reached the merger captured a copy
    // of all of it for every run sorted.
    let texts = table.texts
    func name(_ group: Int) -> String { names[group] >= 0 ? texts[Int(names[group])] : "" }
    // Of two groups of one score: more mentions first, then the name, then the group.
    func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
      let (left, right) = (sums[lhs].mentions, sums[rhs].mentions)
      if left != right { return left > right }
      let (leftName, rightName) = (name(lhs), name(rhs))
      if leftName == rightName { return lhs < rhs }
      return rightName > leftName
    }
    // NaN is equal to nothing, so it orders no run: one sort of the whole decides.
    guard !sums.contains(where: { $0.score.isNaN }) else {
      order.sort { lhs, rhs in
        lhs.score != rhs.score ? lhs.score > rhs.score : precedes(lhs.index, rhs.index)
      }
      return order.map(\.index)
    }
    ScoreOrder.sort(&order)
    order.withUnsafeMutableBufferPointer { order in
      var start = 0
      while start < order.count {
        var end = start + 1
        while end < order.count && order[end].score == order[start].score { end += 1 }
        if end - start > 1 {
          var run = UnsafeMutableBufferPointer(rebasing: order[start..<end])
          run.sort { precedes($0.index, $1.index) }
        }
        start = end
      }
    }
    return order.map(\.index)
  }

  /// The text of the table's string `id`, "" for none.
  private func text(_ id: Int32) -> String { id >= 0 ? table.text(id) : "" }

  /// The groups once each lone surname has joined its person, with what each adds up to.
  /// The registries are freed once the surnames are read from them, the groups' totals once
  /// they are summed.
  private mutating func mergedGroups() -> (GroupMembers, [GroupSums]) {
    let candidates = surnameCandidates()
    // The registries and the forms go before the groups are built, so that the two are never
    // held at once (the groups of 1,000 BBC articles take 0.25 MB, the forms 1.5 MB).
    let added = self.added
    releaseRegistries()
    let groups = GroupMembers(added, groups: groupCount)
    // A German table has them from the start (``TopicMerger/isGerman(_:)``).
    if articlePositions.isEmpty { articlePositions = table.articlePositions() }
    var totals = totals(groups)
    let folds = surnameFolds(candidates, groups, totals)
    for (word, owner) in folds.enumerated() where owner >= 0 {
      totals[Int(owner)].add(totals[word])
    }
    let merged = GroupMembers(folding: groups, folds)
    var spread = SessionSpread(articles: table.articles.count)
    var sums: [GroupSums] = []
    sums.reserveCapacity(merged.count)
    for (group, owner) in folds.enumerated() where owner < 0 {
      let total = totals[group]
      let kind = total.kindScores.best ?? .other
      // A key phrase ranks by how prominent it is where it occurs and how few of the
      // session's articles it spreads over (``SessionSalience``); a name by its plain sum.
      let score =
        kind == .phrase && spread.applies
        ? total.prominentScore * spread.factor(merged[Int32(sums.count)], articlePositions)
        : total.score
      sums.append(GroupSums(score: score, mentions: total.mentions, kind: kind))
    }
    totals = []
    return (merged, sums)
  }

  /// Hands `body` the merged topic of the group of `entries`, its lists made in `scratch`.
  private func mergedTopic(
    _ entries: ArraySlice<Int32>, sums: GroupSums, name: String, _ scratch: inout TallyScratch,
    _ body: (MergedTopic) -> Void
  ) {
    scratch.next()
    // Most groups are one topic without aliases or a role (15,000 of the BBC set's 24,600):
    // it has its one article, no alias but its name, no role, so no lists to gather.
    if entries.count == 1, let entry = entries.first, !table.entries[Int(entry)].hasExtra {
      scratch.articles.append(articleID(of: entry))
      scratch.aliasTexts.removeAllKeepingRoom()
      body(
        MergedTopic(
          name: name, kind: sums.kind, score: sums.score, mentions: sums.mentions,
          articles: scratch.articles, aliases: scratch.aliasTexts, role: nil))
      return
    }
    // Whether a topic has aliases or a role: without one, the group has no role to tally.
    var hasExtra = false
    for entry in entries {
      hasExtra = hasExtra || table.entries[Int(entry)].hasExtra
      for at in table.aliases(of: Int(entry)) { scratch.list(table.aliasIDs[at]) }
      scratch.articles.append(articleID(of: entry))
    }
    listNames(of: entries, in: &scratch)
    let roles = hasExtra ? tallies(entries, names: false) : []
    let role = roles.max { ($0.count, $1.value) < ($1.count, $0.value) }?.value
    Self.sortUnique(&scratch.articles)
    sortUnique(&scratch.aliases, except: name, into: &scratch.aliasTexts)
    var shown = (name: name, role: role)
    // `Lord Falconer`: the name a peer is shown and looked up by (``SessionTopic/styled``).
    if sums.kind == .person, let styled = SessionTopic.styled(name, role: role) {
      scratch.aliasTexts.insert(name, at: 0)
      shown = styled
    }
    body(
      MergedTopic(
        name: shown.name, kind: sums.kind, score: sums.score, mentions: sums.mentions,
        articles: scratch.articles, aliases: scratch.aliasTexts, role: shown.role))
  }
}
