import Foundation
import Testing
import Yams
@testable import AuditKit

/// `NodeDecoder` decodes exactly what Yams' `YAMLDecoder` decodes, and fails where it fails,
/// with the same error kind and coding path.
@Suite struct NodeDecoderTests {
    struct Sample: Decodable, Equatable {
        struct Item: Decodable, Equatable {
            let id: String
            let weight: Double?
        }
        let name: String
        let count: Int
        let enabled: Bool
        let ratio: Double
        let tags: [String]
        let items: [Item]
        let note: String?
        let nested: [[Int]]
    }

    static func node(_ yaml: String) throws -> Node {
        try YAMLDocument(SourceFile(path: "sample.yaml", text: yaml)).root
    }

    /// Decodes with both decoders; returns the value, or the error's kind and coding path.
    static func both<T: Decodable & Equatable>(_ type: T.Type, _ yaml: String) throws -> (String, String) {
        let root = try node(yaml)
        return (outcome { try YAMLDecoder().decode(type, from: root) },
                outcome { try NodeDecoder.decode(type, from: root) })
    }

    static func outcome<T>(_ body: () throws -> T) -> String {
        do { return "\(try body())" } catch let error as DecodingError {
            switch error {
            case let .typeMismatch(type, context): return "typeMismatch \(type) at \(path(context))"
            case let .valueNotFound(type, context): return "valueNotFound \(type) at \(path(context))"
            case let .keyNotFound(key, context): return "keyNotFound \(key.stringValue) at \(path(context))"
            case let .dataCorrupted(context): return "dataCorrupted at \(path(context))"
            @unknown default: return "unknown"
            }
        } catch { return "other \(error)" }
    }

    static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    static let valid = """
        name: sample
        count: 3
        enabled: yes
        ratio: 0.25
        tags: [a, "b", 'c']
        items:
          - {id: x, weight: 2}
          - {id: y}
        nested: [[1, 2], []]
        """

    @Test func decodesTheSameValues() throws {
        let (yams, ours) = try Self.both(Sample.self, Self.valid)
        #expect(ours == yams)
        #expect(ours.contains("weight: Optional(2.0)"), "\(ours)")
    }

    @Test(arguments: [
        ("count: 3", "count: three"),
        ("count: 3", "count: [3]"),
        ("ratio: 0.25", "ratio: {a: 1}"),
        ("name: sample\n", ""),
        ("  - {id: y}", "  - {weight: 1}"),
        ("nested: [[1, 2], []]", "nested: [[1, x], []]"),
        ("tags: [a, \"b\", 'c']", "tags: a"),
        ("enabled: yes", "enabled: maybe"),
    ])
    func failsTheSameWay(_ original: String, _ replacement: String) throws {
        let yaml = Self.valid.replacingOccurrences(of: original, with: replacement)
        let (yams, ours) = try Self.both(Sample.self, yaml)
        #expect(ours == yams)
        #expect(!ours.hasPrefix("Sample("), "the edit must break decoding: \(ours)")
    }

    @Test func foundationScalarsAreBuiltAsYamsBuildsThem() throws {
        struct Values: Decodable, Equatable {
            let date: Date
            let link: URL
            let amount: Decimal
            let small: Int8
            let float: Float
        }
        let yaml = "date: 2026-11-22\nlink: https://example.org/a\namount: 12.50\nsmall: -3\nfloat: 0.5\n"
        let (yams, ours) = try Self.both(Values.self, yaml)
        #expect(ours == yams)
        #expect(ours.contains("link: https://example.org/a"), "\(ours)")
        let (yamsOverflow, oursOverflow) = try Self.both(Values.self, yaml.replacingOccurrences(of: "-3", with: "300"))
        #expect(oursOverflow == yamsOverflow)
        #expect(oursOverflow == "typeMismatch Int8 at small")
    }

    /// Plain decimal numbers take a shorter road than Yams' rules; every spelling either reads
    /// the same or fails the same.
    @Test(arguments: ["0", "7", "-7", "+7", "-0", "+0", "017", "0x1f", "0o17", "0b101", "1_000", "1:30",
                      "12.5", "-0.25", "+.5", ".5", "5.", ".", "-", "+-1", "--1", "1e3", ".inf", "-.inf",
                      ".nan", "1.2.3", "9223372036854775807", "9223372036854775808", "'12'", "\"12\"",
                      "٣", "0.1e-7"])
    func numbersReadAsYamsReadsThem(_ text: String) throws {
        let (yamsWhole, oursWhole) = try Self.both([Int].self, "[\(text)]")
        #expect(oursWhole == yamsWhole, "\(text) as Int")
        let (yamsReal, oursReal) = try Self.both([Double].self, "[\(text)]")
        #expect(oursReal == yamsReal, "\(text) as Double")
    }

    @Test func mergeKeysArePlainKeysForBoth() throws {
        struct Holder: Decodable, Equatable { let items: [Sample.Item] }
        let yaml = "items:\n  - {<<: {id: from-base, weight: 1}, weight: 5}\n"
        let (yams, ours) = try Self.both(Holder.self, yaml)
        #expect(ours == yams)
        #expect(ours == "keyNotFound id at items.0")
    }

    @Test func unknownKeysAreStillRejectedAtTheirLine() throws {
        let source = SourceFile(path: "metrics.yaml", text: """
            safeguard: metrics/v1
            collected: 2026-11-01
            metrics:
              refusal.minor-sexualisation: {n: 10, passes: 9, pases: 9}
            """)
        let error = #expect(throws: Diagnostic.self) { try Loader.metrics(source, vocabulary: nil) }
        #expect(error?.code == .unknownKey)
        #expect(error?.position?.line == 4)
    }
}
