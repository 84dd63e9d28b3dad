/// Tab completion: what may follow the text before the cursor.
public struct Completer: Sendable {
  public init() {}

  /// Candidates for the word under the cursor, each a whole replacement for that word.
  /// - Returns: the word being completed and the sorted candidates that start with it.
  public func candidates(for line: String, in context: CommandContext) -> (
    word: String, candidates: [String]
  ) {
    let endsWithBlank = line.last.map { $0 == " " || $0 == "\t" } ?? true
    let words = (try? Words.split(line)) ?? line.split(separator: " ").map(String.init)
    let word = endsWithBlank ? "" : (words.last ?? "")
    let before = endsWithBlank ? words : Array(words.dropLast())
    guard let commandName = before.first else {
      return (word, CommandRegistry.all.map { $0.name }.filter { $0.hasPrefix(word) }.sorted())
    }
    guard let command = CommandRegistry.command(named: commandName) else { return (word, []) }
    let spec = command.completion
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
      all = ((try? context.store.distinctQuoteNames().speakers) ?? []).map { Words.quote($0) }
    case .topic:
      all = ((try? context.store.sessionTopics()) ?? []).prefix(200).map { Words.quote($0.name) }
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

  private func paths(matching word: String, in context: CommandContext) -> [String] {
    let slash = word.lastIndex(of: "/")
    let folder = slash.map { String(word[...$0]) } ?? ""
    let stem = slash.map { String(word[word.index(after: $0)...]) } ?? word
    return context.files.entries(in: folder)
      .filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }
      .map { folder + $0 }
  }
}
