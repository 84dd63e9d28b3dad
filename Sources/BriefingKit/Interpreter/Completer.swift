/// Tab completion: what may follow the text before the cursor.
public struct Completer: Sendable {
  public init() {}

  /// Candidates for the word under the cursor, each a whole replacement for that word.
  /// - Returns: the word being completed and the sorted candidates that start with it.
  public func candidates(for line: String, in context: CommandContext) -> (
    word: String, candidates: [String]
  ) {
    let (before, word) = Self.split(line)
    guard let commandName = before.first else {
      return (word, CommandRegistry.all.map { $0.name }.filter { $0.hasPrefix(word) }.sorted())
    }
    guard let command = CommandRegistry.command(named: commandName) else { return (word, []) }
    let spec = command.completion
    if let name = wholeLineName(line, spec: spec) {
      return (name, values(.topic, matching: name, in: context))
    }
    if word.hasPrefix("-") {
      return (word, spec.flags.filter { $0.hasPrefix(word) })
    }
    if let flag = before.last, let value = spec.flagValues[flag] {
      return (word, values(value, matching: word, in: context))
    }
    let flagsWithValues = Set(spec.flagValues.keys)
    var position = 0
    var index = 1
    while index < before.count {
      if flagsWithValues.contains(before[index]) {
        index += 2
      } else {
        if !before[index].hasPrefix("--") { position += 1 }
        index += 1
      }
    }
    guard !spec.values.isEmpty else { return (word, word.isEmpty ? spec.flags : []) }
    let value = spec.values[min(position, spec.values.count - 1)]
    if case .words = value, position > 0, spec.values.count == 1,
      commandName == "pin" || commandName == "unpin"
    {
      return (word, pinTargets(kind: before[1], matching: word, in: context))
    }
    return (word, values(value, matching: word, in: context))
  }

  /// The words before the one under the cursor, and that word as typed (empty after a blank).
  /// A word opened with a quote not yet closed runs to the end of the line, blanks and all:
  /// `quotes --speaker "Bill ` is what a first Tab leaves when two speakers share a first
  /// name, and the next Tab must complete that name, not start a new word after it.
  static func split(_ line: String) -> (before: [String], word: String) {
    if let open = openQuote(in: line) {
      let head = String(line.unicodeScalars[..<open])
      let before = (try? Words.split(head)) ?? head.split(separator: " ").map(String.init)
      return (before, String(line.unicodeScalars[open...]))
    }
    let endsWithBlank = line.last.map { $0 == " " || $0 == "\t" } ?? true
    let words = (try? Words.split(line)) ?? line.split(separator: " ").map(String.init)
    let word = endsWithBlank ? "" : (words.last ?? "")
    return (endsWithBlank ? words : Array(words.dropLast()), word)
  }

  /// Where the quote that `line` leaves open starts, if it leaves one open (read as
  /// ``Words/split(_:)`` reads quotes and backslashes).
  private static func openQuote(in line: String) -> String.UnicodeScalarView.Index? {
    let scalars = line.unicodeScalars
    var open: (index: String.UnicodeScalarView.Index, mark: Unicode.Scalar)?
    var escaping = false
    for index in scalars.indices {
      let scalar = scalars[index]
      if escaping {
        escaping = false
      } else if let quote = open {
        if scalar == quote.mark {
          open = nil
        } else if scalar == "\\" && quote.mark == "\"" {
          escaping = true
        }
      } else if scalar == "\\" {
        escaping = true
      } else if scalar == "\"" || scalar == "'" {
        open = (index, scalar)
      }
    }
    return open?.index
  }

  /// What has been typed of a name that is the rest of the line (`topic Charles Cl`): the
  /// words after the command, when there are two or more, unquoted or after an opening `"`
  /// not yet closed (`topic "Olivier Beauvill`, which a first Tab leaves when two names share
  /// it); nil otherwise. Tab then completes the whole name, not its last word.
  private func wholeLineName(_ line: String, spec: CompletionSpec) -> String? {
    guard spec.flags.isEmpty, spec.values.count == 1, case .topic = spec.values[0],
      let command = line.firstIndex(where: { $0 != " " && $0 != "\t" })
    else { return nil }
    let afterCommand = line[command...].drop { $0 != " " && $0 != "\t" }
    let typed = afterCommand.drop { $0 == " " || $0 == "\t" }
    guard typed.contains(" ") else { return nil }
    if typed.first == "\"", !typed.dropFirst().contains("\"") { return String(typed) }
    guard !typed.contains("\""), !typed.contains("'") else { return nil }
    return String(typed)
  }

