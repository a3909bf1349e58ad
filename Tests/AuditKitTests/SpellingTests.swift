import Testing
@testable import AuditKit

/// "Did you mean …?" guesses: near misses are guessed, letter case aside; a word that shares
/// nothing with any candidate gets no guess.
@Suite struct SpellingTests {
    @Test(arguments: [("treshold", "threshold"), ("nme", "name"), ("NAME", "name"), ("mlr-01", "MLR-01")])
    func nearMissesAreGuessed(_ word: String, _ meant: String) {
        #expect(Spelling.closest(to: word, among: ["threshold", "name", "id", "MLR-01"]) == meant)
    }

    @Test(arguments: ["<<", "zz", "colour"])
    func wordsSharingNothingAreNotGuessed(_ word: String) {
        #expect(Spelling.closest(to: word, among: ["id", "name"]) == nil)
    }

    @Test func aMergeKeyIsNamedAsOne() {
        #expect(Spelling.unknownKeyHint("<<", allowed: ["id"]) == "; YAML merge keys are not supported: write the keys out")
        #expect(Spelling.unknownKeyHint("nmae", allowed: ["id", "name"]) == "; did you mean 'name'?")
        #expect(Spelling.unknownKeyHint("zzzz", allowed: ["id", "name"]) == "; expected one of: id, name")
    }
}
