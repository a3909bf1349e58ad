import Foundation
import Testing

/// The bundled examples give the verdicts the README promises.
@Suite struct ExampleTests {
    @Test func socialImageGeneratorFailsInTheSevereTier() throws {
        let run = try CLI.run(["audit", "Examples/social-image-generator/deployment.yaml",
                               "--as-of", "2026-11-22"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Social-integration exposure: severe"))
        #expect(run.stdout.contains("MLR-01 (critical) is failed"))
    }

    @Test func guardedImageGeneratorPasses() throws {
        let run = try CLI.run(["audit", "Examples/guarded-image-generator/deployment.yaml",
                               "--as-of", "2026-11-22"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("GATE PASSED"))
    }
}
