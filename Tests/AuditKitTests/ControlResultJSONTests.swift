import Foundation
import Testing
@testable import AuditKit

/// Control results are written straight to bytes (`ControlResultJSON`), not through a tree:
/// the bytes must still be Foundation's in every combination of layout, key names and compact
/// controls, and a weight JSON cannot hold must fail as it fails in Foundation.
@Suite struct ControlResultJSONTests {
    /// Every combination: pretty or compact, snake_case or not, compact controls or full.
    static let combinations: [(pretty: Bool, snakeCase: Bool, compact: Bool)] =
        [false, true].flatMap { pretty in
            [false, true].flatMap { snake in [false, true].map { (pretty, snake, $0) } }
        }

    static func encoders(pretty: Bool, snakeCase: Bool, compact: Bool)
        -> (CanonicalJSONEncoder, JSONEncoder) {
        let canonical = CanonicalJSONEncoder(prettyPrinted: pretty, convertsKeysToSnakeCase: snakeCase,
                                             userInfo: compact ? [.compactControls: true] : [:])
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { foundation.outputFormatting.insert(.prettyPrinted) }
        if snakeCase { foundation.keyEncodingStrategy = .convertToSnakeCase }
        if compact { foundation.userInfo[.compactControls] = true }
        return (canonical, foundation)
    }

    /// A control with every optional member set (no example has a provenance), hostile text, and reasons with and without
    /// locations.
    static func hostile(weight: Double = 2.5, reasons: [Reason]? = nil) -> ControlResult {
        let text = "quote \" backslash \\ tab \t nul \u{0} line\nbreak é 😀 </script>"
        return ControlResult(
            id: "X-01", title: text, requirement: "R-1", area: .inputFilter, severity: .critical,
            weight: weight, outcome: .waived, waivedOutcome: .failed,
            reasons: reasons ?? [Reason(text, at: SourceLocation(file: "a \"b\".yaml", line: 3, column: 7)),
                                 Reason("no location")],
            location: SourceLocation(file: "a \"b\".yaml", line: 3, column: 7),
            checklistLocation: SourceLocation(file: "builtin:x", line: 120_000, column: 1),
            evidence: ["e-1", text], evidenceBacked: true, rationale: text, remediation: "",
            refs: [], confidence: .unverified,
            provenance: ControlProvenance(origin: .modified, source: "p", changes: [text]))
    }

    @Test func everyExampleAndAHostileControlMatchFoundationInEveryCombination() throws {
        var controls = try CanonicalJSONEncoderTests.results().flatMap { $0.1.controls }
        #expect(controls.count > 1000)
        #expect(controls.contains { $0.waivedOutcome != nil })
        #expect(controls.contains { $0.confidence != nil })
        controls.append(Self.hostile())
        for (pretty, snakeCase, compact) in Self.combinations {
            let (canonical, foundation) = Self.encoders(pretty: pretty, snakeCase: snakeCase,
                                                        compact: compact)
            let label = "pretty \(pretty), snake_case \(snakeCase), compact \(compact)"
            #expect(try canonical.encode(controls) == Array(try foundation.encode(controls)), "\(label)")
            #expect(try canonical.encode(Self.hostile()) == Array(try foundation.encode(Self.hostile())),
                    "\(label), alone")
        }
    }

    @Test func anEmptyListOfControlsIsWrittenAsFoundationWritesIt() throws {
        for (pretty, snakeCase, compact) in Self.combinations {
            let (canonical, foundation) = Self.encoders(pretty: pretty, snakeCase: snakeCase, compact: compact)
            let none: [ControlResult] = []
            #expect(try canonical.encode(none) == [UInt8](try foundation.encode(none)))
            #expect(try canonical.encode(["controls": none]) == [UInt8](try foundation.encode(["controls": none])))
        }
    }

    @Test func theCompactControlIsPinnedToItsText() throws {
        let encoder = CanonicalJSONEncoder(convertsKeysToSnakeCase: true,
                                           userInfo: [.compactControls: true])
        let text = String(decoding: try encoder.encode(Self.hostile()), as: UTF8.self)
        let hostile = #""quote \" backslash \\ tab \t nul \u0000 line\nbreak é 😀 </script>""#
        let location = #"{"column":7,"file":"a \"b\".yaml","line":3}"#
        #expect(text == #"{"area":"input-filter","evidence":["e-1","# + hostile
            + #"],"evidence_backed":true,"id":"X-01","location":"# + location
            + #","outcome":"waived","provenance":{"changes":["# + hostile
            + #"],"origin":"modified","source":"p"},"reasons":[{"location":"# + location
            + #","message":"# + hostile + #"},{"message":"no location"}],"requirement":"R-1","#
            + #""severity":"critical","waived_outcome":"failed","weight":2.5}"#)
    }

    @Test func lineAndColumnNumbersAreWrittenAsTheirDescription() {
        for value in [0, 1, 9, 10, 11, 99, 100, 101, 4_096, 99_999, 100_000, 123_456, -1, -10,
                      Int.max, Int.min] {
            var writer = CanonicalJSONWriter(prettyPrinted: false)
            writer.writeInteger(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == value.description)
        }
    }

    /// Every number of up to five digits, one after another in one buffer (so each is written
    /// after the bytes before it, across the buffer's growth).
    @Test func everyShortNumberIsWrittenAfterTheBytesBeforeIt() {
        var writer = CanonicalJSONWriter(prettyPrinted: false)
        for value in 0...100_001 {
            writer.appendByte(UInt8(ascii: ","))
            writer.writeInteger(value)
        }
        let expected = (0...100_001).map { ",\($0)" }.joined()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    @Test(arguments: [Double.nan, .infinity])
    func aWeightJSONCannotHoldFailsAsInFoundation(_ weight: Double) throws {
        let controls = [Self.hostile(), Self.hostile(weight: weight)]
        let (canonical, foundation) = Self.encoders(pretty: false, snakeCase: true, compact: true)
        #expect(throws: EncodingError.self) { try foundation.encode(controls) }
        do {
            _ = try canonical.encode(controls)
            Issue.record("encoded a weight of \(weight)")
        } catch EncodingError.invalidValue(_, let context) {
            // Foundation's path also names the array index; this encoder's names the key only.
            #expect(context.codingPath.last?.stringValue == "weight")
        }
    }
}
