import Testing
@testable import AuditKit

/// Dotted field paths, as every reason names them.
@Suite struct FieldPathTests {
    @Test func dottedPathsKeepListIndexesAttached() {
        #expect(FieldPath(components: ["safeguards", "input_filters", "[0]", "stage"]).description
                == "safeguards.input_filters[0].stage")
        #expect(FieldPath("").description == "")
        #expect(FieldPath(components: []).appending(FieldPath("a.b")).description == "a.b")
        #expect(FieldPath("a").appending(FieldPath("b.c")).description == "a.b.c")
        #expect(FieldPath(components: ["list", "[2]"]).appending(FieldPath("x")).description == "list[2].x")
        // Empty components (which validation rejects) join as joining every component would.
        for (head, tail) in [("a", ".[0]"), ("", "b"), ("a.", "b"), ("a", ""), ("", "")] {
            let path = FieldPath(head).appending(FieldPath(tail))
            #expect(path.description == FieldPath(components: path.components).description, "\(head) + \(tail)")
        }
    }
}