  private func pinTargets(kind: String, matching word: String, in context: CommandContext)
    -> [String]
  {
    switch kind {
    case "quote": return values(.quoteID, matching: word, in: context)
    case "topic": return values(.topic, matching: word, in: context)
    case "article": return values(.articleID, matching: word, in: context)
    default: return []
    }
  }

  private func values(
    _ value: CompletionSpec.Value, matching word: String, in context: CommandContext
  ) -> [String] {
    let all: [String]
    switch value {
    case .command: all = CommandRegistry.all.map { $0.name }
    case .words(let words): all = words
    case .field: all = MemoFields.names
    case .articleID: all = ((try? context.store.articles()) ?? []).map { String($0.article.id) }
    case .quoteID: all = (try? context.store.quoteIDs()) ?? []
    case .speaker:
      let names = (try? context.store.distinctQuoteNames().speakers) ?? []
      return Self.names(names, matching: word)
    case .topic:
      guard let ranked = try? context.store.rankedTopics() else { return [] }
      return Self.rankedNames(ranked.indices.lazy.map(ranked.name(at:)), matching: word)
    case .template:
      all = ((try? MemoRenderer(directories: context.templateDirectories).templates()) ?? [])
        .map(\.name)
    case .path: return paths(matching: word, in: context)
    }
    let lowered = word.lowercased()
    return all.filter {
      $0.lowercased().hasPrefix(lowered) || $0.lowercased().hasPrefix("\"" + lowered)
    }
  }

  /// Names (speakers, topics) for the word typed so far, quoted for the command line: those
  /// that start with it first, then those with a later word that does (`Ush` gives `"Yuri
  /// Ushakov"`), since analysts think of people by surname.
  static func names(_ names: [String], matching word: String) -> [String] {
    var typed = Substring(word.lowercased())
    if typed.first == "\"" { typed = typed.dropFirst() }
    var starts: [String] = []
    var inside: [String] = []
    for name in names {
      let lowered = name.lowercased()
      if lowered.hasPrefix(typed) {
        starts.append(Words.quote(name))
      } else if !typed.isEmpty, laterWordStarts(with: typed, in: lowered) {
        inside.append(Words.quote(name))
      }
    }
    return starts + inside
  }

  /// Names in rank order for the word typed so far: among the best-ranked `first` the ones
  /// that match, else any further down that do (`topic Beauv` finds an analyst quoted in one
  /// story of a session whose 200 best topics are others), so a short prefix stays a short
  /// list of what matters while any name in the session can be reached.
  static func rankedNames(
    _ ranked: some Collection<String>, first: Int = 200, matching word: String
  ) -> [String] {
    let best = names(Array(ranked.prefix(first)), matching: word)
    guard best.isEmpty, !word.isEmpty else { return best }
    return names(Array(ranked.dropFirst(first)), matching: word)
  }

  /// True when a word of `name` after its first (after a space or a hyphen) starts with
  /// `typed`: `ush` in `yuri ushakov`.
  static func laterWordStarts(with typed: Substring, in name: String) -> Bool {
    var rest = Substring(name)
    while let space = rest.firstIndex(where: { $0 == " " || $0 == "-" }) {
      rest = rest[rest.index(after: space)...]
      if rest.hasPrefix(typed) { return true }
    }
    return false
  }

  /// Files and folders for the path typed so far, quoted for the command line where they need
  /// it (`"Morning news/`): a folder's quote stays open so that Tab can go on into it.
  private func paths(matching word: String, in context: CommandContext) -> [String] {
    var typed = word
    if let mark = typed.unicodeScalars.first, mark == "\"" || mark == "'" {
      typed = String(typed.unicodeScalars.dropFirst())
    }
    let slash = typed.lastIndex(of: "/")
    let folder = slash.map { String(typed[...$0]) } ?? ""
    let stem = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
    return context.files.entries(in: folder)
      .filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }
      .map { name in
        let path = folder + name
        let quoted = Words.quote(path)
        guard quoted != path || typed != word else { return path }
        // A folder's closing quote is left off; a plain path typed after a quote gets one.
        let open = quoted.hasPrefix("\"") ? quoted : "\"" + path + "\""
        return path.hasSuffix("/") ? String(open.dropLast()) : open
      }
  }
}
