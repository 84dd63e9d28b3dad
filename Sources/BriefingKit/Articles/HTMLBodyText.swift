import CLibXML2

/// Collects the paragraphs of an HTML subtree, leaving out page furniture.
///
/// Block elements (`p`, headings, `li`, `blockquote`, `pre`, `div`, …) start and end
/// paragraphs; inline text between them joins the current one. The walk uses its own stack,
/// so deeply nested pages cannot overflow the call stack.
struct HTMLBodyText {
  /// Elements whose whole subtree is dropped.
  static let skipped: Set<String> = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "textarea", "input", "iframe", "svg", "canvas", "figure", "video",
    "audio", "object", "embed", "menu", "dialog", "head", "title", "meta", "link",
  ]

  /// Elements that start and end a paragraph.
  static let blocks: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "div",
    "section", "article", "main", "body", "ul", "ol", "dl", "table", "tr", "td", "th", "br",
    "hr", "address", "center",
  ]

  /// Words in a class or id that mark furniture (share bars, related links, adverts, …).
  static let furnitureWords = [
    "share", "social", "related", "newsletter", "advert", "cookie", "comment", "promo",
    "subscribe", "breadcrumb", "sidebar", "signup", "paywall", "recommend", "most-read",
  ]

  private enum Step {
    case enter(xmlNodePtr)
    case leave
  }

  /// The paragraphs under `root`, cleaned and in document order.
  func paragraphs(in root: xmlNodePtr) -> [String] {
    var paragraphs: [String] = []
    var current = ""
    func flush() {
      let paragraph = Paragraphs.clean(current)
      if !paragraph.isEmpty { paragraphs.append(paragraph) }
      current = ""
    }
    var stack: [Step] = [.enter(root)]
    while let step = stack.popLast() {
      guard case .enter(let node) = step else {
        flush()
        continue
      }
      if let text = HTMLTree.text(of: node) {
        current += text
        continue
      }
      // The container itself may carry any class (`<body class="has-sidebar">`).
      guard let name = HTMLTree.name(of: node),
        node == root || !isFurniture(node, name: name)
      else { continue }
      let isBlock = Self.blocks.contains(name)
      if isBlock {
        flush()
        stack.append(.leave)
      }
      stack.append(contentsOf: HTMLTree.children(of: node).reversed().map { .enter($0) })
    }
    flush()
    return paragraphs
  }

  private func isFurniture(_ node: xmlNodePtr, name: String) -> Bool {
    if Self.skipped.contains(name) { return true }
    if HTMLTree.attribute("hidden", of: node) != nil { return true }
    if let role = HTMLTree.attribute("role", of: node)?.lowercased(),
      ["navigation", "banner", "contentinfo", "complementary", "search"].contains(role)
    {
      return true
    }
    let labels = [HTMLTree.attribute("class", of: node), HTMLTree.attribute("id", of: node)]
      .compactMap { $0?.lowercased() }.joined(separator: " ")
    guard !labels.isEmpty else { return false }
    // A plain byte search: String.contains(String) builds a search table on every call.
    let haystack = Array(labels.utf8)
    return Self.furnitureWords.contains { word in
      let needle = Array(word.utf8)
      guard haystack.count >= needle.count else { return false }
      return (0...(haystack.count - needle.count)).contains { start in
        haystack[start..<(start + needle.count)].elementsEqual(needle)
      }
    }
  }
}
