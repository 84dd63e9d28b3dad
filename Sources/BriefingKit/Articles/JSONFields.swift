/// Typed access to the members of one JSON article object, with errors naming the line.
struct JSONFields {
  var path: String
  var members: [(key: String, value: JSONNode, line: Int)]

  /// The first present member among `keys` (matched without regard to case), `null` skipped.
  private func member(_ keys: [String]) -> (key: String, value: JSONNode, line: Int)? {
    for key in keys {
      let lower = key.lowercased()
      if let found = members.first(where: { $0.key.lowercased() == lower }),
        found.value != .null
      {
        return found
      }
    }
    return nil
  }

  private func wrongType(
    _ found: (key: String, value: JSONNode, line: Int), expected: String
  ) -> ArticleError {
    .wrongFieldType(
      path: path, line: found.line, field: found.key, expected: expected,
      found: found.value.kind)
  }

  /// A string field.
  func string(_ keys: [String]) throws(ArticleError) -> String? {
    guard let found = member(keys) else { return nil }
    guard case .string(let value) = found.value else {
      throw wrongType(found, expected: "a string")
    }
    let trimmed = value.trimmingSpaces
    return trimmed.isEmpty ? nil : trimmed
  }

  /// The body: a string split at blank lines, or an array of paragraph strings.
  func paragraphs(_ keys: [String]) throws(ArticleError) -> [String] {
    guard let found = member(keys) else { return [] }
    switch found.value {
    case .string(let text): return Paragraphs.split(plainText: text)
    case .array(let items):
      var paragraphs: [String] = []
      for item in items {
        guard case .string(let text) = item else {
          throw wrongType(found, expected: "a string or an array of strings")
        }
        paragraphs.append(contentsOf: Paragraphs.split(plainText: text))
      }
      return paragraphs
    default: throw wrongType(found, expected: "a string or an array of strings")
    }
  }

  /// Names: a string (comma-separated allowed), an object with `name`, or an array of those.
  func named(_ keys: [String]) throws(ArticleError) -> [String] {
    guard let found = member(keys) else { return [] }
    let expected = "a string, an object with a name, or an array of them"
    func names(in value: JSONNode) -> [String]? {
      switch value {
      case .string(let text):
        return text.split(separator: ",").map { Paragraphs.clean($0, decodingReferences: true) }
          .filter { !$0.isEmpty }
      case .object(let inner):
        guard let name = inner.first(where: { $0.key == "name" }),
          case .string(let text) = name.value
        else { return nil }
        return [Paragraphs.clean(text, decodingReferences: true)].filter { !$0.isEmpty }
      default: return nil
      }
    }
    if case .array(let items) = found.value {
      var result: [String] = []
      for item in items {
        guard let some = names(in: item) else { throw wrongType(found, expected: expected) }
        result.append(contentsOf: some)
      }
      return result
    }
    guard let some = names(in: found.value) else { throw wrongType(found, expected: expected) }
    return some
  }
}
