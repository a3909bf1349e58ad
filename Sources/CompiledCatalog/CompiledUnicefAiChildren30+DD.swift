// Generated from Checklists/unicef-ai-children-3.0.yaml by scripts/regenerate (compile-catalog). Do not edit:
// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.
import AuditKit

extension CompiledUnicefAiChildren30 {
    static func control_DD_01() -> Control {
        Control(
            id: "DD-01", requirement: "R6",
            title: "A child-rights impact assessment is current",
            area: .dueDiligence, severity: .high, weight: nil,
            applies: nil,
            require: Condition(.document(FieldPath(components: ["governance", "child_rights_impact_assessment"], dotted: "governance.child_rights_impact_assessment", location: at(1740, 25)), maxAgeDays: 365), at: at(1740, 14)),
            rationale: "An impact assessment is how a team discovers, before launch, how its product could hurt children and what to change; UNICEF asks for it to be mandatory.",
            remediation: "Carry out a child-rights impact assessment (risks, affected groups, mitigations, residual risk, sign-off), refresh it yearly and on major changes, and reference it as evidence.",
            refs: ["UNICEF3-R2.b", "UNICEF3-R6", "UNICEF-DF-DEV-2", "UNJS-2", "UKOSA-RA", "EUAIA-9.9"], confidence: .secondary,
            location: at(1735, 5)
        )
    }

    static func control_DD_02() -> Control {
        Control(
            id: "DD-02", requirement: "R5",
            title: "A named person is accountable for child safety",
            area: .dueDiligence, severity: .high, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["governance", "accountable_owner"], dotted: "governance.accountable_owner", location: at(1755, 22)), [.exists(true)]), at: at(1755, 14)),
            rationale: "Safeguards decay when nobody owns them; a named accountable owner makes decisions and trade-offs traceable.",
            remediation: "Name a senior owner for child safety with authority to delay launches, and record the role in governance.accountable_owner.",
            refs: ["UNICEF3-R5", "UNICEF3-R1", "UNJS-4"], confidence: nil,
            location: at(1750, 5)
        )
    }

    static func control_DD_03() -> Control {
        Control(
            id: "DD-03", requirement: "R1",
            title: "Child-safety laws are tracked for every market",
            area: .dueDiligence, severity: .medium, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["governance", "regulatory_register"], dotted: "governance.regulatory_register", location: at(1769, 22)), [.equals("true")]), at: at(1769, 14)),
            rationale: "The rules are changing quickly (for example the EU's new nudifier prohibition and US takedown duties); a register keeps the product compliant in each market it serves.",
            remediation: "Keep a register of child-safety and AI laws per market, with owners and review dates, and check it before each release.",
            refs: ["UNICEF3-R1", "UNJS-1"], confidence: nil,
            location: at(1764, 5)
        )
    }

    static func control_DD_04() -> Control {
        Control(
            id: "DD-04", requirement: "R6",
            title: "Data labellers and suppliers meet labour standards",
            area: .dueDiligence, severity: .medium, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["governance", "supplier_labour_standards"], dotted: "governance.supplier_labour_standards", location: at(1783, 22)), [.equals("true")]), at: at(1783, 14)),
            rationale: "AI supply chains can involve child labour and expose workers to abuse material; due diligence covers the people who build the system too.",
            remediation: "Require suppliers and labelling vendors to meet labour standards (no child labour, wellbeing support for reviewers of harmful content) and audit them.",
            refs: ["UNICEF3-R6"], confidence: .secondary,
            location: at(1778, 5)
        )
    }

    static func control_DD_05() -> Control {
        Control(
            id: "DD-05", requirement: "R6",
            title: "Children and families have a route to remedy",
            area: .dueDiligence, severity: .medium, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["governance", "grievance_mechanism"], dotted: "governance.grievance_mechanism", location: at(1798, 22)), [.equals("true")]), at: at(1798, 14)),
            rationale: "When harm happens despite safeguards, children and families need a way to complain and obtain redress beyond a content report.",
            remediation: "Provide a grievance mechanism with human handling, published timelines and escalation, open to non-users such as parents of depicted children.",
            refs: ["UNICEF3-R6", "UNJS-4"], confidence: nil,
            location: at(1793, 5)
        )
    }
}
