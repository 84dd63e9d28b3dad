/// Finds the named entities of an article: people, organisations, places and other names.
///
/// Capitalised words that follow each other are joined into one name (`UN Security Council`),
/// with lowercase connectors inside (`Bank of England`); a capital that only starts a sentence or
/// a headline word does not make a name when the word also occurs in lowercase. Titles are split
/// off as roles (`President Vladimir Putin` → `Vladimir Putin`, role `President`), cues decide the
/// kind, and aliases merge (`Putin` ≡ `Vladimir Putin`, `NATO` ≡ `North Atlantic Treaty
/// Organization`).
///
/// ```swift
/// let entities = EntityExtractor().entities(in: article)
/// // [Entity(name: "Vladimir Putin", kind: .person, role: "President", aliases: ["Putin"], …)]
/// ```
public struct EntityExtractor: Sendable {
  /// An extractor with the shipped word lists and gazetteer.
  public init() {}

  /// The entities of `article`, most mentioned first.
  ///
  /// - Parameter speakers: names of quoted speakers (``Quote/speaker``); each is a person and
  ///   merges with the entity of the same name or surname, or becomes one.
  /// - Complexity: O(*n* + *c*·*a*) for *n* scalars, *c* names and *a* names sharing a last word.
  public func entities(in article: Article, speakers: [String] = []) -> [Entity] {
    let scan = WordScanner.scan(article)
    let language = LanguageGuesser().language(of: article, scan: scan)
    let analysis = names(in: scan, language: language, speakers: speakers)
    return analysis.candidates.map(\.entity).sorted {
      ($0.mentions, $1.name) > ($1.mentions, $0.name)
    }
  }

  /// The merged name candidates of `scan` and which tokens they cover.
  ///
  /// `roles` gives a speaker the role their quotes state (`assistant to the Russian leader`),
  /// used when the text gives the speaker no title of its own. With `quoted`, the scalar
  /// ranges of the article's quotes sorted by their start, each candidate says whether a
  /// quote holds one of its mentions (``NameCandidate/isQuoted``) instead of listing its spans.
  func names(
    in scan: ScannedText, language: String, speakers: [String], roles: [String: String] = [:],
    quoted: [Range<Int>]? = nil
  ) -> NameAnalysis {
    var finder = NameFinder(scan: scan, language: language)
    finder.findRuns()
    finder.mergeStems()
    finder.mergeSentenceRoles()
    finder.mergeAliases()
    finder.mergeKnownAliases()
    finder.mergeGivenNames()
    finder.mergeOrganisationHeads()
    // Each speaker once, with the number of their quotes, in order of first quote.
    var quotes: [String: Int] = [:]
    for speaker in speakers { quotes[speaker, default: 0] += 1 }
    for speaker in speakers {
      guard let count = quotes.removeValue(forKey: speaker) else { continue }
      finder.attribute(speaker: speaker, quotes: count, role: roles[speaker])
    }
    return finder.analysis(quoted: quoted)
  }
}

/// The names of one article and the tokens that belong to them.
struct NameAnalysis: Sendable {
  /// Merged candidates that are names (weak, capital-only ones dropped).
  var candidates: [NameCandidate]
  /// For each token, true when it is part of a kept name or of a role or title before a name
  /// (`Transport Secretary`): such words are not key phrases.
  var covered: [Bool]
  /// For each body sentence, how many mentions of recurring names (two mentions or more) it
  /// holds: the sentences about the story's actors.
  var actorMentions: [Int32] = []
  /// Per body sentence, and last the headline: written in title case, where capitals say
  /// nothing (``NameFinder/titleCaseLines(in:language:mask:)``).
  var titleCaseLines: [Bool] = []
  /// Per lowercased form: how often the text writes it without a capital.
  var lowercaseUses: [Int32] = []
}

extension NameCandidate {
  /// The public view of this candidate.
  var entity: Entity {
    let (name, aliases) = naming
    return Entity(
      name: name, kind: kind, role: mainRole, aliases: aliases, mentions: max(mentions, quotes),
      spans: spans.sorted { $0.lowerBound < $1.lowerBound }, isInHeadline: headlineMentions > 0)
  }

