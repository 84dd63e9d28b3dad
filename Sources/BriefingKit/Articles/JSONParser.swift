/// A small JSON parser over UTF-8 bytes that reports errors by line and column.
///
/// Nesting is limited to ``maxDepth`` levels so hostile input cannot exhaust the stack.
///
/// - Complexity: O(n) in the number of bytes.
struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  static let maxDepth = 64

  let bytes: [UInt8]
  var index = 0
  private var line: Int
  private var lineStart = 0

  /// A parser over `bytes`, counting lines from `firstLine`.
  init(_ bytes: [UInt8], firstLine: Int = 1) {
    self.bytes = bytes
    self.line = firstLine
  }

  /// Parses one value that must fill the whole input (white space aside).
  mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
    let value = try parseValue(depth: 0)
    skipSpaces()
    guard index >= bytes.count else { throw error("extra text after the JSON value") }
    return value
  }

  /// The 1-based line the parser is on.
  var currentLine: Int { line }

  func error(_ reason: String) -> JSONSyntaxError {
    // Columns count scalars: skip UTF-8 continuation bytes.
    var column = 1
    var position = lineStart
    while position < index && position < bytes.count {
      if bytes[position] & 0xC0 != 0x80 { column += 1 }
      position += 1
    }
    return JSONSyntaxError(line: line, column: column, reason: reason)
  }

  private mutating func skipSpaces() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
    skipSpaces()
    guard index < bytes.count else { throw error("unexpected end of file; expected a value") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
    case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try parseLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("unexpected \(describe(at: index)); expected a value")
    }
  }

  private func describe(at position: Int) -> String {
    guard position < bytes.count else { return "end of file" }
    let byte = bytes[position]
    guard byte >= 0x20 && byte < 0x7F else { return "character" }
    return "character '\(Character(Unicode.Scalar(byte)))'"
  }

  private mutating func parseLiteral(_ word: String, _ value: JSONNode) throws(JSONSyntaxError)
    -> JSONNode
  {
    let expected = Array(word.utf8)
    guard bytes.count - index >= expected.count,
      Array(bytes[index..<(index + expected.count)]) == expected
    else { throw error("unexpected \(describe(at: index)); expected a value") }
    index += expected.count
    return value
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNode {
    let start = index
    let allowed = Array("+-.eE0123456789".utf8)
    while index < bytes.count, allowed.contains(bytes[index]) { index += 1 }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let number = Double(text), text.first != "+" else {
      index = start
      throw error("invalid number '\(text)'")
    }
    return .number(number)
  }

  private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONNode {
    guard depth <= Self.maxDepth else { throw error("nesting deeper than \(Self.maxDepth) levels") }
    index += 1
    var items: [JSONNode] = []
    skipSpaces()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(items)
    }
    while true {
      items.append(try parseValue(depth: depth))
      skipSpaces()
      guard index < bytes.count else { throw error("unexpected end of file; expected ',' or ']'") }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      }
      guard bytes[index] == UInt8(ascii: ",") else {
        throw error("expected ',' or ']' after a value")
      }
      index += 1
    }
  }

  private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONNode {
    guard depth <= Self.maxDepth else { throw error("nesting deeper than \(Self.maxDepth) levels") }
    index += 1
    var members: [(key: String, value: JSONNode, line: Int)] = []
    skipSpaces()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipSpaces()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error("expected a quoted key, found \(describe(at: index))")
      }
      let keyLine = line
      let key = try parseString()
      skipSpaces()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error("expected ':' after the key '\(key)'")
      }
      index += 1
      members.append((key, try parseValue(depth: depth), keyLine))
      skipSpaces()
      guard index < bytes.count else { throw error("unexpected end of file; expected ',' or '}'") }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      guard bytes[index] == UInt8(ascii: ",") else {
        throw error("expected ',' or '}' after a value")
      }
      index += 1
    }
  }
}
