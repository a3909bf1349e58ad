/// The member order of Foundation's `JSONEncoder` with `.sortedKeys` on Linux: keys compared
/// byte by byte in UTF-8 (`a.utf8.lexicographicallyPrecedes(b.utf8)` in swift-foundation's
/// `JSONWriter`), each key once.
enum JSONKeyOrder {
    /// Sorts `members` by key and keeps, for a key written more than once, its last value.
    static func sortAndDeduplicate(_ members: inout [JSONMember]) {
        guard members.count > 1 else { return }
        // `sort` is stable, so among equal keys the last one written stays last.
        members.sort { compare($0.key, $1.key) < 0 }
        var kept = 0
        for index in 1..<members.count {
            if compare(members[kept].key, members[index].key) == 0 {
                members[kept].value = members[index].value
            } else {
                kept += 1
                if kept != index { members[kept] = members[index] }
            }
        }
        members.removeLast(members.count - kept - 1)
    }

    /// Negative, zero or positive as `a`'s UTF-8 bytes sort before, equal or after `b`'s.
    static func compare(_ a: String, _ b: String) -> Int {
        let fast = a.utf8.withContiguousStorageIfAvailable { left in
            b.utf8.withContiguousStorageIfAvailable { right in compare(left, right) }
        }
        if let result = fast ?? nil { return result }
        if a.utf8.elementsEqual(b.utf8) { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    private static func compare(_ left: UnsafeBufferPointer<UInt8>,
                                _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let shared = min(left.count, right.count)
        for index in 0..<shared where left[index] != right[index] {
            return Int(left[index]) - Int(right[index])
        }
        return left.count - right.count
    }
}
