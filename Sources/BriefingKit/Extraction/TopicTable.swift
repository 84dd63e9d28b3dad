/// The topics of a session's articles held compactly for ``TopicRanker``: each distinct name,
/// alias and role is stored once and named by an id, and each topic is a flat record of ids
/// and numbers.
///
/// Ranking the BBC set merged 77,000 topics, most of them names seen before; as `[Topic]`
/// every one held its own strings and alias array, and allocating, hashing and freeing those
/// was most of the ranking's time and memory.
struct TopicTable: Sendable {
  /// One article's topic; its strings are ids of ``text(_:)``. 16 bytes: which article it is
  /// in follows from its place (``articleID(of:)``), its kind, mentions and whether it has
  /// aliases or a role share 32 bits (``mentions(of:)``), and the few that have aliases or a
  /// role find them among the table's ``Extra``s (``aliases(of:)``, ``role(of:)``). With
  /// both kept in each entry (24 bytes), the entries of 1,000 BBC articles took 0.3 MB more.
  struct Entry: Sendable {
    var score: Double
    var name: Int32
    /// The kind in the low 3 bits, then whether the topic has an ``Extra``, the mentions above.
    var packed: Int32
  }

  /// What a topic with aliases or a role has beyond its ``Entry``.
  struct Extra: Sendable {
    var entry: Int32
    /// Where the topic's aliases end in ``aliasIDs``; they start where the previous extra's end.
    var aliasEnd: Int32
    /// The role's id, or -1 for none.
    var role: Int32
  }

  /// The mentions of topics too many (or too few) for ``Entry/packed``, by entry.
  private var unpackedMentions: [Int: Int] = [:]
  /// The extras of the topics that have aliases or a role, in entry order.
  private var extras: [Extra] = []

  /// Every topic, in article order and within an article in its stored order.
  private(set) var entries: [Entry] = []
  /// The ids of the topics' aliases, each topic's in a run of its own.
  private(set) var aliasIDs: [Int32] = []
  /// The ids of the articles, in the order they were added.
  private(set) var articles: [Int] = []
  /// By article: the index in ``entries`` of its first topic (of the next one's, when it has
  /// none).
  private var articleStarts: [Int32] = []
  /// By article: whether it is in German, whose key phrases decline (``TopicMerger``); empty
  /// while no German article was started.
  private var germanArticles: [Bool] = []
  /// Finds a string's id; nil once the table is sealed.
  private var interner: ByteInterner?
  /// The text of each id, decoded once.
  private(set) var texts: [String] = []

  /// An empty table with room for about `capacity` distinct strings and `topics` topics.
  init(capacity: Int = 1024, topics: Int = 0) {
    interner = ByteInterner(capacity: max(capacity, 16))
    texts.reserveCapacity(capacity)
    entries.reserveCapacity(topics)
  }

  /// The topics of `perArticle`, in that order, each article in the language `languages`
  /// gives its id (ISO 639-1; none for undetermined).
  init(_ perArticle: [(articleID: Int, topics: [Topic])], languages: [Int: String] = [:]) {
    let count = perArticle.reduce(0) { $0 + $1.topics.count }
    self.init(capacity: count, topics: count)
    for (articleID, topics) in perArticle {
      startArticle(articleID, language: languages[articleID] ?? "")
      append(topics)
    }
  }

  /// Appends `topics` to the article started last, the strings of each given ids in the
  /// order ``ArticleTopicsCodec`` reads them from a stored article (name, aliases, role), so
  /// that a table built from topics is the one read back from their bytes.
  mutating func append(_ topics: [Topic]) {
    // Read in place through the buffer: passing `topics[index]` on copied each topic and
    // destroyed the copy after, a retain and a release of each of its strings and of its
    // aliases (13 M instructions a load of the BBC set).
    topics.withUnsafeBufferPointer { topics in
      for index in topics.indices {
        let name = id(of: topics[index].name)
        for alias in topics[index].aliases { appendAlias(id(of: alias)) }
        append(
          name: name, kind: topics[index].kind, score: topics[index].score,
          mentions: topics[index].mentions, role: topics[index].role.map { id(of: $0) } ?? -1)
      }
    }
  }

  /// Appends the topics of the article `articleID`, written in `language`, as
  /// ``SessionStore`` reads them back once stored: an article without topics stores none, and
  /// so is not among the table's articles.
  mutating func appendStored(_ topics: [Topic], ofArticle articleID: Int, language: String) {
    guard !topics.isEmpty else { return }
    startArticle(articleID, language: language)
    append(topics)
  }

  /// The number of distinct strings.
  var stringCount: Int { texts.count }

  /// The string of `id`.
  func text(_ id: Int32) -> String { texts[Int(id)] }

