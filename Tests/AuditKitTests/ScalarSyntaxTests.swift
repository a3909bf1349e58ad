import Testing
@testable import AuditKit

/// The plain words YAML reads as null and as booleans, exactly Yams' (its `NSNull.construct` and
/// `Bool.construct`), and nothing longer, shorter or differently cased.
@Suite struct ScalarSyntaxTests {
    @Test(arguments: ["", "~", "null", "Null", "NULL"])
    func nullWords(_ text: String) {
        #expect(ScalarSyntax.isNull(text))
        #expect(ScalarSyntax.boolean(text) == nil)
    }

    @Test(arguments: ["nul", "nulls", "nULL", " null", "null ", "~~", "none", "None", "nil", "0", "false",
                      "a longer text than any null word"])
    func notNull(_ text: String) {
        #expect(!ScalarSyntax.isNull(text))
    }

    @Test(arguments: [("true", true), ("True", true), ("TRUE", true),
                      ("false", false), ("False", false), ("FALSE", false)])
    func booleanWords(_ text: String, _ value: Bool) {
        #expect(ScalarSyntax.boolean(text) == value)
        #expect(!ScalarSyntax.isNull(text))
    }

    @Test(arguments: ["tru", "truee", "tRUE", "yes", "no", "on", "off", "y", "1", "0", " true", "false ",
                      "falsely", "", "null"])
    func notBoolean(_ text: String) {
        #expect(ScalarSyntax.boolean(text) == nil)
    }

    @Test func pathsKeepListIndexesAttachedAndLongOnesAreShortened() {
        #expect(ScalarSyntax.dotted(["safeguards", "input_filters", "[0]", "stage"]) == "safeguards.input_filters[0].stage")
        #expect(ScalarSyntax.dotted(Array(repeating: "a", count: 16)) == Array(repeating: "a", count: 16).joined(separator: "."))
        let deep = ["safeguards", "input_filters"] + Array(repeating: "[0]", count: 900)
        #expect(ScalarSyntax.dotted(deep) == "safeguards.input_filters[0][0][0][0][0][0] … 886 levels … "
                + String(repeating: "[0]", count: 8))
    }

    @Test(arguments: [("", true), ("  ", true), ("\t\n", true), ("\u{3000}", true), ("a", false), (" a", false),
                      ("é", false), ("\u{3000}x", false)])
    func blankTextIsOnlyWhitespace(_ text: String, _ blank: Bool) {
        #expect(ScalarSyntax.isBlank(text) == blank)
    }
}
