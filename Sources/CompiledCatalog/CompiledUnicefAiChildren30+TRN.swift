// Generated from Checklists/unicef-ai-children-3.0.yaml by scripts/regenerate (compile-catalog). Do not edit:
// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.
import AuditKit

extension CompiledUnicefAiChildren30 {
    static func control_TRN_01() -> Control {
        Control(
            id: "TRN-01", requirement: "R5",
            title: "Users learn they are dealing with an AI at first use or sooner",
            area: .transparency, severity: .high, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["safeguards", "transparency", "ai_disclosure"], dotted: "safeguards.transparency.ai_disclosure", location: at(1645, 22)), [.isIn(["first-use", "persistent"])]), at: at(1645, 14)),
            rationale: "Children are more likely than adults to take a system for a person; telling them clearly and early is both a UNICEF recommendation and an EU legal duty from August 2026.",
            remediation: "Show a plain-language notice that the user is dealing with an AI before or at the first interaction, readable by the youngest permitted user, and keep a screenshot as evidence.",
            refs: ["UNICEF3-R5.a", "EUAIA-50.1", "EUAIA-50.5"], confidence: nil,
            location: at(1640, 5)
        )
    }

    static func control_TRN_02() -> Control {
        Control(
            id: "TRN-02", requirement: "R5",
            title: "Outputs are marked as AI-generated in machine-readable form",
            area: .transparency, severity: .high, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["safeguards", "transparency", "machine_readable_marking"], dotted: "safeguards.transparency.machine_readable_marking", location: at(1659, 22)), [.equals("true")]), at: at(1659, 14)),
            rationale: "Machine-readable marks let platforms, hotlines and tools recognise generated content at scale; the EU AI Act requires them for synthetic audio, image, video and text.",
            remediation: "Mark every output in a machine-readable way (C2PA manifests and watermarks for media, metadata or watermarking for text where feasible) and document robustness tests.",
            refs: ["EUAIA-50.2", "NIST-SC-1", "C2PA-AIGEN", "EUAIA-50.7"], confidence: nil,
            location: at(1654, 5)
        )
    }

    static func control_TRN_03() -> Control {
        Control(
            id: "TRN-03", requirement: "R5",
            title: "The model card has a child-safety section",
            area: .transparency, severity: .medium, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["safeguards", "transparency", "model_card_published"], dotted: "safeguards.transparency.model_card_published", location: at(1673, 22)), [.equals("true")]), at: at(1673, 14)),
            rationale: "Downstream developers and deployers can only keep children safe if they know what the model was tested for, what it refuses and where it is weak.",
            remediation: "Publish a model card with a child-safety section: data hygiene, red-team scope and results, known limitations, and required downstream safeguards.",
            refs: ["THORN-DEP-3", "THORN-MIT-P6"], confidence: nil,
            location: at(1668, 5)
        )
    }

    static func control_TRN_04() -> Control {
        Control(
            id: "TRN-04", requirement: "R9",
            title: "Children get an age-appropriate explanation of what the AI is and cannot do",
            area: .transparency, severity: .medium, weight: nil,
            applies: Condition(.field(FieldPath(components: ["audience", "children_likely"], dotted: "audience.children_likely", location: at(1687, 22)), [.equals("true")]), at: at(1687, 14)),
            require: Condition(.field(FieldPath(components: ["safeguards", "transparency", "child_friendly_explanation"], dotted: "safeguards.transparency.child_friendly_explanation", location: at(1688, 22)), [.equals("true")]), at: at(1688, 14)),
            rationale: "Knowing that AI can invent convincing fake images, and what to do if it happens to them, is part of preparing children for AI.",
            remediation: "Write and test with children a short explanation of the system, its limits, the image rules and how to report, and link it from the first-use notice.",
            refs: ["UNICEF3-R9", "UNICEF3-R5.c", "UNJS-9"], confidence: nil,
            location: at(1682, 5)
        )
    }

    static func control_TRN_05() -> Control {
        Control(
            id: "TRN-05", requirement: "R5",
            title: "A child-safety policy is published",
            area: .transparency, severity: .medium, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["governance", "child_safety_policy_published"], dotted: "governance.child_safety_policy_published", location: at(1702, 22)), [.equals("true")]), at: at(1702, 14)),
            rationale: "A public policy tells users, parents and regulators what is forbidden and what the company commits to, and makes it accountable for both.",
            remediation: "Publish a child-safety policy covering prohibited content, detection, reporting to authorities, enforcement and appeals, and review it yearly.",
            refs: ["UNICEF3-R5", "UNJS-4", "THORN-MIT-D5"], confidence: nil,
            location: at(1697, 5)
        )
    }

    static func control_TRN_06() -> Control {
        Control(
            id: "TRN-06", requirement: "R5",
            title: "Images of real people are visibly labelled as AI-made",
            area: .transparency, severity: .high, weight: nil,
            applies: Condition(.all([Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1718, 19)), [.contains("image")]), at: at(1718, 11)), Condition(.field(FieldPath(components: ["capabilities", "real_person_likeness"], dotted: "capabilities.real_person_likeness", location: at(1719, 19)), [.isIn(["allowed", "restricted"])]), at: at(1719, 11))]), at: at(1717, 7)),
            require: Condition(.any([Condition(.field(FieldPath(components: ["safeguards", "provenance", "watermark"], dotted: "safeguards.provenance.watermark", location: at(1722, 19)), [.isIn(["visible", "both"])]), at: at(1722, 11)), Condition(.field(FieldPath(components: ["safeguards", "sharing_controls", "visible_ai_label"], dotted: "safeguards.sharing_controls.visible_ai_label", location: at(1723, 19)), [.equals("true")]), at: at(1723, 11))]), at: at(1721, 7)),
            rationale: "A realistic image of a real person that is not labelled is a deepfake in the EU's sense, and a label that people cannot see does not protect the person shown.",
            remediation: "Add a visible label or watermark to every output that shows a real person, and check with users that it is noticed and correctly understood.",
            refs: ["EUAIA-50.4", "NIST-SC-7", "EUAIA-50.5"], confidence: nil,
            location: at(1711, 5)
        )
    }
}
