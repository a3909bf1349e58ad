/// An overlay on a checklist (`safeguard: profile/v1`). Here: which checklist it extends and
/// the gate policy it sets.
public struct Profile: Sendable, Decodable {
    /// Stable id.
    public let id: String
    /// Human title.
    public let title: String
    /// A built-in checklist id or a path relative to the profile.
    public let extends: String
    /// Gate policy; CLI options override it.
    public let gate: GatePolicy?
    /// Optional description.
    public let description: String?

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case format = "safeguard", id, title, extends, gate, description
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        extends = try c.decode(String.self, forKey: .extends)
        gate = try c.decodeIfPresent(GatePolicy.self, forKey: .gate)
        description = try c.decodeIfPresent(String.self, forKey: .description)
    }
}
