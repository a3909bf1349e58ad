import Foundation

/// JSON text handed over by the writer that wrote it, without a copy: a portfolio line is
/// ≈ 70 KB, and copying each into an array (and allocating and freeing the array) was ≈ 1 % of
/// a portfolio manifest's time. The bytes are freed with the value.
public final class JSONBytes: @unchecked Sendable {
    private let start: UnsafeMutableRawPointer
    /// How many bytes there are.
    public let count: Int

    /// Takes over `count` bytes at `start`, allocated with `malloc` (see `CanonicalJSONWriter`).
    init(takingOver start: UnsafeMutableRawPointer, count: Int) {
        (self.start, self.count) = (start, count)
    }

    deinit { free(start) }

    /// Calls `body` with the bytes, which stay valid until it returns.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// The bytes, copied into an array.
    public var array: [UInt8] { withUnsafeBytes { Array($0) } }
}
