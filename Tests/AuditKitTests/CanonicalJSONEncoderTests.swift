import Foundation
import Testing
@testable import AuditKit

/// `CanonicalJSONEncoder` writes the same bytes as Foundation's `JSONEncoder` configured alike:
/// for real audit results in every configuration the renderers use, and for the corner cases of
/// numbers, strings, keys and containers, each also pinned to an exact string.
@Suite struct CanonicalJSONEncoderTests {
    /// The three configurations: JSON report, JSON lines (with `compactControls`), SARIF.
    enum Configuration: String, CaseIterable, Sendable {
        case prettySnakeCase, compactSnakeCase, prettyDefaultKeys

        var canonical: CanonicalJSONEncoder {
            switch self {
            case .prettySnakeCase:
                CanonicalJSONEncoder(prettyPrinted: true, convertsKeysToSnakeCase: true)
            case .compactSnakeCase:
                CanonicalJSONEncoder(convertsKeysToSnakeCase: true, userInfo: [.compactControls: true])
            case .prettyDefaultKeys: CanonicalJSONEncoder(prettyPrinted: true)
            }
        }

        var foundation: JSONEncoder {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            if self != .compactSnakeCase { encoder.outputFormatting.insert(.prettyPrinted) }
            if self != .prettyDefaultKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
            if self == .compactSnakeCase { encoder.userInfo[.compactControls] = true }
            return encoder
        }

        /// What the renderer of this configuration encodes: the result, or its SARIF log.
        func value(for result: AuditResult) -> any Encodable {
            self == .prettyDefaultKeys ? SARIFRenderer().log(result) : result
        }
    }

    typealias Texts = (foundation: String, canonical: String)

    /// Both encoders' text for `value`; the first is Foundation's.
    static func both(_ value: some Encodable, _ canonical: CanonicalJSONEncoder,
                     _ foundation: JSONEncoder) throws -> Texts {
        (String(decoding: try foundation.encode(value), as: UTF8.self),
         try canonical.encodeToString(value))
    }

    /// Foundation's and the canonical encoder's text in one of the simple configurations.
    static func both(_ value: some Encodable, pretty: Bool = false, snakeCase: Bool = false)
        throws -> Texts {
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { foundation.outputFormatting.insert(.prettyPrinted) }
        if snakeCase { foundation.keyEncodingStrategy = .convertToSnakeCase }
        let canonical = CanonicalJSONEncoder(prettyPrinted: pretty, convertsKeysToSnakeCase: snakeCase)
        return try both(value, canonical, foundation)
    }

    /// Expects both encoders to write `expected` for `value`.
    static func expectText(_ value: some Encodable, pretty: Bool = false, snakeCase: Bool = false,
                           _ expected: String,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let texts = try both(value, pretty: pretty, snakeCase: snakeCase)
        #expect(texts.canonical == texts.foundation, sourceLocation: sourceLocation)
        #expect(texts.canonical == expected, sourceLocation: sourceLocation)
    }

    // MARK: Audit results

