import Foundation

/// A file's name, kept once per process: a location names its file through one of these, a
/// pointer to the name's bytes, so copying a location retains nothing. An audit copies its
/// ≈ 700 node locations into ≈ 400 reasons and through the combinators, and on two cores every
/// retain and release of the name's string was an atomic operation.
///
/// Names are never freed, so a location can outlive every file and result. Their bytes are
/// packed into large blocks (`FileNameTable`), not one allocation each, so the names a
/// portfolio keeps (one per manifest) cost their length and a few bytes, and leave no small
/// long-lived allocations among the audit's short-lived ones.
struct FileName: Hashable {
    /// The name's entry: its byte count (an `Int`), then its bytes.
    let entry: UnsafeRawPointer

    /// The one name with the same bytes as `text`. Names are told apart by their bytes, not by
    /// Unicode canonical equivalence: `é` composed and decomposed are two files.
    static func interned(_ text: String) -> FileName {
        var text = text
        return text.withUTF8 { FileName(entry: FileNameTable.shared.entry(for: $0)) }
    }

    /// The name's UTF-8 bytes.
    var utf8: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: (entry + MemoryLayout<Int>.size).assumingMemoryBound(to: UInt8.self),
                            count: entry.loadUnaligned(as: Int.self))
    }

    /// The name.
    var text: String { String(decoding: utf8, as: UTF8.self) }
}

/// The bytes behind `entry` never change once the name is made.
extension FileName: @unchecked Sendable {}
