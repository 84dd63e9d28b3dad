import Testing

@testable import BriefingKit

/// Each candidate's mentions read back in the order added, and a merge appends the other's.
struct NameMentionsTests {
  @Test func mentionsReadBackPerCandidateInOrder() {
    var list = NameMentions(capacity: 2)
    var first = NameCandidate(words: [1], key: "a")
    var second = NameCandidate(words: [2], key: "b")
    list.append(0..<1, span: 0..<3, to: &first)
    list.append(1..<3, span: nil, to: &second)
    list.append(5..<6, span: 20..<23, to: &first)
    list.append(8..<10, span: 40..<47, to: &second)
    #expect(ranges(of: first, in: list) == [0..<1, 5..<6])
    #expect(list.spans(from: first.firstMention, count: first.bodyMentions) == [0..<3, 20..<23])
    #expect(list.spans(from: second.firstMention, count: second.bodyMentions) == [40..<47])
    #expect((first.nameRangeCount, first.bodyMentions) == (2, 2))
    #expect((second.nameRangeCount, second.bodyMentions) == (2, 1))
    #expect(list.contains(from: second.firstMention) { $0.span == nil })
    #expect(!list.contains(from: first.firstMention) { $0.span == nil })
  }

  @Test func linkingAppendsTheOtherChainAfterTheOwnOne() {
    var list = NameMentions(capacity: 0)
    var kept = NameCandidate(words: [1], key: "a")
    var dropped = NameCandidate(words: [2], key: "b")
    var empty = NameCandidate(words: [], key: "c")
    list.append(3..<4, span: 30..<31, to: &dropped)
    list.append(0..<1, span: 0..<1, to: &kept)
    list.append(6..<7, span: 60..<61, to: &dropped)
    list.link(dropped.firstMention, dropped.lastMention, to: &kept)
    #expect(list.spans(from: kept.firstMention, count: 3) == [0..<1, 30..<31, 60..<61])
    list.link(kept.firstMention, kept.lastMention, to: &empty)
    #expect(ranges(of: empty, in: list) == [0..<1, 3..<4, 6..<7])
    let none = NameCandidate(words: [], key: "d")
    list.link(none.firstMention, none.lastMention, to: &empty)
    #expect(ranges(of: empty, in: list) == [0..<1, 3..<4, 6..<7])
    #expect(ranges(of: none, in: list).isEmpty)
  }

  private func ranges(of candidate: NameCandidate, in list: NameMentions) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    list.forEach(from: candidate.firstMention) { ranges.append($0.tokens) }
    return ranges
  }
}
