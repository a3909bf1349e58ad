import Foundation
import Testing
@testable import AuditKit

/// A field's reason is kept as parts until read; read, written, compared or hashed, it must be
/// the sentence the parts make.
@Suite struct ReasonTextTests {
    static let location = SourceLocation(file: "m.yaml", line: 4, column: 9)

    static func fact(_ prefix: String, _ path: String, _ state: ReasonText.FactState,
                     _ failed: FieldTest? = nil) -> Reason {
        Reason(.fact(prefix: prefix.isEmpty ? nil : FileName.interned(prefix), path: path, state: state,
                     failed: failed), at: location)
    }

    @Test(arguments: [
        (fact("", "safeguards.input_filters", .declared), "safeguards.input_filters is declared"),
        (fact("", "a.b", .notDeclared, .exists(true)), "a.b is not declared; it must be declared and not empty"),
        (fact("safeguards.input_filters[0]", "stage", .value(.text("prompt"))),
         "safeguards.input_filters[0].stage is prompt"),
        (fact("x", "[1]", .value(.integer(3)), .atLeast(4)), "x[1] is 3; it must be at least 4"),
        (fact("", "r", .value(.number(0.995)), .isIn(["a", "b"])), "r is 0.995; it must be one of a, b"),
        (fact("", "l", .value(.list([ManifestNode(.boolean(true), at: location)]))), "l is [true]"),
    ])
    func factsReadAsTheirSentence(_ reason: Reason, _ sentence: String) throws {
        #expect(reason.message == sentence)
        let plain = Reason(sentence, at: Self.location)
        #expect(reason == plain)
        #expect(reason.hashValue == plain.hashValue)
        for encoder in [CanonicalJSONEncoder(), CanonicalJSONEncoder(prettyPrinted: true)] {
            // Written through the control writer (in parts) and through the tree (the message).
            let control = ControlResultJSONTests.hostile(reasons: [reason, plain])
            let plainControl = ControlResultJSONTests.hostile(reasons: [plain, plain])
            #expect(try encoder.encode(control) == encoder.encode(plainControl))
            #expect(try encoder.encode(reason) == encoder.encode(plain))
        }
        let decoded = try JSONDecoder().decode(Reason.self, from: JSONEncoder().encode(reason))
        #expect(decoded == plain)
    }

    @Test func aFieldPathsPartsJoinAsItsDottedForm() {
        let cases: [(FieldPath, FieldPath)] = [
            (FieldPath(components: []), FieldPath("a.b")),
            (FieldPath("a.list").appending(.element(2)), FieldPath("c")),
            (FieldPath("a"), FieldPath(components: ["[7]"])),
            (FieldPath("a"), FieldPath(components: ["", "b"])),  // invalid, but joined alike
            (FieldPath(components: [""]), FieldPath("b")),
        ]
        for (prefix, path) in cases {
            let (head, tail) = prefix.dottedParts(appending: path)
            let reason = Reason(.fact(prefix: head.isEmpty ? nil : FileName.interned(head), path: tail,
                                      state: .declared, failed: nil), at: nil)
            #expect(reason.message == prefix.dotted(appending: path) + " is declared")
        }
    }
}
