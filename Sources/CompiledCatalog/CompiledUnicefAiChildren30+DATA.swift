// Generated from Checklists/unicef-ai-children-3.0.yaml by scripts/regenerate (compile-catalog). Do not edit:
// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.
import AuditKit

extension CompiledUnicefAiChildren30 {
    static func control_DATA_01() -> Control {
        Control(
            id: "DATA-01", requirement: "R2",
            title: "Training data was hash-scanned for known abuse material",
            area: .trainingData, severity: .critical, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["safeguards", "training_data", "csam_hash_scanned"], dotted: "safeguards.training_data.csam_hash_scanned", location: at(1187, 22)), [.equals("true")]), at: at(1187, 14)),
            rationale: "A model trained on abuse images re-victimises the children in them and learns to produce more; scanning against known lists is the minimum due care.",
            remediation: "Hash every training image against NCMEC, IWF or C3P lists at ingestion, remove and report matches, and keep a scan log per dataset version (for third-party models, obtain the provider's attestation).",
            refs: ["UNICEF3-R2.e", "THORN-DEV-1", "THORN-MIT-D2", "NIST-SC-4", "HASH-PDNA", "HASH-PDQ", "HASH-IWF-HL", "HASH-NCMEC"], confidence: nil,
            location: at(1182, 5)
        )
    }

    static func control_DATA_02() -> Control {
        Control(
            id: "DATA-02", requirement: "R2",
            title: "Training images were also classifier-scanned for unknown abuse material",
            area: .trainingData, severity: .high, weight: nil,
            applies: Condition(.any([Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1205, 19)), [.contains("image")]), at: at(1205, 11)), Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1206, 19)), [.contains("video")]), at: at(1206, 11))]), at: at(1204, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "training_data", "classifier_scanned"], dotted: "safeguards.training_data.classifier_scanned", location: at(1207, 22)), [.equals("true")]), at: at(1207, 14)),
            rationale: "Web-scale datasets contain material that no hash list knows yet; only a classifier pass can find it.",
            remediation: "Run a CSAM classifier over image and video training data, send hits to trained reviewers for removal and reporting, and record the pass in the dataset card.",
            refs: ["UNICEF3-R2.e", "THORN-MIT-D2", "NIST-SC-4", "HASH-SAFER"], confidence: nil,
            location: at(1198, 5)
        )
    }

    static func control_DATA_03() -> Control {
        Control(
            id: "DATA-03", requirement: "R2",
            title: "Sources known to carry a risk of abuse material are excluded",
            area: .trainingData, severity: .high, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["safeguards", "training_data", "excluded_sources"], dotted: "safeguards.training_data.excluded_sources", location: at(1221, 22)), [.exists(true)]), at: at(1221, 14)),
            rationale: "Some public datasets and scraped sources have been found to contain abuse material; leaving them out is cheaper and safer than cleaning them.",
            remediation: "Keep a list of excluded datasets and domains based on expert advisories, review it before each training run, and declare it under training_data.excluded_sources.",
            refs: ["THORN-DEV-1", "THORN-MIT-D1", "UNICEF3-R2.e"], confidence: nil,
            location: at(1216, 5)
        )
    }

    static func control_DATA_04() -> Control {
        Control(
            id: "DATA-04", requirement: "R2",
            title: "Depictions of children are kept apart from adult sexual content in training",
            area: .trainingData, severity: .high, weight: nil,
            applies: Condition(.any([Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1237, 19)), [.contains("image")]), at: at(1237, 11)), Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1238, 19)), [.contains("video")]), at: at(1238, 11))]), at: at(1236, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "training_data", "minors_separated_from_adult_content"], dotted: "safeguards.training_data.minors_separated_from_adult_content", location: at(1239, 22)), [.equals("true")]), at: at(1239, 14)),
            rationale: "A model that learns both depictions of children and adult sexual content can combine them; separating the two reduces that compositional risk at its source.",
            remediation: "Remove depictions of minors from any training mix that contains adult sexual content (or remove the sexual content), using age estimation and nudity classifiers, and document it.",
            refs: ["THORN-DEV-1", "NIST-SC-4"], confidence: .unverified,
            location: at(1230, 5)
        )
    }

    static func control_DATA_05() -> Control {
        Control(
            id: "DATA-05", requirement: "R1",
            title: "Training-data provenance is documented",
            area: .trainingData, severity: .medium, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["safeguards", "training_data", "provenance_documented"], dotted: "safeguards.training_data.provenance_documented", location: at(1254, 22)), [.equals("true")]), at: at(1254, 14)),
            rationale: "Without a record of where data came from, a team cannot answer a regulator, a hotline or a family asking whether a child's images were used.",
            remediation: "Publish or keep a dataset card for every training source: origin, licence, collection date, filtering steps and scan results.",
            refs: ["THORN-MIT-D4", "UNICEF3-R1.a", "NIST-SC-6"], confidence: nil,
            location: at(1249, 5)
        )
    }

    static func control_DATA_06() -> Control {
        Control(
            id: "DATA-06", requirement: "R2",
            title: "Open-weight releases pass extra child-safety checks first",
            area: .trainingData, severity: .high, weight: nil,
            applies: Condition(.field(FieldPath(components: ["capabilities", "open_weights"], dotted: "capabilities.open_weights", location: at(1268, 22)), [.equals("true")]), at: at(1268, 14)),
            require: Condition(.all([Condition(.field(FieldPath(components: ["safeguards", "training_data", "minors_separated_from_adult_content"], dotted: "safeguards.training_data.minors_separated_from_adult_content", location: at(1271, 19)), [.equals("true")]), at: at(1271, 11)), Condition(.field(FieldPath(components: ["safeguards", "training_data", "classifier_scanned"], dotted: "safeguards.training_data.classifier_scanned", location: at(1272, 19)), [.equals("true")]), at: at(1272, 11)), Condition(.field(FieldPath(components: ["safeguards", "red_teaming", "external_experts"], dotted: "safeguards.red_teaming.external_experts", location: at(1273, 19)), [.equals("true")]), at: at(1273, 11))]), at: at(1270, 7)),
            rationale: "Once weights are public, filters can be stripped and nothing can be recalled, so the only safeguards that last are the ones built into the model.",
            remediation: "Before releasing weights, clean the training data as in DATA-01..04, commission an external child-safety red team, and consider a phased release.",
            refs: ["THORN-DEP-2", "THORN-MIT-P5", "IWF-REC", "NIST-SC-4"], confidence: nil,
            location: at(1263, 5)
        )
    }
}
