import Foundation

/// Runs independent pieces of work on every core and collects their results in order.
///
/// Only for work big enough to pay for a second core: on the 2-core VM of `docs/performance-history.md`,
/// a one-manifest run whose work was split over two threads took more than twice the CPU
/// (46–50 against 22 ms) and 40 % more wall time (31 against 22 ms) than on one (profiles show
/// more page faults and TLB flushes that interrupt the other core, though not enough to
/// account for all of it). One manifest's audit and reports therefore run on one thread; large
/// report sets and parse-only portfolio runs use this (a portfolio's audits run on
/// `OrderedPipeline`).
public enum Parallel {
    /// `transform` applied to `0..<count`, on every core (or one after another when `serial`),
    /// with the results in index order.
    public static func map<Output: Sendable>(_ count: Int, serial: Bool = false,
                                             _ transform: @escaping @Sendable (Int) -> Output) -> [Output] {
        guard count > 0 else { return [] }
        if serial || count == 1 { return (0..<count).map(transform) }
        let slots = Slots<Output>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { slots.set($0, transform($0)) }
        return slots.values
    }
}

/// Results written from several threads, each into its own slot.
final class Slots<Output: Sendable>: @unchecked Sendable {
    private var slots: [Output?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Output) {
        lock.withLock { slots[index] = value }
    }

    /// Every slot's value; each was set (by `concurrentPerform`) before this is read.
    var values: [Output] { lock.withLock { slots.compactMap { $0 } } }
}
