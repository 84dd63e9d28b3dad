import CLibXML2

/// The metadata of an HTML page: Open Graph and meta tags, `<title>`, `<h1>`, `<time>`.
struct HTMLMetadata {
  private var meta: [String: String] = [:]
  private var titleElement: String?
  private var firstHeading: String?
  private var firstTime: String?
  private var canonical: String?
  private var htmlLanguage: String?
  private var linkedData: LinkedData?

  /// Walks the whole document once, keeping the first value of each kind.
  mutating func collect(from root: xmlNodePtr) {
    htmlLanguage = HTMLTree.attribute("lang", of: root) ?? HTMLTree.attribute("xml:lang", of: root)
    var stack: [xmlNodePtr] = [root]
    while let node = stack.popLast() {
      guard let name = HTMLTree.name(of: node) else { continue }
      switch name {
      case "meta": record(meta: node)
      case "title": if titleElement == nil { titleElement = HTMLTree.textContent(of: node) }
      case "h1": if firstHeading == nil { firstHeading = HTMLTree.textContent(of: node) }
      case "time":
        if firstTime == nil { firstTime = HTMLTree.attribute("datetime", of: node) }
      case "link":
        let rel = HTMLTree.attribute("rel", of: node)?.lowercased()
        if rel == "canonical", canonical == nil { canonical = HTMLTree.attribute("href", of: node) }
      case "script":
        let type = HTMLTree.attribute("type", of: node)?.lowercased() ?? ""
        if type.contains("ld+json"), linkedData == nil {
          linkedData = LinkedData(json: Self.rawText(of: node))
        }
        continue
      case "style": continue
      default: break
      }
      stack.append(contentsOf: HTMLTree.children(of: node).reversed())
    }
  }

  /// The text of a script element's children, as written.
  private static func rawText(of node: xmlNodePtr) -> String {
    var text = ""
    var child = node.pointee.children
    while let current = child {
      text += HTMLTree.text(of: current) ?? ""
      child = current.pointee.next
    }
    return text
  }

  private mutating func record(meta node: xmlNodePtr) {
    guard
      let key =
        (HTMLTree.attribute("property", of: node) ?? HTMLTree.attribute("name", of: node)
        ?? HTMLTree.attribute("itemprop", of: node))?.lowercased(),
      let content = HTMLTree.attribute("content", of: node).map({ Paragraphs.clean($0) }),
      !content.isEmpty, meta[key] == nil
    else { return }
    meta[key] = content
  }

  private func first(_ keys: [String]) -> String? {
    keys.lazy.compactMap { meta[$0] }.first
  }

  /// `og:title`, else the first `<h1>`, else `<title>` up to a ` | ` or ` - ` site suffix.
  var title: String? {
    if let headline = pageHeadline { return headline }
    guard let title = titleElement, !title.isEmpty else { return nil }
    for separator in Self.titleSeparators {
      if let part = title.split(separator: separator).first, part.count < title.count {
        return String(part).trimmingSpaces
      }
    }
    return title
  }

  /// The publication date as `YYYY-MM-DD`.
  var date: String? {
    let candidates = [
      meta["article:published_time"], linkedData?.datePublished, firstTime,
      first([
        "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
        "datepublished", "parsely-pub-date", "sailthru.date", "og:updated_time",
      ]),
    ]
    return candidates.lazy.compactMap { $0.flatMap(DateText.normalise) }.first
  }

  /// `og:site_name` or a publisher meta tag, else the site `<title>` names after the headline.
  var siteName: String? {
    first(["og:site_name", "publisher"]) ?? linkedData?.publisher ?? first(["application-name"])
      ?? titleSuffixSite
  }

  /// `The Coast Courier` in `<title>Pier vote | The Coast Courier</title>`: the part after the
  /// last separator, when what comes before it starts with the headline (`Pier vote | Live`),
  /// and the part looks like a site's name (capitalised or a domain, six words at most). With
  /// no headline elsewhere on the page only `|` separates a site: a dash may start a subtitle.
  private var titleSuffixSite: String? {
    guard let whole = titleElement else { return nil }
    let headline = pageHeadline?.lowercased()
    for separator in Self.titleSeparators {
      let parts = whole.split(separator: separator)
      guard parts.count >= 2, let last = parts.last else { continue }
      if let headline {
        let before = parts.dropLast().joined(separator: separator).trimmingSpaces.lowercased()
        guard before.hasPrefix(headline) else { continue }
      } else if separator != " | " {
        continue
      }
      let site = String(last).trimmingSpaces
      guard let first = site.unicodeScalars.first,
        first.properties.isUppercase || site.contains("."), site.count <= 60,
        site.split(separator: " ").count <= 6
      else { continue }
      return site
    }
    return nil
  }

  /// What a `<title>` puts between the headline and the site's name.
  private static let titleSeparators = [" | ", " – ", " — ", " - "]

  /// The headline the page gives apart from `<title>`.
  private var pageHeadline: String? {
    if let value = first(["og:title", "twitter:title", "headline"]) { return value }
    if let value = linkedData?.headline { return value }
    if let heading = firstHeading, !heading.isEmpty { return heading }
    return nil
  }

  /// Meta author (unless it is a link to a profile page), else the JSON-LD authors.
  var authors: [String] {
    let value = first(["author", "article:author", "byl", "dc.creator", "parsely-author"])
    if let value, !value.hasPrefix("http") {
      return [value.lowercased().hasPrefix("by ") ? String(value.dropFirst(3)) : value]
    }
    return linkedData?.authors ?? []
  }

  /// `og:url`, else the canonical link, else the JSON-LD url.
  var url: String? { first(["og:url"]) ?? canonical ?? linkedData?.url }

  /// `<html lang>`, else the JSON-LD `inLanguage`.
  var language: String? {
    htmlLanguage.map { Paragraphs.clean($0) }.flatMap { $0.isEmpty ? nil : $0 }
      ?? linkedData?.language
  }
}
