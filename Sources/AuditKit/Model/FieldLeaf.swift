/// A `field` condition's path and tests behind one reference, made with the condition.
///
/// The evaluator reads them through it in place. Copied out of `Condition.Kind`'s indirect
/// box instead, the path's components and the tests were retained and released for each field
/// test of each manifest: ≈ 880 atomic operations of each kind a portfolio manifest.
final class FieldLeaf: Sendable {
    /// The field's path.
    let path: FieldPath
    /// The tests on its value; all must hold.
    let tests: [FieldTest]

    init(_ path: FieldPath, _ tests: [FieldTest]) { (self.path, self.tests) = (path, tests) }
}
