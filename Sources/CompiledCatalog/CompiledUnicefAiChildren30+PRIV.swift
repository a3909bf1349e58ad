// Generated from Checklists/unicef-ai-children-3.0.yaml by scripts/regenerate (compile-catalog). Do not edit:
// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.
import AuditKit

extension CompiledUnicefAiChildren30 {
    static func control_PRIV_01() -> Control {
        Control(
            id: "PRIV-01", requirement: "R3",
            title: "Uploaded photos are not used to train models",
            area: .privacy, severity: .high, weight: nil,
            applies: Condition(.field(FieldPath(components: ["capabilities", "image_editing"], dotted: "capabilities.image_editing", location: at(1815, 22)), [.equals("uploads")]), at: at(1815, 14)),
            require: Condition(.field(FieldPath(components: ["safeguards", "privacy", "uploads_used_for_training"], dotted: "safeguards.privacy.uploads_used_for_training", location: at(1816, 22)), [.equals("false")]), at: at(1816, 14)),
            rationale: "Family photos uploaded for a quick edit should not become training data that teaches a model children's faces without their say.",
            remediation: "Exclude uploads from training by default, document the exclusion in the privacy notice, and check training pipelines for leaks.",
            refs: ["UNICEF3-R3.a", "UNICEF3-R3.b", "UNJS-3"], confidence: .secondary,
            location: at(1810, 5)
        )
    }

    static func control_PRIV_02() -> Control {
        Control(
            id: "PRIV-02", requirement: "R3",
            title: "Uploads are deleted within 30 days",
            area: .privacy, severity: .medium, weight: nil,
            applies: Condition(.field(FieldPath(components: ["capabilities", "image_editing"], dotted: "capabilities.image_editing", location: at(1831, 22)), [.equals("uploads")]), at: at(1831, 14)),
            require: Condition(.field(FieldPath(components: ["safeguards", "privacy", "upload_retention_days"], dotted: "safeguards.privacy.upload_retention_days", location: at(1832, 22)), [.atMost(30.0)]), at: at(1832, 14)),
            rationale: "Every day a child's photo is kept is a day it can leak or be misused; material preserved for a legal report is handled separately.",
            remediation: "Delete uploads and intermediate edits within 30 days (shorter if possible), except items preserved for reports under RPT-03.",
            refs: ["UNICEF3-R3.a", "UNJS-3"], confidence: .secondary,
            location: at(1826, 5)
        )
    }

    static func control_PRIV_03() -> Control {
        Control(
            id: "PRIV-03", requirement: "R3",
            title: "A data-protection impact assessment covers children",
            area: .privacy, severity: .high, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["safeguards", "privacy", "dpia_completed"], dotted: "safeguards.privacy.dpia_completed", location: at(1847, 22)), [.equals("true")]), at: at(1847, 14)),
            rationale: "A DPIA forces the team to justify each piece of children's data it collects and to plan how to protect it.",
            remediation: "Complete a DPIA that addresses children as a group, covering uploads, age signals, logs and retention, and review it with each major change.",
            refs: ["UNICEF3-R3", "UNICEF3-R3.a", "UNICEF3-R3.c"], confidence: nil,
            location: at(1842, 5)
        )
    }

    static func control_PRIV_04() -> Control {
        Control(
            id: "PRIV-04", requirement: "R3",
            title: "No behavioural advertising reaches minors",
            area: .privacy, severity: .high, weight: nil,
            applies: Condition(.field(FieldPath(components: ["audience", "children_likely"], dotted: "audience.children_likely", location: at(1861, 22)), [.equals("true")]), at: at(1861, 14)),
            require: Condition(.field(FieldPath(components: ["safeguards", "privacy", "behavioural_ads_to_minors"], dotted: "safeguards.privacy.behavioural_ads_to_minors", location: at(1862, 22)), [.equals("false")]), at: at(1862, 14)),
            rationale: "Profiling children for advertising exploits their data and attention; UNICEF and the UN joint statement both call for limits.",
            remediation: "Turn off behavioural advertising for all users who are or may be minors and do not build advertising profiles from their prompts or images.",
            refs: ["UNICEF3-R3.e", "UNJS-3"], confidence: .secondary,
            location: at(1856, 5)
        )
    }

    static func control_PRIV_05() -> Control {
        Control(
            id: "PRIV-05", requirement: "R3",
            title: "Biometric processing is covered by a data-protection impact assessment",
            area: .privacy, severity: .medium, weight: nil,
            applies: Condition(.field(FieldPath(components: ["safeguards", "privacy", "biometric_processing"], dotted: "safeguards.privacy.biometric_processing", location: at(1877, 22)), [.equals("true")]), at: at(1877, 14)),
            require: Condition(.field(FieldPath(components: ["safeguards", "privacy", "dpia_completed"], dotted: "safeguards.privacy.dpia_completed", location: at(1878, 22)), [.equals("true")]), at: at(1878, 14)),
            rationale: "Age estimation and face matching process biometric data, which deserves special care when the faces belong to children.",
            remediation: "Cover face analysis in the DPIA, minimise retention of biometric templates, and inform users as the EU AI Act requires for biometric categorisation.",
            refs: ["UNICEF3-R3.d", "EUAIA-50.3"], confidence: .secondary,
            location: at(1872, 5)
        )
    }
}