    /// The acme fixture, its failing copy, each example audited, and each example's stored report.
    static func results() throws -> [(String, AuditResult)] {
        let acme = try RendererGoldenTests.result()
        var results = [("acme", acme),
                       ("acme-failing", try RendererGoldenTests.failingCopy(of: acme))]
        let plan = try AuditSetup().plan(checklists: [], profile: nil)
        let audit = Audit(checklist: plan.checklist, policy: plan.policy, asOf: Fixtures.asOf,
                          tool: Fixtures.tool)
        let examples = Fixtures.root.appendingPathComponent("Examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted()
        where !name.hasPrefix(".") {
            let folder = examples.appendingPathComponent(name)
            let manifest = folder.appendingPathComponent("deployment.yaml").path
            let prepared = try plan.prepare(manifestAt: manifest)
            results.append((name, audit.run(prepared.manifest, evidence: prepared.evidence,
                                            inputs: prepared.inputs)))
            let stored = try Data(contentsOf: folder.appendingPathComponent("report.json"))
            results.append(("\(name)/report.json",
                            try JSONRenderer.decoder.decode(AuditResult.self, from: stored)))
        }
        return results
    }

    @Test(arguments: Configuration.allCases)
    func auditResultsMatchFoundationByteForByte(_ configuration: Configuration) throws {
        let results = try Self.results()
        #expect(results.count >= 12)
        for (name, result) in results {
            let texts = try Self.both(configuration.value(for: result), configuration.canonical,
                                      configuration.foundation)
            #expect(texts.canonical == texts.foundation, "\(name) in \(configuration)")
            #expect(texts.canonical.count > 1000)
        }
    }

    @Test(arguments: Configuration.allCases)
    func renderersWriteWhatFoundationWrites(_ configuration: Configuration) throws {
        let result = try RendererGoldenTests.result()
        let foundation = try configuration.foundation.encode(configuration.value(for: result))
        let renderer: any ReportRenderer = switch configuration {
        case .prettySnakeCase: JSONRenderer()
        case .compactSnakeCase: JSONLinesRenderer()
        case .prettyDefaultKeys: SARIFRenderer()
        }
        #expect(renderer.render(result) == String(decoding: foundation, as: UTF8.self) + "\n")
    }

    // MARK: Numbers

    @Test func doublesAreWrittenAsFoundationWritesThem() throws {
        try Self.expectText([0.1, 0.5, 100.0, 1e-7, 1.5e300, -0.0, 123456789.125],
                            "[0.1,0.5,100,1e-07,1.5e+300,-0,123456789.125]")
        let tiny = Double.leastNonzeroMagnitude
        try Self.expectText(["a": 100.0, "b": 1e-7, "c": tiny, "d": 1e16, "e": 0.0001],
                            #"{"a":100,"b":1e-07,"c":5e-324,"d":1e+16,"e":0.0001}"#)
        try Self.expectText(Numbers(), snakeCase: true,
                            #"{"double":-0,"float":0.1,"int8":-8,"u_int64":18446744073709551615}"#)
        let doubles = [0.1, 0.5, 100.0, 1e-7, 1.5e300, -0.0, 123456789.125,
                       Double.greatestFiniteMagnitude, Double.leastNonzeroMagnitude,
                       // whole numbers on either side of the shortcut's bound (1e15)
                       0, 3, -3, 999_999_999_999_999, -999_999_999_999_999, 1e15, 1e15 + 2, 1e17,
                       9_007_199_254_740_993, 0.999_999_999_999_999_9]
        try Self.expectText([2.0, -7.0, 999_999_999_999_999], "[2,-7,999999999999999]")
        try Self.expectText([Float(1e8), 16_777_216], "[1e+08,16777216]")
        for value in doubles {
            let texts = try Self.both(value)
            #expect(texts.canonical == texts.foundation)
        }
    }

    /// Short decimals (scores to two places, rates to four) and the values beside them are
    /// written as Foundation writes them, up to magnitudes where Doubles lie further apart than
    /// their last decimal place.
    @Test func shortDecimalsAreWrittenAsFoundationWritesThem() throws {
        var generator = SplitMix(seed: 7)
        var values: [Double] = [0.0001, 0.00015, 0.01, 0.29, 0.3, 83.33, 99.75, -0.05, 999_999_999_999.99,
                                1e12, 1e12 - 0.01, 1e11 - 0.0001, 1e11 + 0.0001, 805_233_375_247.2321, 0.1 + 0.2, 0.9571, 1.0 / 3.0, 5e11 + 0.5, 0.000099]
        for _ in 0..<5_000 {
            let magnitude = Double.random(in: -5...13, using: &generator)
            let value = Double.random(in: -1...1, using: &generator) * pow(10, magnitude)
            values += [value, (value * 100).rounded() / 100, (value * 10_000).rounded() / 10_000,
                       (value * 1000).rounded() / 1000, value.nextUp]
        }
        for value in values {
            let texts = try Self.both([value])
            #expect(texts.canonical == texts.foundation, "\(value)")
        }
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteNumbersThrow(_ value: Double) {
        #expect(throws: EncodingError.self) { try CanonicalJSONEncoder().encode(value) }
        #expect(throws: EncodingError.self) { try CanonicalJSONEncoder().encode(["x": value]) }
        #expect(throws: EncodingError.self) { try CanonicalJSONEncoder().encode([Float(value)]) }
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(["x": value]) }
    }

    // MARK: Strings

    /// Every character that needs escaping, at every offset of strings of up to 25 characters,
    /// with ASCII and multi-byte neighbours, is escaped as Foundation escapes it.
    @Test func escapesAreFoundAtEveryOffset() throws {
        let specials: [Character] = ["\"", "\\", "\n", "\u{0}", "\u{1F}", "\t"]
        let harmless: [Character] = ["!", "~", " ", "\u{7F}", "é", "😀", "/", "A"]
        var strings: [String] = []
        for length in 0..<26 {
            let base = String(repeating: harmless[length % harmless.count], count: length)
            strings.append(base)
            for offset in 0...length {
                for special in specials {
                    var text = base
                    text.insert(special, at: text.index(text.startIndex, offsetBy: offset))
                    strings.append(text)
                }
            }
        }
        #expect(strings.count > 2_000)
        let texts = try Self.both(strings)
        #expect(texts.canonical == texts.foundation)
    }

    /// Every ASCII character at every offset of a string that spans several eight-byte words,
    /// between ASCII and multi-byte neighbours: the word-at-a-time scan misses no escape and
    /// escapes nothing else.
    @Test func everyASCIICharacterIsEscapedAsFoundationEscapesItAtEveryOffset() throws {
        var strings: [String] = []
        for neighbour in ["a", "é", "~"] {
            let base = Array(repeating: Character(neighbour), count: 19)
            for scalar in (0..<0x80).compactMap(Unicode.Scalar.init) {
                for offset in 0...base.count {
                    var text = base
                    text.insert(Character(scalar), at: offset)
                    strings.append(String(text))
                }
            }
        }
        let texts = try Self.both(strings)
        #expect(texts.canonical == texts.foundation)
    }

    @Test func stringsAreEscapedAsFoundationEscapesThem() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        try Self.expectText([controls], #"["\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007"#
                            + #"\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014"#
                            + #"\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"]"#)
        try Self.expectText(#"say "hi" \ a/b"#, #""say \"hi\" \\ a/b""#)
        let unicode = "emoji 👩‍👩‍👧 e\u{301} é \u{7F}\u{2028}"
        try Self.expectText(unicode, "\"\(unicode)\"")
        try Self.expectText(["https://example.org/a?b=c": "</script>"],
                            #"{"https://example.org/a?b=c":"</script>"}"#)
    }

    // MARK: Containers

    @Test func emptyAndNestedContainersArePrettyPrintedAsFoundationDoes() throws {
        try Self.expectText([Int](), pretty: true, "[\n\n]")
        try Self.expectText([String: Int](), pretty: true, "{\n\n}")
        try Self.expectText(Shelf(), pretty: true, """
            {
              "empty" : [

              ],
              "groups" : [
                [
                  {
                    "label" : "a",
                    "tags" : [
                      "x",
                      "y"
                    ]
                  }
                ],
                [

                ]
              ],
              "nothing" : {

              }
            }
            """)
    }

    @Test func absentOptionalsAreLeftOutAndExplicitNilIsNull() throws {
        try Self.expectText(Optionals(), #"{"explicit":null,"present":1}"#)
        try Self.expectText(Optionals(), pretty: true,
                            "{\n  \"explicit\" : null,\n  \"present\" : 1\n}")
    }

    @Test func nestedContainersSuperEncodersAndRepeatedKeysMatchFoundation() throws {
        try Self.expectText(Unusual(), snakeCase: true,
                            #"{"in_array":[1,{"deep":true},[2],{},3],"nested":{"a":1,"b":2},"#
                            + #""super":{"z":0},"x":"last"}"#)
        try Self.expectText(Empty(wrapped: true), #"{}"#)
        #expect(throws: EncodingError.self) {
            try CanonicalJSONEncoder().encode(Empty(wrapped: false))
        }
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(Empty(wrapped: false)) }
    }

    @Test func foundationTypesUseTheDefaultStrategies() throws {
        try Self.expectText(FoundationValues(),
                            #"{"data":"AQID","date":12.5,"decimal":1.5,"url":"https://x.test/a/b"}"#)
    }

    @Test func nestingIsLimitedAsInFoundation() throws {
        let texts = try Self.both(Deep(depth: 510))
        #expect(texts.canonical == texts.foundation)
        #expect(throws: EncodingError.self) { try CanonicalJSONEncoder().encode(Deep(depth: 511)) }
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(Deep(depth: 511)) }
    }

    // MARK: Keys

    @Test func keysAreConvertedToSnakeCaseAsFoundationConvertsThem() throws {
        let keys = ["evidenceBacked", "URLString", "a1B2", "_leading", "trailing_", "already_snake",
                    "myURLProperty"]
        try Self.expectText(Keyed(keys), snakeCase: true, #"{"_leading":3,"a1_b2":2,"already_snake":5,"#
                            + #""evidence_backed":0,"my_url_property":6,"trailing_":4,"u_rl_string":1}"#)
        let unusual = ["", "A", "ABC", "aBCd", "a_B", "__x__", "ÀbcÉf", "xǅy", "iİ", "ßS",
                       "camel2Case", "αΒγ"]
        let texts = try Self.both(Keyed(unusual), snakeCase: true)
        #expect(texts.canonical == texts.foundation)
        #expect(Set(unusual.map(SnakeCase.convert)).count <= unusual.count)
    }

    @Test func keysAreSortedByUTF8Bytes() throws {
        try Self.expectText(Keyed(["b", "B", "a", "_x", "é", "Z", "10", "9", "aa", "a1"]),
                            #"{"10":6,"9":7,"B":1,"Z":5,"_x":3,"a":2,"a1":9,"aa":8,"b":0,"é":4}"#)
    }

    @Test func dictionaryKeysAreNotConvertedButCodingKeysAre() throws {
        try Self.expectText(["camelCase": ["innerKey": 1]], snakeCase: true,
                            #"{"camelCase":{"innerKey":1}}"#)
        try Self.expectText([Keyed(["outerKey"])], snakeCase: true, #"[{"outer_key":0}]"#)
        try Self.expectText([KeyName.fooBar: 1], snakeCase: true, #"{"foo_bar":1}"#)
        try Self.expectText([3: "c", 1: "a"], snakeCase: true, #"{"1":"a","3":"c"}"#)
    }

    @Test func userInfoReachesEncodeTo() throws {
        let encoder = CanonicalJSONEncoder(userInfo: [.compactControls: true])
        #expect(try encoder.encodeToString(UserInfoProbe()) == "true")
        #expect(try CanonicalJSONEncoder().encodeToString(UserInfoProbe()) == "false")
    }
}

// MARK: - Sample values

/// Members named by `keys`, valued by their position.
private struct Keyed: Encodable {
    struct Key: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    let keys: [String]
    init(_ keys: [String]) { self.keys = keys }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (index, key) in keys.enumerated() {
            try container.encode(index, forKey: Key(stringValue: key))
        }
    }
}

private enum KeyName: String, Encodable, CodingKeyRepresentable { case fooBar }

private struct Numbers: Encodable {
    let double = -0.0
    let float: Float = 0.1
    let int8: Int8 = -8
    let uInt64 = UInt64.max
}

private struct Shelf: Encodable {
    struct Item: Encodable {
        let label = "a"
        let tags = ["x", "y"]
    }

    let groups: [[Item]] = [[Item()], []]
    let empty: [Int] = []
    let nothing: [String: Int] = [:]
}

private struct Optionals: Encodable {
    enum CodingKeys: CodingKey { case absent, explicit, present }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(Int?.none, forKey: .absent)
        try container.encodeNil(forKey: .explicit)
        try container.encodeIfPresent(Int?.some(1), forKey: .present)
    }
}

/// Nested containers asked for twice, super encoders, and a key written twice.
private struct Unusual: Encodable {
    enum Key: String, CodingKey { case x, nested, inArray, a, b, z, deep }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode("first", forKey: .x)
        var nested = container.nestedContainer(keyedBy: Key.self, forKey: .nested)
        try nested.encode(1, forKey: .a)
        var again = container.nestedContainer(keyedBy: Key.self, forKey: .nested)
        try again.encode(2, forKey: .b)
        var array = container.nestedUnkeyedContainer(forKey: .inArray)
        try array.encode(1)
        var object = array.nestedContainer(keyedBy: Key.self)
        try object.encode(true, forKey: .deep)
        var inner = array.nestedUnkeyedContainer()
        try inner.encode(2)
        _ = array.superEncoder()
        try array.encode(3)
        var parent = container.superEncoder().container(keyedBy: Key.self)
        try parent.encode(0, forKey: .z)
        try container.encode("last", forKey: .x)
    }
}

/// Writes nothing at all, or a value that writes nothing.
private struct Empty: Encodable {
    struct Nothing: Encodable { func encode(to encoder: any Encoder) throws {} }

    let wrapped: Bool

    func encode(to encoder: any Encoder) throws {
        guard wrapped else { return }
        var container = encoder.singleValueContainer()
        try container.encode(Nothing())
    }
}

private struct FoundationValues: Encodable {
    let data = Data([1, 2, 3])
    let date = Date(timeIntervalSinceReferenceDate: 12.5)
    let decimal = Decimal(sign: .plus, exponent: -1, significand: 15)
    let url = URL(string: "https://x.test/a/b") ?? URL(fileURLWithPath: "/")
}

/// Arrays nested `depth + 1` deep.
private struct Deep: Encodable {
    let depth: Int

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        if depth > 0 { try container.encode(Deep(depth: depth - 1)) }
    }
}

/// Writes whether `userInfo[.compactControls]` is `true`.
private struct UserInfoProbe: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(encoder.userInfo[.compactControls] as? Bool == true)
    }
}
