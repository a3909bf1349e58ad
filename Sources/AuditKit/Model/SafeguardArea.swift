/// The closed vocabulary of safeguard areas. The first four are the pillars reports lead with.
public enum SafeguardArea: String, Codable, CaseIterable, Sendable {
    case inputFilter = "input-filter"
    case outputFilter = "output-filter"
    case minorLikeness = "minor-likeness"
    case socialIntegration = "social-integration"
    case imageManipulation = "image-manipulation"
    case provenance
    case trainingData = "training-data"
    case redTeaming = "red-teaming"
    case reporting
    case userReporting = "user-reporting"
    case ageAssurance = "age-assurance"
    case transparency
    case dueDiligence = "due-diligence"
    case privacy
    case incidentResponse = "incident-response"
    case companion

    /// The four pillars, in report order.
    public static let pillars: [SafeguardArea] = [
        .inputFilter, .outputFilter, .minorLikeness, .socialIntegration,
    ]

    /// A human title, e.g. "Minor-likeness refusal".
    public var title: String {
        switch self {
        case .inputFilter: "Input filters"
        case .outputFilter: "Output filters"
        case .minorLikeness: "Minor-likeness refusal"
        case .socialIntegration: "Social-integration risk"
        case .imageManipulation: "Image manipulation"
        case .provenance: "Provenance"
        case .trainingData: "Training data"
        case .redTeaming: "Red-teaming"
        case .reporting: "Reporting to authorities"
        case .userReporting: "User reporting and takedown"
        case .ageAssurance: "Age assurance"
        case .transparency: "Transparency"
        case .dueDiligence: "Due diligence"
        case .privacy: "Children's privacy"
        case .incidentResponse: "Incident response"
        case .companion: "AI companions"
        }
    }
}
