import Foundation
import Testing

/// One file of `Tests/BadInputs/`: how to run it and what the error must say.
struct BadInput: Sendable, CustomTestStringConvertible {
    enum Command: String, Sendable { case lint, audit }

    /// Path relative to `Tests/BadInputs/`.
    let file: String
    /// `lint FILE`, or `audit FILE` for manifests whose evidence or waivers are at fault.
    let command: Command
    /// A fragment of the error message.
    let message: String
    /// `line:col` of the error, or nil when the whole file is at fault (`file: error: …`).
    let at: String?
    /// The file the error is in, when it is not the one run (a sibling profile, an evidence file).
    let locatedIn: String?

    init(_ file: String, _ command: Command, _ message: String, at: String?, in other: String? = nil) {
        (self.file, self.command, self.message, self.at, self.locatedIn) = (file, command, message, at, other)
    }

    init(_ file: String, _ message: String, at: String?, in other: String? = nil) {
        self.init(file, .lint, message, at: at, in: other)
    }

    var testDescription: String { "\(command.rawValue) \(file)" }
}
