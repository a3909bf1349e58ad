/// A waiver as the report lists it; expired and not-yet-approved waivers are flagged.
struct WaiverView: Sendable, Encodable {
    let control: String
    let status: String
    /// True when the waiver no longer (or not yet) covers the control.
    let flagged: Bool
    let approvedBy: String
    let approvedOn: String
    let expires: String
    let justification: String
    let location: String

    init(_ waiver: WaiverRecord) {
        control = waiver.control
        status = waiver.status.rawValue
        flagged = waiver.status == .expired || waiver.status == .notYetApproved
        approvedBy = waiver.approvedBy
        approvedOn = waiver.approvedOn.description
        expires = waiver.expires.description
        justification = waiver.justification.flattened
        location = waiver.location.description
    }
}

extension WaiverView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "control": .text(control), "status": .text(status), "flagged": .flag(flagged),
            "approvedBy": .text(approvedBy), "approvedOn": .text(approvedOn), "expires": .text(expires),
            "justification": .text(justification), "location": .text(location),
        ])
    }
}
