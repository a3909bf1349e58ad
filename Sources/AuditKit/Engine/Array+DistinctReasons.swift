/// A control's reasons, each said once. Parts of a condition can decide it with the same fact:
/// an `any` of `hash_lists contains ncmec` and `contains iwf` holds twice with
/// "hash_lists is [ncmec, iwf]", and an `any` of two `some`s over one list fails twice with
/// "no entry of … satisfies the condition". A report that gave the sentence twice would read
/// as a fault in the tool, or as two findings where there is one.
extension Array where Element == Reason {
    /// The reasons in order, without any that repeats an earlier one (same location and
    /// sentence). `==` compares sentences only where locations are equal, and the list is
    /// read in place, so a list without repeats is neither composed nor copied.
    func removingRepeats() -> [Reason] {
        guard let firstRepeat = firstRepeatIndex() else { return self }
        var kept: [Reason] = []
        kept.reserveCapacity(count - 1)
        for index in indices where index < firstRepeat || (index > firstRepeat && !kept.contains(self[index])) {
            kept.append(self[index])
        }
        return kept
    }

    /// The index of the first reason that equals one before it.
    private func firstRepeatIndex() -> Int? {
        withUnsafeBufferPointer { buffer in
            // `indices` is empty when the buffer has no address.
            let base = buffer.baseAddress.unsafelyUnwrapped
            return buffer.indices.first { index in (0..<index).contains { base[$0] == base[index] } }
        }
    }
}
