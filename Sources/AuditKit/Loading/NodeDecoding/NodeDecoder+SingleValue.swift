import Foundation
import Yams

extension NodeDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool { node.null != nil }

    func decode<T: Decodable & ScalarConstructible>(_ type: T.Type) throws -> T {
        try scalar(of: type)
    }

    /// Any other type decodes itself; `String`, `Int`, `Bool`… come straight back through the
    /// scalar overload above, so no per-value dynamic cast is needed. The Foundation types whose
    /// `Decodable` form differs from their YAML scalar are built as Yams builds them.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if Self.foundationScalars.contains(ObjectIdentifier(type)),
           let constructible = type as? any ScalarConstructible.Type {
            guard let typed = try scalar(of: constructible) as? T else { throw typeMismatch(type) }
            return typed
        }
        return try T(from: self)
    }

    /// `Date`, `Data`, `Decimal`, `URL`: Yams reads them from a scalar, Foundation's `Decodable`
    /// does not.
    private static let foundationScalars: Set<ObjectIdentifier> = [
        ObjectIdentifier(Date.self), ObjectIdentifier(Data.self), ObjectIdentifier(Decimal.self),
        ObjectIdentifier(URL.self),
    ]

    /// `type` built from the node by Yams' own scalar rules.
    private func scalar<T: ScalarConstructible>(of type: T.Type) throws -> T {
        guard case .scalar(let scalar) = node else { throw typeMismatch(Node.Scalar.self) }
        if let value = Self.plainNumber(scalar, as: type) { return value }
        guard let value = type.construct(from: scalar) else { throw typeMismatch(type) }
        if type == String.self, ScalarSyntax.isBlank(scalar.string) {
            // A blank title, reason or name says nothing where a report shows it.
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: ScalarSyntax.blankAdvice))
        }
        return value
    }

    /// An `Int` or `Double` written as plain decimal digits (a sign, and for `Double` a point,
    /// allowed), read without Yams' general rules, which first rewrite the text with
    /// Foundation's `replacingOccurrences`. Yams reads such text the same way (`Int(text)`,
    /// `Double(text)`; `NodeDecoderTests` compares the two); anything else, such as `0x1f`,
    /// `1_000`, `1:30`, `.inf` or `017` (octal to Yams), is nil here and left to Yams.
    private static func plainNumber<T>(_ scalar: Node.Scalar, as type: T.Type) -> T? {
        guard type == Int.self || type == Double.self, scalar.style == .plain || scalar.style == .any else {
            return nil  // most scalars are strings: they leave here
        }
        return plainNumber(scalar.string, as: type)
    }

    /// The text of a plain scalar as an `Int` or `Double` when it is written as plain decimal
    /// digits, as above; nil for anything else, which Yams' rules decide. `MetricsEventParser`
    /// reads numbers with this too, and leaves the rest to the general reader.
    static func plainNumber<T>(_ text: String, as type: T.Type) -> T? {
        guard type == Int.self || type == Double.self else { return nil }
        let bytes = text.utf8
        let digits = bytes.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        guard bytes.count - digits.count <= 1, let first = digits.first else { return nil }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        if type == Int.self {
            guard digits.allSatisfy(isDigit), first != UInt8(ascii: "0") || bytes.count == 1 else { return nil }
            return Int(text) as? T
        }
        guard digits.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ".") }) else { return nil }
        return Double(text) as? T
    }
}
