/// An article's sentences as ``Summarizer`` sees them: each one's words as dense ids, its
/// distinct words with their counts, and the marks that make it a poor summary sentence.
///
/// Words are runs of letters and digits, lowercased and hashed scalar by scalar (FNV-1a), so
/// no string is built for a word; the hashes are then numbered 0, 1, 2… in order of first
/// sight, so later steps index arrays instead of dictionaries. Sentences with no visible text
/// are left out.
struct SummaryText {
  /// One sentence of the article.
  struct Sentence {
    /// Where it lies, as scalar offsets into the text.
    var range: Range<Int>
    /// Its words (with repeats, in order), as positions in ``SummaryText/words``.
    var words: Range<Int>
    /// Its distinct words, as positions in ``SummaryText/terms`` and ``SummaryText/termCounts``.
    var terms: Range<Int> = 0..<0
    var isQuestion: Bool
    var isLeadIn: Bool
    /// An odd number of quotation marks: part of a quotation that runs on past the sentence.
    var hasOpenQuote: Bool
  }

  private(set) var sentences: [Sentence] = []
  /// The word ids of every sentence, one sentence after another.
  private(set) var words: [Int32] = []
  /// The distinct word ids of every sentence, in order of first occurrence in it.
  private(set) var terms: [Int32] = []
  /// How often each entry of ``terms`` occurs in its sentence.
  private(set) var termCounts: [Int32] = []
  /// Number of distinct words in the article.
  private(set) var vocabularySize = 0
  /// For each word id, the number of sentences that have the word.
  private(set) var documentFrequency: [Int32] = []
  /// The largest entry of ``termCounts`` (at least 1).
  private(set) var maxTermCount: Int32 = 1

  /// Scans the sentences at `ranges` (out-of-range bounds are clamped).
  init(scalars: [Unicode.Scalar], ranges: [Range<Int>]) {
    var ids = SummaryWordIds(capacity: max(64, scalars.count / 8))
    let folding = SummaryScalars.shared
    let clamped = ranges.map { range in
      let lower = max(0, min(range.lowerBound, scalars.count))
      return lower..<max(lower, min(range.upperBound, scalars.count))
    }
    // A sentence of n scalars has at most n / 2 + 1 words.
    let bound = clamped.reduce(0) { $0 + $1.count / 2 + 1 }
    var found: [Sentence] = []
    words = [Int32](unsafeUninitializedCapacity: bound) { output, written in
      scalars.withUnsafeBufferPointer { buffer in
        for range in clamped {
          let first = written
          guard
            let marks = Self.scan(
              buffer, range, ids: &ids, folding: folding, into: output,
              at: &written)
          else { continue }
          found.append(
            Sentence(
              range: range, words: first..<written, isQuestion: marks.isQuestion,
              isLeadIn: marks.isLeadIn, hasOpenQuote: marks.hasOpenQuote))
        }
      }
    }
    sentences = found
    vocabularySize = ids.count
    countTerms()
  }

