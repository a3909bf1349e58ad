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
        guard let value = type.construct(from: scalar) else { throw typeMismatch(type) }
        return value
    }
}
