/// `topic NAME`: everything the session says about one topic.
struct TopicCommand: Command {
  static let name = "topic"
  static let usage = "topic NAME"
  static let abstract = "Show a topic's articles, key sentences, quotes and who is quoted on it."
  static let details =
    "The name may be any of the topic's forms (Putin or Vladimir Putin).\n\nExample:\n  topic \"strategic stability\""
  static let completion = CompletionSpec(values: [.topic])
  var topicName: String

  init(arguments: [String]) throws(CommandError) {
    guard !arguments.isEmpty else {
      throw .missingArgument(command: Self.name, argument: "a topic name", usage: Self.usage)
    }
    topicName = arguments.joined(separator: " ")
  }

  func run(in context: inout CommandContext) throws -> CommandOutput {
    let topics = try context.store.rankedTopics()
    guard let topic = TopicListing.find(topicName, in: topics) else {
      let near = topics.indices.prefix(200).map(topics.name(at:)).filter {
        EditDistance.between($0.lowercased(), topicName.lowercased()) <= 2
      }
      let hint = near.first.map { "; did you mean '\($0)'?" } ?? "; 'topics' lists them"
      throw TopicError.unknown(name: topicName, hint: hint)
    }
    let report = try TopicReport(topic: topic, store: context.store)
    return CommandOutput(report.rendered())
  }
}

/// Why `topic` found nothing.
enum TopicError: Error, CustomStringConvertible {
  /// No topic has that name or alias.
  case unknown(name: String, hint: String)

  var description: String {
    switch self {
    case .unknown(let name, let hint): return "no topic '\(name)'\(hint)"
    }
  }
}
