import Testing
@testable import AuditKit

/// A list element's path comes out of the cache as joining it would make it: components, dotted
/// form and all, the second time as the first, past the cached indexes, and for two lists that
/// share a dotted form.
@Suite struct ElementPathCacheTests {
    static func expectJoined(_ path: FieldPath, _ list: FieldPath, _ index: Int) {
        let joined = list.appending(.element(index))
        #expect(path == joined)
        #expect(path.components == joined.components)
        #expect(path.description == joined.description)
    }

    @Test func cachedPathsAreTheJoinedPaths() {
        let cache = ElementPathCache()
        let list = FieldPath("safeguards.input_filters")
        for index in [0, 1, 63, 64, 200] {
            Self.expectJoined(cache.path(of: list, element: index), list, index)
            Self.expectJoined(cache.path(of: list, element: index), list, index)
        }
        #expect(cache.path(of: list, element: 3).description == "safeguards.input_filters[3]")
    }

    /// A cached path's dotted form is interned, for the reasons under it; one past the cached
    /// indexes, or joined for a list that shares another's dotted form, is not.
    @Test func cachedPathsCarryTheirDottedFormInterned() {
        let cache = ElementPathCache()
        let list = FieldPath("safeguards.input_filters")
        for _ in 0..<2 {
            #expect(cache.path(of: list, element: 5).internedDescription?.text == "safeguards.input_filters[5]")
            #expect(cache.path(of: list, element: 5).internedDescription == FileName.interned("safeguards.input_filters[5]"))
        }
        #expect(cache.path(of: list, element: ElementPathCache.indexLimit).internedDescription == nil)
        let split = FieldPath(components: ["a", "b"]), joined = FieldPath(components: ["a.b"])
        #expect(cache.path(of: split, element: 1).internedDescription != nil)
        #expect(cache.path(of: joined, element: 1).internedDescription == nil)
        #expect(list.internedDescription == nil)
    }

    @Test func listsSharingADottedFormKeepTheirOwnComponents() {
        let cache = ElementPathCache()
        let split = FieldPath(components: ["a", "b"]), joined = FieldPath(components: ["a.b"])
        #expect(split.description == joined.description)
        for _ in 0..<2 {
            Self.expectJoined(cache.path(of: split, element: 2), split, 2)
            Self.expectJoined(cache.path(of: joined, element: 2), joined, 2)
        }
        #expect(cache.path(of: joined, element: 2).components == ["a.b", "[2]"])
    }
}