  /// The most frequent written form, and the other forms merged in, most frequent first.
  ///
  /// House style drops the dots of an all-capitals acronym: `U.S.` is named `US`.
  var naming: (name: String, aliases: [String]) {
    // Most names have one written form and nothing merged in: no collection is built for them.
    if otherSurfaces.isEmpty && aliases.isEmpty && !firstForm.isEmpty {
      let (name, isDotted) = displayed(firstForm)
      return (name, isDotted ? [firstForm] : [])
    }
    // The written forms with their counts, in a small array: a name has a few forms, and
    // merging and filtering dictionaries of them cost more than reading them in turn. Room
    // for all of them at once, and the aliases are filtered and sorted in place.
    var forms: [WrittenForm] = []
    forms.reserveCapacity(1 + otherSurfaces.count + aliases.count)
    if !firstForm.isEmpty { forms.append(WrittenForm(text: firstForm, count: firstFormCount)) }
    for (form, count) in otherSurfaces { WrittenForm.add(count, of: form, to: &forms) }
    let written = forms.max { ($0.count, $1.text) < ($1.count, $0.text) }?.text ?? key
    let (name, isDotted) = displayed(written)
    if aliases.isEmpty && forms.count == 1 {
      return (name, isDotted ? [written] : [])
    }
    for (form, count) in aliases { WrittenForm.add(count, of: form, to: &forms) }
    // Counts first, then forms: no two forms tie, so the order is the one a sort gives.
    forms.removeAll { $0.text == name }
    forms.sort { ($0.count, $1.text) > ($1.count, $0.text) }
    return (name, forms.map(\.text))
  }

  /// The name shown for the written form `written`, and whether it is a dotted acronym.
  private func displayed(_ written: String) -> (name: String, isDotted: Bool) {
    let isDotted =
      NameFinder.hasDot(written)
      && written.allSatisfy { $0 == "." || $0.isUppercase }
    let name =
      isDotted
      ? written.filter { $0 != "." }
      : isGazetteerPlace && Self.isShouted(written) ? Self.titleCased(written) : written
    return (name, isDotted)
  }

  /// True for a name of four letters or more written all in capitals (`LOS ANGELES`, as
  /// datelines write places), not an acronym (`US`, `UAE`).
  static func isShouted(_ name: String) -> Bool {
    var letters = 0
    for scalar in name.unicodeScalars {
      if scalar.isASCII {
        // ASCII letters are told apart by value, without the Unicode property tables.
        let value = scalar.value
        if (value >= 0x61 && value <= 0x7A) || scalar == "." { return false }
        if value >= 0x41 && value <= 0x5A { letters += 1 }
        continue
      }
      if scalar.properties.isLowercase { return false }
      if scalar.properties.isAlphabetic { letters += 1 }
    }
    return letters >= 4
  }

  /// `name` with a capital opening each word and each part after a hyphen, and the rest in
  /// lowercase (`LOS ANGELES` → `Los Angeles`); short connectors stay lowercase (`of`, `and`).
  static func titleCased(_ name: String) -> String {
    let connectors: Set<Substring> = ["of", "and", "de", "la", "del", "da"]
    let words = name.lowercased().split(separator: " ")
    return words.enumerated().map { position, word in
      if position > 0 && connectors.contains(word) { return String(word) }
      return word.split(separator: "-", omittingEmptySubsequences: false)
        .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }.joined(separator: " ")
  }

  /// The role stated most often before the name.
  var mainRole: String? {
    roles.isEmpty ? nil : roles.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
  }
}

/// A written form of a name and how often it occurs (``NameCandidate/naming``).
private struct WrittenForm {
  var text: String
  var count: Int

  /// Adds `count` to the count of `form` in `forms`, adding the form when new.
  static func add(_ count: Int, of form: String, to forms: inout [WrittenForm]) {
    if let index = forms.firstIndex(where: { $0.text == form }) {
      forms[index].count += count
    } else {
      forms.append(WrittenForm(text: form, count: count))
    }
  }
}
