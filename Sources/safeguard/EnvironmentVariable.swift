import Foundation

/// One variable of this process's environment, read with `getenv`: Foundation's
/// `ProcessInfo.environment` copies every variable into a dictionary first, which on first use
/// also has the Swift runtime search all of its ≈ 9,600 conformance records once.
enum EnvironmentVariable {
    /// The value of the variable `name`; nil when it is not set.
    static func value(of name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
