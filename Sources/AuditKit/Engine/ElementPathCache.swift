import Foundation

/// The paths of list elements — `safeguards.input_filters[3]` — made once per process and
/// shared by every audit, instead of joined again for each `some`/`each` entry of each
/// manifest (≈ 1,300 instructions apiece, ≈ 2 % of a portfolio manifest's): checklists
/// quantify over a few lists, and only the first 64 entries of each are kept.
final class ElementPathCache: @unchecked Sendable {
    /// The cache the engine uses.
    static let shared = ElementPathCache()
    /// Entries past this index are joined each time.
    static let indexLimit = 64

    private let lock = NSLock()
    /// By the list's dotted path: the list's path, and its elements' paths by index.
    private var lists: [String: (list: FieldPath, elements: [FieldPath?])] = [:]

    /// `list.appending(.element(index))`.
    func path(of list: FieldPath, element index: Int) -> FieldPath {
        guard index < Self.indexLimit else { return list.appending(.element(index)) }
        if let cached = lock.withLock({ lists[list.description] }), cached.list == list,
           let path = cached.elements[index] {
            return path
        }
        let path = list.appending(.element(index))
        lock.withLock {
            var entry = lists[list.description] ?? (list, Array(repeating: nil, count: Self.indexLimit))
            // Two lists with one dotted form (a component holding a dot) share a slot: the
            // one cached first keeps it, and the other is joined each time.
            guard entry.list == list else { return }
            entry.elements[index] = path
            lists[list.description] = entry
        }
        return path
    }
}
