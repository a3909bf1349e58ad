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

    /// One list's path and its elements' paths, by index.
    private final class Entry {
        let list: FieldPath
        var elements: [FieldPath?] = Array(repeating: nil, count: ElementPathCache.indexLimit)

        init(_ list: FieldPath) { self.list = list }
    }

    /// One thread's table: the lists by dotted path, and the list asked for last (a `some` or
    /// `each` asks for its list's elements one after another, so most lookups hash nothing).
    private final class Table {
        var lists: [String: Entry] = [:]
        var last: Entry?

        /// The entry of `list`, or of the list cached first under its dotted form, unretained:
        /// the table keeps it.
        func entry(for list: FieldPath) -> Unmanaged<Entry> {
            if let last, last.list == list { return Unmanaged.passUnretained(last) }
            if let known = lists[list.description] {
                last = known
                return Unmanaged.passUnretained(known)
            }
            let entry = Entry(list)
            (lists[list.description], last) = (entry, entry)
            return Unmanaged.passUnretained(entry)
        }
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
        return currentTable().entry(for: list)._withUnsafeGuaranteedRef { entry in
            if entry.list == list, let path = entry.elements[index] { return path }
            // Two lists with one dotted form (a component holding a dot) share a slot: the one
            // cached first keeps it, and the other is joined each time. A kept path's dotted
            // form is interned (`FieldPath.internedDescription`): there are at most
            // `indexLimit` of each list.
            guard entry.list == list else { return list.appending(.element(index)) }
            let path = list.appending(.element(index)).interningDescription()
            entry.elements[index] = path
            return path
        }
    }

    /// This thread's table, made the first time the thread asks.
    private func currentTable() -> Table {
        if let table = pthread_getspecific(key) { return Unmanaged<Table>.fromOpaque(table).takeUnretainedValue() }
        let table = Table()
        pthread_setspecific(key, Unmanaged.passRetained(table).toOpaque())
        return table
    }
}
