/// A `field` condition's path and tests behind one reference, made with the condition.
///
/// The evaluator reads them through it in place. Copied out of `Condition.Kind`'s indirect
/// box instead, the path's components and the tests were retained and released for each field
/// test of each manifest: ≈ 1,100 calls of each a portfolio manifest (not atomic ones: a
/// compiled checklist's arrays are statically allocated), ≈ 1.8 % of its instructions.
final class FieldLeaf: Sendable {
    /// The field's path.
    let path: FieldPath
    /// The tests on its value; all must hold.
    let tests: [FieldTest]

    init(_ path: FieldPath, _ tests: [FieldTest]) { (self.path, self.tests) = (path, tests) }
}
