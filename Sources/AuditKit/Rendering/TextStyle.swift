/// How terminal text is decorated: plain, or with ANSI colours. Chosen once by the CLI, so
/// colour never leaks into files or machine formats.
public enum TextStyle: Sendable {
    /// No escape codes.
    case plain
    /// ANSI colours and bold.
    case ansi

    /// The roles text can have.
    public enum Role: Sendable { case good, bad, warning, muted, strong }

    /// `text` decorated for `role`.
    public func apply(_ role: Role, _ text: String) -> String {
        guard self == .ansi else { return text }
        let code = switch role {
        case .good: "32"
        case .bad: "31"
        case .warning: "33"
        case .muted: "2"
        case .strong: "1"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// The role that shows an outcome.
    func role(for outcome: Outcome) -> Role {
        switch outcome {
        case .passed: .good
        case .failed, .error: .bad
        case .notReviewed, .waived: .warning
        case .notApplicable: .muted
        }
    }
}
