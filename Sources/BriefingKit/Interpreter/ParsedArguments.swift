/// A command's words sorted into flags, options with values and positional arguments.
///
/// Commands declare what they accept; anything else is an error naming the word and giving the
/// usage line. `--` ends the options.
public struct ParsedArguments: Sendable {
  public private(set) var positionals: [String] = []
  private var flags: Set<String> = []
  private var values: [String: [String]] = [:]
  private let command: String

  /// Sorts `arguments` for the command `type`.
  /// - Parameters:
  ///   - flags: options without a value (`--json`).
  ///   - options: options that take the next word as value (`--limit`).
  public init<C: Command>(
    _ arguments: [String], for type: C.Type, flags: Set<String> = [], options: Set<String> = []
  ) throws(CommandError) {
    command = C.name
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      guard !optionsEnded, word.hasPrefix("--"), word.count > 2 else {
        if word == "--" && !optionsEnded {
          optionsEnded = true
        } else {
          positionals.append(word)
        }
        continue
      }
      var name = word
      var inlineValue: String?
      if let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        inlineValue = String(word[word.index(after: equals)...])
      }
      if flags.contains(name), inlineValue == nil {
        self.flags.insert(name)
      } else if options.contains(name) {
        guard let value = inlineValue ?? (index < arguments.count ? arguments[index] : nil) else {
          throw .missingArgument(command: C.name, argument: "a value for \(name)", usage: C.usage)
        }
        if inlineValue == nil { index += 1 }
        values[name, default: []].append(value)
      } else {
        throw .unknownOption(command: C.name, option: word, usage: C.usage)
      }
    }
  }

  /// Whether the flag was given.
  public func has(_ flag: String) -> Bool { flags.contains(flag) }

  /// The last value given for an option.
  public func value(_ option: String) -> String? { values[option]?.last }

  /// Every value given for a repeatable option, in order.
  public func allValues(_ option: String) -> [String] { values[option] ?? [] }

  /// The option's value as a number of items to show, 1 or more: a listing cut to none would
  /// read as having nothing to list (`--limit 0` printed `no quotes` in a session full of them).
  public func limit(_ option: String) throws(CommandError) -> Int? {
    guard let number = try count(option) else { return nil }
    guard number > 0 else {
      throw .invalidValue(
        command: command, argument: value(option) ?? "0",
        reason: "\(option) takes a number of 1 or more")
    }
    return number
  }

  /// The option's value as a whole number, 0 or more.
  public func count(_ option: String) throws(CommandError) -> Int? {
    guard let text = value(option) else { return nil }
    guard let number = Int(text), number >= 0 else {
      throw .invalidValue(
        command: command, argument: text, reason: "\(option) takes a whole number")
    }
    return number
  }

  /// The option's value, which must be one of `choices`.
  public func choice(_ option: String, in choices: [String]) throws(CommandError) -> String? {
    guard let text = value(option) else { return nil }
    guard choices.contains(text) else {
      let list = choices.joined(separator: ", ")
      throw .invalidValue(
        command: command, argument: text, reason: "\(option) takes one of \(list)")
    }
    return text
  }
}
