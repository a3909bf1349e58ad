/// The writer's bytes: one growing block of memory the writer owns (it cannot be copied, so
/// nothing else does), appended to without reference counting or the uniqueness and capacity
/// checks of `[UInt8].append` — a result's ten thousand small appends (keys, quotes,
/// separators, digits) paid a twentieth of its writing for those.
extension CanonicalJSONWriter {
    /// Appends one byte.
    @inline(__always)
    mutating func appendByte(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        start[count] = byte
        count += 1
    }

    /// Appends `bytes`.
    @inline(__always)
    mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends `byte` `times` times.
    mutating func appendByte(_ byte: UInt8, times: Int) {
        guard times > 0 else { return }
        if capacity - count < times { grow(toHold: times) }
        (start + count).update(repeating: byte, count: times)
        count += times
    }

    /// Appends ASCII text.
    mutating func append(_ text: StaticString) {
        if text.hasPointerRepresentation {
            appendBytes(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        } else {
            appendUTF8(text.description)
        }
    }

    /// Appends `text`'s UTF-8 as it is, unescaped.
    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { appendBytes($0) }
    }

    /// The text written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    private mutating func grow(toHold extra: Int) {
        let wanted = max(2 * capacity, count + extra)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: wanted)
        larger.moveInitialize(from: start, count: count)
        start.deallocate()
        (start, capacity) = (larger, wanted)
    }
}
