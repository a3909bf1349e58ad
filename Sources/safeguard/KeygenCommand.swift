import ArgumentParser
import AuditKit
import Foundation

/// `safeguard keygen`: make an Ed25519 key pair for signing results.
struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Write a new Ed25519 key pair: PATH (private, mode 600) and PATH.pub, both PEM.")

    @Option(name: [.short, .customLong("output")], help: "Where to write the private key.")
    var output: String

    func run() throws {
        let publicPath = output + ".pub"
        for path in [output, publicPath] where FileManager.default.fileExists(atPath: path) {
            Terminal.note("\(path): error: already exists; keygen never overwrites a key")
            throw ExitCodes.invalidInput
        }
        let pair = Ed25519KeyFile.generate()
        try Terminal.reportingInvalidInput {
            // Mode 600 from the start, and never over a file that appeared since the check above.
            try NewFile.write(Data(pair.privatePEM.utf8), to: output, mode: 0o600)
            do {
                try NewFile.write(Data(pair.publicPEM.utf8), to: publicPath, mode: 0o644)
            } catch {
                unlink(output)  // half a pair is no use
                throw error
            }
        }
        try Terminal.write("wrote \(output) (keep it secret) and \(publicPath)\n")
    }
}
