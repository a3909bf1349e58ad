// Generated from Checklists/unicef-ai-children-3.0.yaml by scripts/regenerate (compile-catalog). Do not edit:
// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.
import AuditKit

extension CompiledUnicefAiChildren30 {
    static func control_PROV_01() -> Control {
        Control(
            id: "PROV-01", requirement: "R5",
            title: "Generated and edited media carry a signed C2PA manifest",
            area: .provenance, severity: .high, weight: nil,
            applies: Condition(.any([Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1110, 19)), [.contains("image")]), at: at(1110, 11)), Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1111, 19)), [.contains("video")]), at: at(1111, 11)), Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1112, 19)), [.contains("audio")]), at: at(1112, 11))]), at: at(1109, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "provenance", "c2pa"], dotted: "safeguards.provenance.c2pa", location: at(1113, 22)), [.equals("true")]), at: at(1113, 14)),
            rationale: "Investigators, hotlines and parents need to tell AI-made images from photographs of real abuse so that real children in danger are found first.",
            remediation: "Sign a C2PA manifest into every output with an actions assertion marking generative creation or editing (including edits of real photos), and validate samples in CI with c2patool.",
            refs: ["THORN-DEV-3", "NIST-SC-1", "EUAIA-50.2", "C2PA-MANIFEST", "C2PA-AIGEN", "C2PA-VALIDATE"], confidence: nil,
            location: at(1103, 5)
        )
    }

    static func control_PROV_02() -> Control {
        Control(
            id: "PROV-02", requirement: "R5",
            title: "An invisible watermark backs up the manifest",
            area: .provenance, severity: .high, weight: nil,
            applies: Condition(.any([Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1129, 19)), [.contains("image")]), at: at(1129, 11)), Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1130, 19)), [.contains("video")]), at: at(1130, 11)), Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1131, 19)), [.contains("audio")]), at: at(1131, 11))]), at: at(1128, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "provenance", "watermark"], dotted: "safeguards.provenance.watermark", location: at(1132, 22)), [.isIn(["invisible", "both"])]), at: at(1132, 14)),
            rationale: "Social platforms strip metadata, so a manifest alone disappears at the first share; a watermark lets the manifest be recovered.",
            remediation: "Embed an invisible watermark listed as a C2PA soft-binding algorithm, and test its robustness to crop, resize, re-encode and screenshot.",
            refs: ["THORN-DEV-3", "NIST-SC-2", "C2PA-SOFTBIND", "EUAIA-50.2"], confidence: nil,
            location: at(1122, 5)
        )
    }

    static func control_PROV_03() -> Control {
        Control(
            id: "PROV-03", requirement: "R5",
            title: "Provenance marks survive export and sharing",
            area: .provenance, severity: .high, weight: nil,
            applies: Condition(.any([Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1148, 19)), [.contains("image")]), at: at(1148, 11)), Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1149, 19)), [.contains("video")]), at: at(1149, 11)), Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1150, 19)), [.contains("audio")]), at: at(1150, 11))]), at: at(1147, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "provenance", "survives_export"], dotted: "safeguards.provenance.survives_export", location: at(1151, 22)), [.equals("true")]), at: at(1151, 14)),
            rationale: "Marks that are lost on download or reshare fail exactly where deepfakes of children cause harm, once they leave the product.",
            remediation: "Test every export and share path (download, share sheet, in-app post, screenshot) and confirm the watermark is still detected and the manifest recoverable; keep the test in CI.",
            refs: ["NIST-SC-1", "NIST-SC-2", "C2PA-SOFTBIND", "THORN-DEV-3", "UNICEF-DF-P3"], confidence: nil,
            location: at(1141, 5)
        )
    }

    static func control_PROV_04() -> Control {
        Control(
            id: "PROV-04", requirement: "R10",
            title: "Others can check whether content came from this system",
            area: .provenance, severity: .medium, weight: nil,
            applies: Condition(.any([Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1167, 19)), [.contains("image")]), at: at(1167, 11)), Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1168, 19)), [.contains("video")]), at: at(1168, 11)), Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1169, 19)), [.contains("audio")]), at: at(1169, 11))]), at: at(1166, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "provenance", "detection_tool"], dotted: "safeguards.provenance.detection_tool", location: at(1170, 22)), [.equals("true")]), at: at(1170, 14)),
            rationale: "Hotlines, schools and law enforcement need a way to confirm that an image of a child was generated, which speeds up triage and support.",
            remediation: "Offer a watermark detection endpoint or tool to hotlines, trust-and-safety teams and law enforcement, and publish its error rates.",
            refs: ["NIST-SC-3", "THORN-MNT-2", "UNICEF3-R10"], confidence: nil,
            location: at(1160, 5)
        )
    }
}
