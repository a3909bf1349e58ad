// Generated from Checklists/unicef-ai-children-3.0.yaml by scripts/regenerate (compile-catalog). Do not edit:
// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.
import AuditKit

extension CompiledUnicefAiChildren30 {
    static func control_IR_01() -> Control {
        Control(
            id: "IR-01", requirement: "R1",
            title: "An incident-response plan covers child-safety incidents",
            area: .incidentResponse, severity: .high, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["safeguards", "incident_response", "plan"], dotted: "safeguards.incident_response.plan", location: at(1896, 22)), [.equals("true")]), at: at(1896, 14)),
            rationale: "When a new jailbreak or a wave of deepfakes appears, a rehearsed plan decides whether the response takes hours or weeks.",
            remediation: "Write a plan for child-safety incidents: severity levels, who can disable features, how to preserve evidence, when to notify NCMEC, hotlines, regulators and affected families.",
            refs: ["UNICEF3-R1.a", "NIST-SC-6", "THORN-MIT-M4", "UNICEF-DF-PLAT-1"], confidence: nil,
            location: at(1891, 5)
        )
    }

    static func control_IR_02() -> Control {
        Control(
            id: "IR-02", requirement: "R1",
            title: "Suspected abuse-material incidents are escalated within 24 hours",
            area: .incidentResponse, severity: .high, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["safeguards", "incident_response", "csam_escalation_hours"], dotted: "safeguards.incident_response.csam_escalation_hours", location: at(1910, 22)), [.atMost(24.0)]), at: at(1910, 14)),
            rationale: "A child depicted in new material may be in ongoing danger; fast escalation to specialists and authorities can matter for their safety.",
            remediation: "Set an escalation target of 24 hours or less from detection to specialist review and report, staff an on-call rota, and measure the actual times.",
            refs: ["UNICEF3-R1.b", "US-2258A-1", "THORN-MIT-M2"], confidence: nil,
            location: at(1905, 5)
        )
    }

    static func control_IR_03() -> Control {
        Control(
            id: "IR-03", requirement: "R1",
            title: "A law-enforcement contact route exists",
            area: .incidentResponse, severity: .medium, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["safeguards", "incident_response", "law_enforcement_contact"], dotted: "safeguards.incident_response.law_enforcement_contact", location: at(1924, 22)), [.equals("true")]), at: at(1924, 14)),
            rationale: "Investigators need a fast, known channel for preservation requests and urgent cases involving children.",
            remediation: "Publish a law-enforcement request channel, staff it, and agree urgent-case procedures with the relevant agencies in each market.",
            refs: ["UNICEF3-R1.b", "US-2258A-3", "UKOSA-S66"], confidence: nil,
            location: at(1919, 5)
        )
    }

    static func control_IR_04() -> Control {
        Control(
            id: "IR-04", requirement: "R1",
            title: "The incident plan has been exercised in the past year",
            area: .incidentResponse, severity: .medium, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["safeguards", "incident_response", "last_tested"], dotted: "safeguards.incident_response.last_tested", location: at(1938, 22)), [.withinDays(365)]), at: at(1938, 14)),
            rationale: "A plan that has never been rehearsed usually fails at its first real use.",
            remediation: "Run a tabletop exercise of a child-safety incident at least yearly and record the date in incident_response.last_tested along with the lessons learned.",
            refs: ["NIST-SC-6", "THORN-MIT-M4"], confidence: nil,
            location: at(1933, 5)
        )
    }
}
