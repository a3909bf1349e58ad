/// An accepted risk for one control, with an approver and an expiry date.
public struct Waiver: Sendable, Hashable {
    /// The control id it covers.
    public let control: String
    /// Why the risk is accepted.
    public let justification: String
    /// Who accepted it.
    public let approvedBy: String
    /// When it was approved.
    public let approvedOn: Day
    /// Last day it counts (inclusive).
    public let expires: Day
    /// Where the waiver is written.
    public let location: SourceLocation

    init(_ node: ManifestNode) {
        control = node.text("control") ?? ""
        justification = node.text("justification") ?? ""
        approvedBy = node.text("approved_by") ?? ""
        approvedOn = node.day("approved_on") ?? Day(containing: .distantPast)
        expires = node.day("expires") ?? Day(containing: .distantPast)
        location = node.location
    }

    /// Whether the waiver counts on `day`: approved by then and not yet expired.
    public func isValid(on day: Day) -> Bool { approvedOn <= day && day <= expires }
}
