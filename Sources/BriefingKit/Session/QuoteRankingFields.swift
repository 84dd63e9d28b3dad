/// The columns of a stored quote that the memo ranks quotes by.
struct QuoteRankingFields: Sendable {
  var id: String
  var articleID: Int
  var text: String
  var speaker: String?
  var isPartial: Bool
}
