import Foundation

/// The paths of list elements — `safeguards.input_filters[3]` — made once per thread and
/// reused by every audit on it, instead of joined again for each `some`/`each` entry of each
/// manifest (≈ 1,300 instructions apiece, ≈ 2 % of a portfolio manifest's): checklists
/// quantify over a few lists, and only the first 64 entries of each are kept.
///
/// Each thread has its own table (a POSIX thread-specific value), so a lookup takes no lock
/// and the two cores of a portfolio run never write to one cache line: one shared table under
/// a lock cost two atomic operations a lookup, ≈ 200 lookups a manifest.
final class ElementPathCache: @unchecked Sendable {
    /// The cache the engine uses.
    static let shared = ElementPathCache()
    /// Entries past this index are joined each time.
    static let indexLimit = 64

    /// One thread's table: by the list's dotted path, the list's path and its elements' paths.
    private final class Table {
        var lists: [String: (list: FieldPath, elements: [FieldPath?])] = [:]
    }

    private let key: pthread_key_t

    /// A cache with a table per thread. A thread's table is freed when the thread ends; a
    /// cache is never freed (only tests make more than the shared one).
    init() {
        var key = pthread_key_t()
        pthread_key_create(&key) { table in
            if let table { Unmanaged<Table>.fromOpaque(table).release() }
        }
        self.key = key
    }

    /// `list.appending(.element(index))`.
    func path(of list: FieldPath, element index: Int) -> FieldPath {
        guard index < Self.indexLimit else { return list.appending(.element(index)) }
        let table = currentTable()
        if let cached = table.lists[list.description], cached.list == list, let path = cached.elements[index] {
            return path
        }
        let path = list.appending(.element(index))
        var entry = table.lists.removeValue(forKey: list.description)
            ?? (list, Array(repeating: nil, count: Self.indexLimit))
        // Two lists with one dotted form (a component holding a dot) share a slot: the one
        // cached first keeps it, and the other is joined each time.
        if entry.list == list { entry.elements[index] = path }
        table.lists[list.description] = entry
        return path
    }

    /// This thread's table, made the first time the thread asks.
    private func currentTable() -> Table {
        if let table = pthread_getspecific(key) { return Unmanaged<Table>.fromOpaque(table).takeUnretainedValue() }
        let table = Table()
        pthread_setspecific(key, Unmanaged.passRetained(table).toOpaque())
        return table
    }
}
