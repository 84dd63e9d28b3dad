/// The one list of commands: the interpreter, `help` and completion all read it.
public enum CommandRegistry {
  public static let all: [any Command.Type] = [
    HelpCommand.self, LoadCommand.self, ArticlesCommand.self, ShowCommand.self,
    DropCommand.self, ClearCommand.self, SearchCommand.self, QuotesCommand.self,
    SpeakersCommand.self, TopicsCommand.self, TopicCommand.self, MemoCommand.self,
    TemplatesCommand.self, SetCommand.self, UnsetCommand.self, FieldsCommand.self,
    NoteCommand.self, NotesCommand.self, PinCommand.self, UnpinCommand.self, PinsCommand.self,
    SaveCommand.self, OpenCommand.self, SourceCommand.self, OutputCommand.self,
    TimerCommand.self, HistoryCommand.self, QuitCommand.self, ExitCommand.self,
  ]

  /// The command called `name`.
  public static func command(named name: String) -> (any Command.Type)? {
    all.first { $0.name == name }
  }

  /// The command name closest to `word`, if one is close enough to be a typo of it.
  public static func suggestion(for word: String) -> String? {
    let lowered = word.lowercased()
    var best: (name: String, distance: Int)?
    for command in all {
      let distance = EditDistance.between(lowered, command.name)
      if distance < (best?.distance ?? Int.max) { best = (command.name, distance) }
    }
    guard let best else { return nil }
    let allowed = word.count >= 4 ? 2 : 1
    let isPrefix = word.count >= 2 && all.contains { $0.name.hasPrefix(lowered) }
    if isPrefix, let match = all.first(where: { $0.name.hasPrefix(lowered) }) { return match.name }
    return best.distance <= allowed ? best.name : nil
  }
}

/// Levenshtein distance over Unicode scalars, for did-you-mean hints.
enum EditDistance {
  static func between(_ a: String, _ b: String) -> Int {
    let left = Array(a.unicodeScalars)
    let right = Array(b.unicodeScalars)
    guard !left.isEmpty else { return right.count }
    guard !right.isEmpty else { return left.count }
    var previous = Array(0...right.count)
    var current = previous
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let cost = left[i - 1] == right[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }
}
