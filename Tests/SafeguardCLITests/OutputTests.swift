import Foundation
import Testing

/// What the CLI writes: deterministic JSON, files via -o and --output-dir, no colour off a TTY,
/// and built-ins that travel with a copied binary.
@Suite struct OutputTests {
    @Test func jsonIsByteIdenticalAcrossRuns() throws {
        let arguments = ExitCodeTests.audit + ["--format", "json"]
        let first = try CLI.run(arguments), second = try CLI.run(arguments)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("\"format\" : \"safeguard-result/v1\""))
    }

    @Test func outputFileAndFolder() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("r.md")
        #expect(try CLI.run(ExitCodeTests.audit + ["--format", "markdown", "-o", file.path]).stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# Safeguard due-diligence report: Acme"))
        let reports = folder.appendingPathComponent("reports")
        let run = try CLI.run(ExitCodeTests.audit + ["--format", "json", "--format", "markdown",
                                                     "--output-dir", reports.path])
        #expect(run.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
                == ["acme-imagine.json", "acme-imagine.md", "index.md"])
    }

    /// A folder run's HTML and Markdown reports share one report context; each is still the
    /// report a run of its format alone writes.
    @Test func templatedReportsInAFolderAreTheOnesWrittenAlone() throws {
        let folder = try CLI.temporaryFolder()
        let branding = ["--org-name", "Acme <Holdings>"]
        let run = try CLI.run(ExitCodeTests.audit + branding + ["--format", "html", "--format", "markdown",
                                                                "--output-dir", folder.path])
        #expect(run.status == 0)
        for (format, ext) in [("html", "html"), ("markdown", "md")] {
            let alone = folder.appendingPathComponent("alone.\(ext)")
            #expect(try CLI.run(ExitCodeTests.audit + branding + ["--format", format, "-o", alone.path]).status == 0)
            #expect(try Data(contentsOf: folder.appendingPathComponent("acme-imagine.\(ext)"))
                    == Data(contentsOf: alone))
        }
    }

    @Test func htmlIsByteIdenticalAcrossRunsWithBranding() throws {
        let css = try CLI.temporaryFolder().appendingPathComponent("brand.css")
        try "h1 { letter-spacing: 0.02em; }\n".write(to: css, atomically: true, encoding: .utf8)
        let arguments = ExitCodeTests.audit + ["--format", "html", "--org-name", "Acme Holdings",
                                               "--stylesheet", css.path]
        let first = try CLI.run(arguments), second = try CLI.run(arguments)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("prepared for Acme Holdings"))
        #expect(first.stdout.contains("h1 { letter-spacing: 0.02em; }\n</style>"))
    }

    @Test func badBrandingInputExitsTwoBeforeWritingAnything() throws {
        let folder = try CLI.temporaryFolder()
        let logo = folder.appendingPathComponent("logo.png")
        try "not an image".write(to: logo, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("report.html")
        let run = try CLI.run(ExitCodeTests.audit + ["--format", "html", "--logo", logo.path, "-o", out.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("logo.png: error: the logo must be a PNG, JPEG, GIF, WebP or SVG image"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "{{#a}}\n{{/b}}\n".write(to: templates.appendingPathComponent("report.html.mustache"),
                                     atomically: true, encoding: .utf8)
        let broken = try CLI.run(ExitCodeTests.audit + ["--format", "html", "--template-dir", templates.path])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("report.html.mustache:2:"), "\(broken.stderr)")
    }

    @Test func aTemplateFolderThatWouldNeverFinishRenderingExitsTwo() throws {
        let templates = try CLI.temporaryFolder().appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let out = templates.deletingLastPathComponent().appendingPathComponent("report.html")
        let hostile = [("outcome-badge", "x {{> loop}}\n"), ("loop", "{{#a}}\n  {{> outcome-badge}}{{> loop}}\n{{/a}}\n")]
        for (name, text) in hostile {
            try text.write(to: templates.appendingPathComponent(name + ".mustache"), atomically: true, encoding: .utf8)
        }
        let run = try CLI.run(ExitCodeTests.audit + ["--format", "html", "--template-dir", templates.path, "-o", out.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("loop.mustache:2:3: error: template error: {{> outcome-badge}} includes itself"),
                "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func deploymentNamedIndexCannotOverwriteThePortfolioIndex() throws {
        let folder = try CLI.temporaryFolder()
        let manifest = folder.appendingPathComponent("deployment.yaml")
        try "safeguard: deployment/v1\ndeployment: {id: index, name: Index}\n"
            .write(to: manifest, atomically: true, encoding: .utf8)
        let run = try CLI.run(["audit", manifest.path, "--format", "html", "--output-dir",
                               folder.appendingPathComponent("out").path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("deployment id 'index' would overwrite the portfolio index page"))
    }

    @Test func htmlForSeveralManifestsNeedsAFolder() throws {
        let run = try CLI.run(["audit", "Examples/social-image-generator/deployment.yaml",
                               "Examples/guarded-image-generator/deployment.yaml", "--format", "html"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("needs --output-dir"))
    }

    @Test func aFormatGivenTwiceIsAUsageError() throws {
        let folder = try CLI.temporaryFolder()
        let run = try CLI.run(["audit", "Examples/social-image-generator/deployment.yaml", "--format", "json",
                               "--format", "html", "--format", "json", "--output-dir", folder.path])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: --format json is given twice\n"))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) == [])
    }

    @Test func noEscapeCodesWhenNotATerminal() throws {
        let run = try CLI.run(ExitCodeTests.audit, environment: ["NO_COLOR": "1"])
        #expect(!run.stdout.contains("\u{1B}["))
        #expect(!run.stderr.contains("\u{1B}["))
    }

    @Test func copiedBinaryCarriesTheBuiltIns() throws {
        let folder = try CLI.temporaryFolder()
        let copy = folder.appendingPathComponent("safeguard")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        let list = try CLI.run(["list"], in: folder, executable: copy)
        #expect(list.status == 0)
        #expect(list.stdout.contains("unicef-ai-children-3.0 1.0.1 (default)"))
        let manifest = CLI.root.appendingPathComponent("Examples/guarded-image-generator/deployment.yaml")
        let audit = try CLI.run(["audit", manifest.path, "--as-of", "2026-11-22"], in: folder,
                                executable: copy)
        #expect(audit.status == 0, "\(audit.stderr)")
        #expect(audit.stdout.contains("checklist unicef-ai-children-3.0"))
    }

    @Test func explainShowsRefsAndConditions() throws {
        let run = try CLI.run(["explain", "MLR-01"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("MLR-01: "))
        #expect(run.stdout.contains("UNICEF3-R2 — "))
        #expect(run.stdout.contains("Passes when:"))
    }

    @Test(arguments: [("mlr-01", "MLR-01"), ("PROV01", "PROV-01"), ("SOC-1", "SOC-01")])
    func explainSuggestsTheControlMeant(_ asked: String, _ meant: String) throws {
        let run = try CLI.run(["explain", asked])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: no control '\(asked)' in the checklists searched; did you mean '\(meant)'?\n"))
    }

    @Test func initWritesAManifestThatLintsClean() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder.appendingPathComponent("deployment.yaml").path
        #expect(try CLI.run(["init", "-o", path]).status == 0)
        #expect(try CLI.run(["lint", path]).status == 0)
        #expect(try CLI.run(["init", "-o", path]).status == 64)
    }
}
