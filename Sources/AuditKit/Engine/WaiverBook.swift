/// The manifest's waivers judged on the as-of date.
struct WaiverBook: Sendable {
    /// What a waiver means for one unmet control.
    struct Note {
        let applies: Bool
        let message: String
        let location: SourceLocation
    }

    let waivers: [Waiver]
    let asOf: Day
    let ignored: Bool

    init(_ waivers: [Waiver], asOf: Day, ignored: Bool) {
        (self.waivers, self.asOf, self.ignored) = (waivers, asOf, ignored)
    }

    /// The waiver note for an unmet control, if a waiver names it.
    func note(for control: String) -> Note? {
        guard let waiver = best(for: control) else { return nil }
        let approver = "approved by \(waiver.approvedBy) on \(waiver.approvedOn)"
        if ignored {
            return Note(applies: false, message: "waiver ignored (--ignore-waivers), \(approver)",
                        location: waiver.location)
        }
        if waiver.expires < asOf {
            return Note(applies: false, message: "waiver expired on \(waiver.expires); the control "
                        + "counts again", location: waiver.location)
        }
        if asOf < waiver.approvedOn {
            return Note(applies: false, message: "waiver is dated \(waiver.approvedOn), after the "
                        + "as-of date", location: waiver.location)
        }
        return Note(applies: true, message: "waived until \(waiver.expires), \(approver): "
                    + waiver.justification, location: waiver.location)
    }

    /// One record per waiver, saying what became of it.
    func records(for controls: [ControlResult]) -> [WaiverRecord] {
        waivers.map { waiver in
            let control = controls.first { $0.id == waiver.control }
            let status: WaiverRecord.Status =
                ignored ? .ignored
                : waiver.expires < asOf ? .expired
                : asOf < waiver.approvedOn ? .notYetApproved
                : control?.outcome == .waived && best(for: waiver.control) == waiver ? .applied
                : .unused
            return WaiverRecord(control: waiver.control, status: status,
                                justification: waiver.justification, approvedBy: waiver.approvedBy,
                                approvedOn: waiver.approvedOn, expires: waiver.expires,
                                location: waiver.location)
        }
    }

    /// A valid waiver for the control if there is one, else the latest-expiring one.
    private func best(for control: String) -> Waiver? {
        let matching = waivers.filter { $0.control == control }
        return matching.first { $0.isValid(on: asOf) } ?? matching.max { $0.expires < $1.expires }
    }
}
