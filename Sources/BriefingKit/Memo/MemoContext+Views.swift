// swift-format-ignore-file: AlwaysUseLowerCamelCase
// The property names below are the keys templates use (`article_count`, `generated_at`), read by
// swift-mustache through Mirror, so they follow templates/README.md rather than Swift naming.

extension MemoContext {
  /// The memo's own fields (`memo.title`, …); nil when not set, so `{{^memo.to}}` works.
  struct Fields: Sendable {
    var title: String?
    var subject: String?
    var to: String?
    var from: String?
    var date: String?
    var classification: String?
    var bluf: String?
    var has_header: Bool
  }

  /// A key judgment (`notes[]`).
  struct Note: Sendable {
    var number: Int
    var text: String
    var confidence: String?
  }

  /// A listed source as quotes and topics refer to it.
  struct ArticleRef: Sendable {
    var id: Int
    var cite: Int
    var title: String
    var source: String?
    var date: String?
    var url: String?
  }

  /// A session topic (`topics[]`).
  struct TopicView: Sendable {
    var name: String
    var kind: String
    var role: String?
    var mentions: Int
    /// How many session articles mention it (listed or not).
    var article_count: Int
    /// `1 article`, `3 articles`: the count in words, for templates.
    var article_count_text: String
    /// `1 mention`, `4 mentions`.
    var mentions_text: String
    /// The listed sources that mention it.
    var articles: [ArticleRef]
  }

  /// A topic as shown under one article.
  struct TopicRef: Sendable {
    var name: String
    var kind: String
    var mentions: Int
  }

  /// A quote (`quotes[]`), with the source it came from.
  struct QuoteView: Sendable {
    var number: Int
    var id: String
    var text: String
    var speaker: String?
    var role: String?
    var cue: String?
    var partial: Bool
    var cite: Int
    var article: ArticleRef
  }

  /// A listed source (`articles[]`), numbered by `cite`.
  struct ArticleView: Sendable {
    var id: Int
    var cite: Int
    var title: String
    var source: String?
    var author: String?
    var date: String?
    var url: String?
    var language: String?
    var summary: String?
    var words: Int
    var topics: [TopicRef]
    var quotes: [QuoteView]
    var has_topics: Bool
    var has_quotes: Bool
  }

  /// Quotes grouped by speaker (`speakers[]`); `name` is nil for unattributed quotes.
  struct SpeakerView: Sendable {
    var name: String?
    var role: String?
    var quote_count: Int
    var quotes: [QuoteView]
  }

  /// Listed sources published on one date (`days[]`); `date` is nil for undated ones.
  struct DayView: Sendable {
    var date: String?
    var articles: [ArticleView]
  }

  /// Figures about the listed sources (`session`).
  struct SessionView: Sendable {
    var article_count: Int
    var quote_count: Int
    var topic_count: Int
    var first_date: String?
    var last_date: String?
    var outlets: [String]
    var languages: [String]
  }
}
