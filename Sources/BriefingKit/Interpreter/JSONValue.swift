/// A JSON document built in code and written compactly; every `--json` output goes through it,
/// so stdout carries exactly one valid document.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  /// Keys keep their order.
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.rendered() == rhs.rendered()
  }

  /// A string, or null when nil.
  public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

  /// An int, or null when nil.
  public static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

  /// The document as JSON text.
  public func rendered() -> String {
    var text = ""
    write(to: &text)
    return text
  }

  private func write(to text: inout String) {
    switch self {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .int(let value): text += String(value)
    case .double(let value):
      text += value.isFinite ? String((value * 10_000).rounded() / 10_000) : "null"
    case .string(let value): text += JSONWriter.quoted(value)
    case .array(let items):
      text += "["
      for (index, item) in items.enumerated() {
        if index > 0 { text += "," }
        item.write(to: &text)
      }
      text += "]"
    case .object(let pairs):
      text += "{"
      for (index, (key, value)) in pairs.enumerated() {
        if index > 0 { text += "," }
        text += JSONWriter.quoted(key) + ":"
        value.write(to: &text)
      }
      text += "}"
    }
  }
}

/// JSON string quoting.
public enum JSONWriter {
  /// `text` as a JSON string literal, control characters escaped.
  public static func quoted(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    out.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out.append(contentsOf: "\\\"".unicodeScalars)
      case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
      case "\n": out.append(contentsOf: "\\n".unicodeScalars)
      case "\r": out.append(contentsOf: "\\r".unicodeScalars)
      case "\t": out.append(contentsOf: "\\t".unicodeScalars)
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out.append(
            contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        } else {
          out.append(scalar)
        }
      }
    }
    out.append("\"")
    return String(out)
  }
}
