/// A sentence put together as UTF-8 bytes and made a `String` once: appending a piece to a
/// `String` costs several times what appending its bytes to an array does.
struct UTF8Text {
    private var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The text so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    static func += (text: inout UTF8Text, piece: String) {
        if piece.utf8.withContiguousStorageIfAvailable({ text.bytes.append(contentsOf: $0) }) == nil {
            text.bytes.append(contentsOf: piece.utf8)
        }
    }
}
