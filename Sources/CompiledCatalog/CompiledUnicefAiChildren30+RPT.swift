// Generated from Checklists/unicef-ai-children-3.0.yaml by scripts/regenerate (compile-catalog). Do not edit:
// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.
import AuditKit

extension CompiledUnicefAiChildren30 {
    static func control_RPT_01() -> Control {
        Control(
            id: "RPT-01", requirement: "R1",
            title: "Apparent child sexual abuse material is reported to NCMEC's CyberTipline",
            area: .reporting, severity: .critical, weight: nil,
            applies: Condition(.field(FieldPath(components: ["deployment", "markets"], dotted: "deployment.markets", location: at(1393, 22)), [.contains("US")]), at: at(1393, 14)),
            require: Condition(.field(FieldPath(components: ["safeguards", "reporting", "cybertipline"], dotted: "safeguards.reporting.cybertipline", location: at(1394, 22)), [.equals("true")]), at: at(1394, 14)),
            rationale: "Reports are how children in abuse material are identified and rescued; US providers must report apparent violations they know of, and wilful failure carries large fines.",
            remediation: "Register with NCMEC for CyberTipline API reporting, route every confirmed detection from input, output and publish filters into a reviewed reporting queue, and track time to report.",
            refs: ["UNICEF3-R1.b", "US-2258A-1", "US-2258A-4", "THORN-MNT-3", "THORN-MIT-M2", "UNICEF-DF-PLAT-1"], confidence: nil,
            location: at(1388, 5)
        )
    }

    static func control_RPT_02() -> Control {
        Control(
            id: "RPT-02", requirement: "R1",
            title: "Reports flag AI-generated files with NCMEC's generative-AI annotation",
            area: .reporting, severity: .high, weight: nil,
            applies: Condition(.all([Condition(.field(FieldPath(components: ["deployment", "markets"], dotted: "deployment.markets", location: at(1410, 19)), [.contains("US")]), at: at(1410, 11)), Condition(.any([Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1412, 23)), [.contains("image")]), at: at(1412, 15)), Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(1413, 23)), [.contains("video")]), at: at(1413, 15))]), at: at(1411, 11))]), at: at(1409, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "reporting", "generative_ai_annotation"], dotted: "safeguards.reporting.generative_ai_annotation", location: at(1414, 22)), [.equals("true")]), at: at(1414, 14)),
            rationale: "NCMEC received over a million generative-AI reports in 2025, many with nothing actionable; marking which files are generated lets analysts prioritise real children in danger.",
            remediation: "Set NCMEC's generative-AI file annotation on every reported file your system produced or edited, and include the prompt context and provenance data the report form allows.",
            refs: ["THORN-MIT-M1", "US-2258A-2", "HASH-NCMEC"], confidence: .secondary,
            location: at(1403, 5)
        )
    }

    static func control_RPT_03() -> Control {
        Control(
            id: "RPT-03", requirement: "R1",
            title: "Reported content is preserved for at least one year",
            area: .reporting, severity: .high, weight: nil,
            applies: Condition(.field(FieldPath(components: ["deployment", "markets"], dotted: "deployment.markets", location: at(1429, 22)), [.contains("US")]), at: at(1429, 14)),
            require: Condition(.field(FieldPath(components: ["safeguards", "reporting", "preservation_days"], dotted: "safeguards.reporting.preservation_days", location: at(1430, 22)), [.atLeast(365.0)]), at: at(1430, 14)),
            rationale: "Investigations take months; since the REPORT Act, providers must keep reported material for a year so that it is still there when law enforcement asks.",
            remediation: "Configure preservation of reported contents and related account data for 365 days in access-controlled, encrypted storage, with deletion after the period unless extended.",
            refs: ["US-2258A-3"], confidence: nil,
            location: at(1424, 5)
        )
    }

    static func control_RPT_04() -> Control {
        Control(
            id: "RPT-04", requirement: "R10",
            title: "Reports also reach hotlines in non-US markets",
            area: .reporting, severity: .medium, weight: nil,
            applies: Condition(.any([Condition(.field(FieldPath(components: ["deployment", "markets"], dotted: "deployment.markets", location: at(1446, 19)), [.contains("UK")]), at: at(1446, 11)), Condition(.field(FieldPath(components: ["deployment", "markets"], dotted: "deployment.markets", location: at(1447, 19)), [.contains("EU")]), at: at(1447, 11))]), at: at(1445, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "reporting", "other_hotlines"], dotted: "safeguards.reporting.other_hotlines", location: at(1448, 22)), [.exists(true)]), at: at(1448, 14)),
            rationale: "Children outside the US are protected by their own hotlines and authorities; cooperating with them closes gaps between jurisdictions.",
            remediation: "Set up reporting or data-sharing with the hotlines of each market (IWF in the UK, INHOPE members in the EU) and track the UK duty to report to the National Crime Agency.",
            refs: ["UNICEF3-R10", "HASH-IWF-HL", "UKOSA-S66"], confidence: nil,
            location: at(1439, 5)
        )
    }
}
