/// A control as an audit runs it: its conditions, and the facts its results share.
///
/// The conditions are read from this object's constants, which the evaluator borrows in place.
/// Read from the checklist's `Control` through a pointer, each was copied for the call first —
/// two retains, then their releases, for each of the ≈ 160 conditions a manifest evaluates.
/// (`applies` is not optional for the same reason: unwrapping an optional copied the condition
/// too.)
final class PlannedControl: Sendable {
    /// When the control applies; when it always does, an empty `all`, which holds.
    let applies: Condition
    /// Whether the control applies always (it has no `applies` of its own).
    let appliesAlways: Bool
    /// What must hold for the control to pass.
    let require: Condition
    /// The id, texts and weight every result of the control shares.
    let facts: ControlFacts

    /// The plan of `control`.
    init(_ control: Control) {
        (applies, appliesAlways) = (control.applies ?? Condition(.all([])), control.applies == nil)
        (require, facts) = (control.require, ControlFacts(control))
    }
}
