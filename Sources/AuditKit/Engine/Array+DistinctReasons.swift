/// A control's reasons, each said once. Parts of a condition can decide it with the same fact:
/// an `any` of `hash_lists contains ncmec` and `contains iwf` holds twice with
/// "hash_lists is [ncmec, iwf]", and an `any` of two `some`s over one list fails twice with
/// "no entry of … satisfies the condition". A report that gave the sentence twice would read
/// as a fault in the tool, or as two findings where there is one.
extension Array where Element == Reason {
    /// Removes every reason that repeats an earlier one (same location and sentence), keeping
    /// the order. `==` compares sentences only where locations are equal, and facts by their
    /// parts, and the list is read in place: a list without repeats is neither composed,
    /// copied nor retained.
    mutating func removeRepeats() {
        guard let firstRepeat = firstRepeatIndex() else { return }
        var kept = firstRepeat
        for index in indices[(firstRepeat + 1)...] where !self[..<kept].contains(self[index]) {
            swapAt(kept, index)
            kept += 1
        }
        removeSubrange(kept...)
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
