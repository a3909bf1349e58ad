/// Reading each element where it lies. `for element in array`, `map`, `filter` and
/// `first(where:)` hand their closures a copy of each element (so does a closure taking a
/// `borrowing` element, measured), and a copy of a control result retains, then releases, a
/// dozen strings and arrays: three passes over an audit's 107 results made ≈ 320 such copies
/// per manifest, ≈ 2 % of a portfolio manifest's instructions. Read through the pointer
/// (`element.pointee.field`), only the field is loaded.
extension Array {
    /// `transform` applied to the address of each element, in order.
    @inline(__always)
    func mapInPlace<T>(_ transform: (UnsafePointer<Element>) throws -> T) rethrows -> [T] {
        try withUnsafeBufferPointer { buffer in
            var results: [T] = []
            results.reserveCapacity(buffer.count)
            // `indices` is empty when the buffer has no address.
            for index in buffer.indices { results.append(try transform(buffer.baseAddress.unsafelyUnwrapped + index)) }
            return results
        }
    }

    /// `body` called with the address of each element, in order.
    @inline(__always)
    func forEachInPlace(_ body: (UnsafePointer<Element>) throws -> Void) rethrows {
        try withUnsafeBufferPointer { buffer in
            for index in buffer.indices { try body(buffer.baseAddress.unsafelyUnwrapped + index) }
        }
    }
}
