/// One interpreter command; each lives in `Commands/` and is listed in ``CommandRegistry/all``.
public protocol Command: Sendable {
  /// The word that runs it (`load`).
  static var name: String { get }
  /// The usage line (`load PATH...`).
  static var usage: String { get }
  /// One line for `help`.
  static var abstract: String { get }
  /// Options and an example for `help CMD`; empty when there is nothing to add.
  static var details: String { get }
  /// What tab completion offers for the arguments.
  static var completion: CompletionSpec { get }
  /// Parses the words after the command name.
  init(arguments: [String]) throws(CommandError)
  /// Runs the command against the session.
  func run(in context: inout CommandContext) throws -> CommandOutput
}

extension Command {
  public static var details: String { "" }
  public static var completion: CompletionSpec { CompletionSpec() }
}

/// What tab completion offers after a command name.
public struct CompletionSpec: Sendable {
  /// Kinds of value a positional argument can take.
  public enum Value: Sendable, Equatable {
    case path, articleID, quoteID, template, field, topic, speaker, command
    case words([String])
  }

  /// Flags the command accepts (`--json`).
  public var flags: [String]
  /// What positional arguments are, in order; the last one repeats.
  public var values: [Value]
  /// What follows each option that takes a value (`.words([])` for free text).
  public var flagValues: [String: Value]

  public init(flags: [String] = [], values: [Value] = [], flagValues: [String: Value] = [:]) {
    self.flags = flags
    self.values = values
    self.flagValues = flagValues
  }
}
