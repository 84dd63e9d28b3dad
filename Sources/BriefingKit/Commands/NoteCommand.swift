/// `note TEXT [--confidence LEVEL]` adds a key judgment; `note drop N` removes one.
struct NoteCommand: Command {
  static let name = "note"
  static let usage = "note TEXT... [--confidence high|moderate|low] | note drop N"
  static let abstract = "Add a key judgment to the memo (or drop one)."
  static let details =
    "Example:\n  note Talks are likely within days --confidence moderate\n  note drop 2"
  static let completion = CompletionSpec(
    flags: ["--confidence"], flagValues: ["--confidence": .words(["high", "moderate", "low"])])
  var note: MemoNote?
  var dropNumber: Int?

  init(arguments: [String]) throws(CommandError) {
    if arguments.first == "drop", arguments.count == 2 {
      guard let number = Int(arguments[1]), number >= 1 else {
        throw .invalidValue(
          command: Self.name, argument: arguments[1], reason: "give a note number")
      }
      dropNumber = number
      return
    }
    let parsed = try ParsedArguments(arguments, for: Self.self, options: ["--confidence"])
    guard !parsed.positionals.isEmpty else {
      throw .missingArgument(command: Self.name, argument: "the judgment's text", usage: Self.usage)
    }
    let level = try parsed.choice("--confidence", in: MemoNote.Confidence.allCases.map(\.rawValue))
    note = MemoNote(
      text: parsed.positionals.joined(separator: " "),
      confidence: level.flatMap(MemoNote.Confidence.init(rawValue:)))
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    if let dropNumber {
      guard try context.store.dropNote(number: dropNumber) else {
        throw CommandError.invalidValue(
          command: Self.name, argument: String(dropNumber),
          reason: "no such note; 'notes' lists them")
      }
      return CommandOutput()
    }
    if let note { try context.store.addNote(note) }
    return CommandOutput()
  }
}
