import CLibXML2

/// Reads an HTML article with libxml2's forgiving HTML parser.
///
/// Title from `og:title`, the first `<h1>` or `<title>`; date from `article:published_time`,
/// `<time datetime>` or a meta date; source from `og:site_name` (else the site `<title>` names
/// after the headline); author from meta author; url
/// from `og:url` or the canonical link; language from `<html lang>`. The body is the text of
/// the paragraphs, headings, list items and quotations inside `<article>` (else `<main>`, else
/// `<body>`), leaving out scripts, styles, navigation, headers, footers, asides, forms,
/// comments and page furniture such as share bars. Entities are decoded by the parser.
struct HTMLReader: Sendable {
  /// False when libxml2 cannot be opened: it is loaded on first use, not linked at start.
  static var isAvailable: Bool { shim_xml_available() != 0 }

  /// The article in `html`; path is not set, language only when the page declares it.
  func article(from html: String) -> Article {
    var utf8 = Array(html.utf8)
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
    let document = utf8.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          shim_html_read_memory($0, Int32(clamping: buffer.count), options)
        }
      } ?? nil
    }
    guard let document else { return Article(title: "", paragraphs: []) }
    defer { shim_xml_free_doc(document) }
    guard let root = shim_xml_root_element(document) else {
      return Article(title: "", paragraphs: [])
    }
    var metadata = HTMLMetadata()
    metadata.collect(from: root)
    var paragraphs = Self.bodyParagraphs(in: root)
    let title = metadata.title ?? ""
    if let first = paragraphs.first, first == title { paragraphs.removeFirst() }
    return Article(
      title: title, date: metadata.date, source: metadata.siteName,
      authors: metadata.authors, url: metadata.url,
      language: metadata.language ?? "und", paragraphs: paragraphs)
  }
}

extension HTMLReader {
  /// The paragraphs of the `<article>` with the most text, else of `<main>`, else `<body>`.
  static func bodyParagraphs(in root: xmlNodePtr) -> [String] {
    let reader = HTMLBodyText()
    var best: [String] = []
    var bestLength = 0
    for article in HTMLTree.elements(named: "article", in: root).prefix(50) {
      let paragraphs = reader.paragraphs(in: article)
      let length = paragraphs.reduce(0) { $0 + $1.utf8.count }
      if length > bestLength {
        best = paragraphs
        bestLength = length
      }
    }
    if bestLength > 0 { return best }
    let container =
      HTMLTree.firstElement(named: ["main"], in: root)
      ?? HTMLTree.firstElement(named: ["body"], in: root) ?? root
    return reader.paragraphs(in: container)
  }
}

/// Small helpers over libxml2 nodes.
enum HTMLTree {
  /// The lower-case element name, or nil for non-elements.
  static func name(of node: xmlNodePtr) -> String? {
    guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
    return String(cString: name).lowercased()
  }

  /// The value of an attribute, if present.
  static func attribute(_ attribute: String, of node: xmlNodePtr) -> String? {
    guard let value = shim_xml_get_prop(node, attribute) else { return nil }
    defer { shim_xml_free(value) }
    return String(cString: value)
  }

  /// The text of a text or CDATA node.
  static func text(of node: xmlNodePtr) -> String? {
    let type = node.pointee.type
    guard type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE,
      let content = node.pointee.content
    else { return nil }
    return String(cString: content)
  }

  /// The node's children in document order.
  static func children(of node: xmlNodePtr) -> [xmlNodePtr] {
    var children: [xmlNodePtr] = []
    var child = node.pointee.children
    while let current = child {
      children.append(current)
      child = current.pointee.next
    }
    return children
  }

  /// The first element (document order) with one of `names`, searched without recursion.
  static func firstElement(named names: Set<String>, in root: xmlNodePtr) -> xmlNodePtr? {
    var stack: [xmlNodePtr] = [root]
    while let node = stack.popLast() {
      if let name = name(of: node), names.contains(name) { return node }
      stack.append(contentsOf: children(of: node).reversed())
    }
    return nil
  }

  /// Every element called `name`, in document order, searched without recursion.
  static func elements(named name: String, in root: xmlNodePtr) -> [xmlNodePtr] {
    var found: [xmlNodePtr] = []
    var stack: [xmlNodePtr] = [root]
    while let node = stack.popLast() {
      if self.name(of: node) == name { found.append(node) }
      stack.append(contentsOf: children(of: node).reversed())
    }
    return found
  }

  /// All the text under `node`, white space collapsed, skipping scripts and styles.
  static func textContent(of node: xmlNodePtr) -> String {
    var parts: [String] = []
    var stack: [xmlNodePtr] = [node]
    while let current = stack.popLast() {
      if let text = text(of: current) {
        parts.append(text)
        continue
      }
      if let name = name(of: current), ["script", "style", "template"].contains(name) {
        continue
      }
      stack.append(contentsOf: children(of: current).reversed())
    }
    return Paragraphs.clean(parts.joined())
  }
}
