// Generated from Checklists/thorn-safety-by-design.yaml by scripts/regenerate (compile-catalog). Do not edit:
// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.
import AuditKit

/// Checklist `thorn-safety-by-design` 1.0.0, compiled from `Checklists/thorn-safety-by-design.yaml`.
enum CompiledThornSafetyByDesign {
    static let entry = CompiledEntry(path: "Checklists/thorn-safety-by-design.yaml", sha256: sha256,
                                     fingerprint: 0x59d6f2cb75644d43, make: checklist)
    static let sha256 = "5f3fe32ab2560a2dfe02ed998b51a4f4f6f86558247339c7c1c1cb18479f6beb"
    static let file = "builtin:Checklists/thorn-safety-by-design.yaml"

    static let at = SourceLocation.InFile(file)

    static func checklist() -> Checklist {
        Checklist(
            id: "thorn-safety-by-design", version: "1.0.0",
            title: "Thorn Safety by Design for Generative AI — develop, deploy, maintain",
            framework: FrameworkInfo(name: "Safety by Design for Generative AI - Preventing Child Sexual Abuse", publisher: "Thorn and All Tech Is Human", date: "2024-04", url: nil, note: "The three group definitions (develop, deploy, maintain) are confirmed from primary text; the nine sub-principle titles are recalled and only their substance is corroborated (research/frameworks.md §4.2), so control titles here paraphrase the substance. Mitigation ids THORN-MIT-* come from one signatory's published list and serve as auditable evidence."),
            requirements: [
                Requirement(id: "DEV", title: "Develop - train models that address child-safety risks from the start (sources, stress tests, provenance)", refs: ["THORN-DEV-1", "THORN-DEV-2", "THORN-DEV-3"], confidence: .primary, description: nil, location: at(20, 5)),
                Requirement(id: "DEP", title: "Deploy - release only after child-safety evaluation and keep protections on in use (abuse safeguards, hosting, developer ownership)", refs: ["THORN-DEP-1", "THORN-DEP-2", "THORN-DEP-3"], confidence: .primary, description: nil, location: at(26, 5)),
                Requirement(id: "MNT", title: "Maintain - keep studying and countering child-safety risks (harmful tools, research, ongoing detection and reporting)", refs: ["THORN-MNT-1", "THORN-MNT-2", "THORN-MNT-3"], confidence: .primary, description: nil, location: at(32, 5)),
            ],
            riskModel: nil,
            controls: [control_TSD_DEV_01(), control_TSD_DEV_02(), control_TSD_DEV_03(), control_TSD_DEV_04(), control_TSD_DEV_05(), control_TSD_DEV_06(), control_TSD_DEV_07(), control_TSD_DEV_08(), control_TSD_DEV_09(), control_TSD_DEV_10(), control_TSD_DEV_11(), control_TSD_DEP_01(), control_TSD_DEP_02(), control_TSD_DEP_03(), control_TSD_DEP_04(), control_TSD_DEP_05(), control_TSD_DEP_06(), control_TSD_DEP_07(), control_TSD_DEP_08(), control_TSD_MNT_01(), control_TSD_MNT_02(), control_TSD_MNT_03(), control_TSD_MNT_04(), control_TSD_MNT_05(), control_TSD_MNT_06(), control_TSD_MNT_07(), control_TSD_MNT_08()],
            origin: Checklist.Origin(path: file, sha256: sha256)
        )
    }
}
