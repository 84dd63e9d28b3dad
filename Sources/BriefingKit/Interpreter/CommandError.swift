/// Why a command line could not be run as typed.
public enum CommandError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The first word names no command; carries the closest command name, if any is close.
  case unknownCommand(String, suggestion: String?)
  /// A required argument is missing.
  case missingArgument(command: String, argument: String, usage: String)
  /// More arguments than the command takes.
  case unexpectedArgument(command: String, argument: String, usage: String)
  /// A flag the command does not know.
  case unknownOption(command: String, option: String, usage: String)
  /// A flag or argument has a value the command cannot use.
  case invalidValue(command: String, argument: String, reason: String)
  /// A quote in the line is never closed.
  case unterminatedQuote
  /// The line ends with a lone backslash.
  case danglingEscape
  /// A command was cancelled by Ctrl-C; the session is as it was before it.
  case cancelled(command: String)
  /// A `source` chain refers back to itself.
  case sourceLoop(path: String)
  /// A command that would discard work was given without its confirming flag.
  case unconfirmed(command: String, reason: String)

  public var description: String {
    switch self {
    case .unknownCommand(let name, let suggestion):
      let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "; type 'help' for the commands"
      return "unknown command '\(name)'\(hint)"
    case .missingArgument(let command, let argument, let usage):
      return "\(command): missing \(argument)\nusage: \(usage)"
    case .unexpectedArgument(let command, let argument, let usage):
      return "\(command): unexpected argument '\(argument)'\nusage: \(usage)"
    case .unknownOption(let command, let option, let usage):
      return "\(command): unknown option '\(option)'\nusage: \(usage)"
    case .invalidValue(let command, let argument, let reason):
      return "\(command): invalid value '\(argument)': \(reason)"
    case .unterminatedQuote:
      return "unterminated quote; close it or escape it with a backslash"
    case .danglingEscape:
      return "the line ends with a lone backslash"
    case .cancelled(let command):
      return "\(command): cancelled; the session is unchanged"
    case .sourceLoop(let path):
      return "'\(path)' sources itself; stopping the loop"
    case .unconfirmed(let command, let reason):
      return "\(command): \(reason)"
    }
  }
}
