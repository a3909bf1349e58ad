/// Running sums for one score line, added to one control at a time in checklist order, so the
/// sums are the same floating-point additions as summing a filtered list would make.
struct ScoreTally {
    /// Σ weight of the passed controls added.
    private(set) var credit = 0.0
    /// Σ weight of the controls added.
    private(set) var weight = 0.0
    /// Σ weight of the added controls whose outcome rests on fresh evidence.
    private(set) var backed = 0.0
    /// How many controls were added.
    private(set) var controls = 0

    /// Counts the control result at `control` (read in place: see `Array.forEachInPlace`).
    mutating func add(_ control: UnsafePointer<ControlResult>) {
        let added = control.pointee.weight
        weight += added
        if control.pointee.outcome == .passed { credit += added }
        if control.pointee.evidenceBacked { backed += added }
        controls += 1
    }

    /// Σ credit ÷ Σ weight × 100, to two decimals; nil when nothing was added with weight.
    var score: Double? { weight > 0 ? Self.round(credit / weight * 100) : nil }

    /// Σ backed ÷ Σ weight × 100, to two decimals; nil when nothing was added with weight.
    var coverage: Double? { weight > 0 ? Self.round(backed / weight * 100) : nil }

    /// Two decimals, so the JSON stays readable and stable.
    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