  /// Writes the ids of the words of `scalars[range]` to `output` from `count` on; returns
  /// the marks of the sentence there, or nil when it holds no visible text (and so no
  /// words). `output` must have room for `range.count / 2 + 1` more words.
  private static func scan(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
    ids: inout SummaryWordIds, folding: SummaryScalars,
    into output: UnsafeMutableBufferPointer<Int32>, at count: inout Int
  ) -> Marks? {
    var hash = SummaryScalars.offsetBasis
    var inWord = false
    var straight = 0
    var curly = 0
    // A while loop with wrapping steps: iterating the range checked every index.
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      let scalar = scalars[index]
      let value = scalar.value
      index &+= 1
      if value < 0x80 {
        // ASCII: letters and digits fold with bit 0x20, which leaves the digits as they are.
        if SummaryScalars.isASCIIWord(value) {
          hash = (hash ^ UInt64(value | 0x20)) &* SummaryScalars.prime
          inWord = true
          continue
        }
        if value == 0x22 { straight += 1 }
        if inWord {
          output[count] = ids.id(of: hash)
          count += 1
          hash = SummaryScalars.offsetBasis
          inWord = false
        }
        continue
      }
      let flags = folding.flags(of: scalar)
      if flags & SummaryScalars.visible != 0, SummaryScalars.isCurlyMark(value) { curly += 1 }
      if flags & SummaryScalars.word != 0 {
        folding.hashLowercased(scalar, into: &hash)
        inWord = true
      } else if inWord {
        output[count] = ids.id(of: hash)
        count += 1
        hash = SummaryScalars.offsetBasis
        inWord = false
      }
    }
    if inWord {
      output[count] = ids.id(of: hash)
      count += 1
    }
    // The last visible scalar that is no closing mark, read backwards from the end: the
    // forward loop then only hashes words and counts quotation marks.
    var last: UInt32 = 0
    var hasVisible = false
    var position = range.upperBound
    while position > range.lowerBound {
      position -= 1
      let value = scalars[position].value
      let isVisible =
        value < 0x80
        ? value > 0x20 : folding.flags(of: scalars[position]) & SummaryScalars.visible != 0
      guard isVisible else { continue }
      hasVisible = true
      if !SummaryScalars.isCloser(value) {
        last = value
        break
      }
    }
    guard hasVisible else { return nil }
    return Marks(
      isQuestion: last == 0x3F, isLeadIn: last == 0x3A,
      hasOpenQuote: straight % 2 == 1 || curly % 2 == 1)
  }

  /// What makes a sentence a poor summary sentence.
  private struct Marks {
    var isQuestion: Bool
    var isLeadIn: Bool
    var hasOpenQuote: Bool
  }

  /// Fills ``terms``, ``termCounts`` and ``documentFrequency``, sentence by sentence.
  private mutating func countTerms() {
    var counts = [Int32](repeating: 0, count: vocabularySize)
    var frequency = [Int32](repeating: 0, count: vocabularySize)
    var termCount = 0
    var largest: Int32 = 1
    // A sentence has no more distinct words than words, so `words.count` slots suffice.
    let capacity = words.count
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(sentences.count)
    var counted = [Int32](repeating: 0, count: capacity)
    terms = [Int32](unsafeUninitializedCapacity: capacity) { ids, initialized in
      words.withUnsafeBufferPointer { words in
        counts.withUnsafeMutableBufferPointer { counts in
          frequency.withUnsafeMutableBufferPointer { frequency in
            counted.withUnsafeMutableBufferPointer { counted in
              for sentence in sentences {
                let start = termCount
                for position in sentence.words {
                  let id = Int(words[position])
                  if counts[id] == 0, termCount < ids.count {
                    ids.initializeElement(at: termCount, to: Int32(id))
                    termCount += 1
                  }
                  counts[id] += 1
                }
                for position in start..<termCount {
                  let id = Int(ids[position])
                  counted[position] = counts[id]
                  largest = max(largest, counts[id])
                  frequency[id] += 1
                  counts[id] = 0
                }
                ranges.append(start..<termCount)
              }
            }
          }
        }
      }
      initialized = termCount
    }
    counted.removeLast(capacity - termCount)
    termCounts = counted
    documentFrequency = frequency
    maxTermCount = largest
    for (index, range) in ranges.enumerated() { sentences[index].terms = range }
  }

  /// The text of `sentence` with runs of white space and control characters made one space.
  func text(of sentence: Sentence, in scalars: [Unicode.Scalar]) -> String {
    let range = sentence.range
    // At most four UTF-8 bytes a scalar, written straight into the string's storage.
    return String(unsafeUninitializedCapacity: range.count * 4 + 1) { bytes in
      var written = 0
      var pendingSpace = false
      for scalar in scalars[range] {
        let value = scalar.value
        let isVisible =
          value < 0x80
          ? value > 0x20
          : SummaryScalars.shared.flags(of: scalar) & SummaryScalars.visible != 0
        guard isVisible else {
          pendingSpace = written > 0
          continue
        }
        if pendingSpace {
          bytes[written] = 0x20
          written += 1
          pendingSpace = false
        }
        UTF8.encode(scalar) { byte in
          bytes[written] = byte
          written += 1
        }
      }
      return written
    }
  }
}
