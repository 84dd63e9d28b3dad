/// A parsed JSON value; objects keep their keys in order and each value its line.
indirect enum JSONNode: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONNode])
  case object([(key: String, value: JSONNode, line: Int)])

  static func == (lhs: JSONNode, rhs: JSONNode) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count
        && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  /// What the value is, for messages: `a string`, `a number`, `an array`, ….
  var kind: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// A JSON syntax error at a 1-based line and column.
struct JSONSyntaxError: Error, Equatable {
  var line: Int
  var column: Int
  var reason: String
}
