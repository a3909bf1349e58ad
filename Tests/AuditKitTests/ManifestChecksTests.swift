import Testing
@testable import AuditKit

/// The repeats among a list's ids, found pairwise for short lists and through a set for long
/// ones, are the same either way.
@Suite struct ManifestChecksTests {
    @Test func repeatsAreFoundInShortAndLongLists() {
        #expect(ManifestChecks.repeatedIndexes([]) == [])
        #expect(ManifestChecks.repeatedIndexes(["a", "b", "a", "c", "b", "a"]) == [2, 4, 5])
        let long = (0..<40).map { "id-\($0 % 35)" }
        #expect(long.count > ManifestChecks.pairwiseUpTo)
        #expect(ManifestChecks.repeatedIndexes(long) == Array(35..<40))
        let short = Array(long.prefix(ManifestChecks.pairwiseUpTo))
        #expect(ManifestChecks.repeatedIndexes(short) == [])
    }
}