  /// The id of the article of the topic `entry`: the last article started at or before it.
  func articleID(of entry: Int32) -> Int {
    var (low, high) = (0, articleStarts.count)
    while low < high {
      let middle = (low + high) / 2
      if articleStarts[middle] <= entry { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? articles[low - 1] : articles.first ?? 0
  }

  /// By entry, the position in ``articles`` of the topic's article, as ``articleID(of:)``
  /// finds it, in one pass (a search per topic cost 17 M instructions over the BBC set);
  /// empty when no article was started.
  func articlePositions() -> [Int32] {
    guard !articleStarts.isEmpty else { return [] }
    var positions = [Int32](repeating: 0, count: entries.count)
    for (article, start) in articleStarts.enumerated() {
      let next = article + 1 < articleStarts.count ? Int(articleStarts[article + 1]) : entries.count
      for entry in Int(start)..<max(Int(start), next) { positions[entry] = Int32(article) }
    }
    return positions
  }

  /// Where the aliases of the topic `entry` are in ``aliasIDs``.
  func aliases(of entry: Int) -> Range<Int> {
    guard let at = extra(of: entry) else { return 0..<0 }
    let start = at > 0 ? Int(extras[at - 1].aliasEnd) : 0
    return start..<max(start, Int(extras[at].aliasEnd))
  }

  /// The id of the role of the topic `entry`, -1 for none.
  func role(of entry: Int) -> Int32 {
    extra(of: entry).map { extras[$0].role } ?? -1
  }

  /// Where the extra of the topic `entry` is in ``extras``, nil when it has none.
  private func extra(of entry: Int) -> Int? {
    guard entries[entry].hasExtra else { return nil }
    var (low, high) = (0, extras.count)
    while low < high {
      let middle = (low + high) / 2
      if Int(extras[middle].entry) < entry { low = middle + 1 } else { high = middle }
    }
    return low < extras.count && Int(extras[low].entry) == entry ? low : nil
  }

  /// The id of the string whose UTF-8 bytes are `bytes` (decoded as `String(decoding:as:)`
  /// does, so that damaged bytes read as they would in a `Topic`).
  mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    if interner == nil { unseal() }
    guard let (id, isNew) = interner?.intern(bytes) else { return -1 }
    if isNew { texts.append(String(decoding: bytes, as: UTF8.self)) }
    return id
  }

  /// The id of `text`; a new one keeps `text` itself as its string, the bytes being the
  /// same (decoding them again cost 6 M instructions a load of the BBC set).
  mutating func id(of text: String) -> Int32 {
    if interner == nil { unseal() }
    // The bytes read in place where they are contiguous, as a native string's are (a copy
    // for `withUTF8` cost a retain and a release a string).
    guard let (id, isNew) = text.withUTF8Bytes({ interner?.intern($0) }) else { return -1 }
    if isNew { texts.append(text) }
    return id
  }

  /// Starts the topics of the article `articleID`, written in `language` (ISO 639-1); the
  /// topics appended next are its own.
  mutating func startArticle(_ articleID: Int, language: String = "") {
    let isGerman = language == "de"
    if isGerman && germanArticles.isEmpty {
      germanArticles = [Bool](repeating: false, count: articles.count)
    }
    if isGerman || !germanArticles.isEmpty { germanArticles.append(isGerman) }
    articles.append(articleID)
    articleStarts.append(Int32(entries.count))
  }

  /// Whether any article is in German.
  var hasGerman: Bool { !germanArticles.isEmpty }

  /// Whether the article at `position` in ``articles`` is in German.
  func isGerman(article position: Int) -> Bool {
    position >= 0 && position < germanArticles.count && germanArticles[position]
  }

  /// Appends one alias id for the topic that ``append(name:kind:score:mentions:role:)`` adds
  /// next.
  mutating func appendAlias(_ id: Int32) {
    aliasIDs.append(id)
  }

  /// Appends a topic of the article started last whose aliases are the ids given to
  /// ``appendAlias(_:)`` since the previous topic.
  mutating func append(name: Int32, kind: TopicKind, score: Double, mentions: Int, role: Int32) {
    let hasExtra = role >= 0 || aliasIDs.count > Int(extras.last?.aliasEnd ?? 0)
    if hasExtra {
      let entry = Int32(entries.count)
      extras.append(Extra(entry: entry, aliasEnd: Int32(aliasIDs.count), role: role))
    }
    let packed = Entry.pack(kind: kind, mentions: mentions, hasExtra: hasExtra)
    if packed == nil { unpackedMentions[entries.count] = mentions }
    entries.append(
      Entry(
        score: score, name: name,
        packed: packed ?? Entry.pack(kind: kind, hasExtra: hasExtra)))
  }

  /// The mentions of the topic `entry`.
  func mentions(of entry: Int) -> Int {
    entries[entry].packedMentions ?? unpackedMentions[entry] ?? 0
  }

  /// Frees what only adding strings needs (the table that finds a string's id); the ids and
  /// their strings stay.
  mutating func seal() {
    interner = nil
  }

  /// Finds the ids of the strings again, to add some to a sealed table.
  private mutating func unseal() {
    var interner = ByteInterner(capacity: texts.count)
    for var text in texts { _ = text.withUTF8 { interner.intern($0) } }
    self.interner = interner
  }

  /// A mark to come back to with ``rollBack(to:)``.
  var mark: (entries: Int, aliases: Int) { (entries.count, aliasIDs.count) }

  /// Drops the topics and aliases appended since `mark` (the article's bytes were damaged).
  mutating func rollBack(to mark: (entries: Int, aliases: Int)) {
    entries.removeLast(entries.count - mark.entries)
    aliasIDs.removeLast(aliasIDs.count - mark.aliases)
    while let last = extras.last, Int(last.entry) >= mark.entries { extras.removeLast() }
    if !unpackedMentions.isEmpty {
      unpackedMentions = unpackedMentions.filter { $0.key < mark.entries }
    }
  }
}
