// Generated from Checklists/unicef-ai-children-3.0.yaml by scripts/regenerate (compile-catalog). Do not edit:
// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.
import AuditKit

extension CompiledUnicefAiChildren30 {
    static func control_AGE_01() -> Control {
        Control(
            id: "AGE-01", requirement: "R2",
            title: "Where children are likely users, age assurance goes beyond self-declaration",
            area: .ageAssurance, severity: .high, weight: nil,
            applies: Condition(.field(FieldPath(components: ["audience", "children_likely"], dotted: "audience.children_likely", location: at(1562, 22)), [.equals("true")]), at: at(1562, 14)),
            require: Condition(.field(FieldPath(components: ["audience", "age_assurance"], dotted: "audience.age_assurance", location: at(1563, 22)), [.isIn(["estimation", "verification"])]), at: at(1563, 14)),
            rationale: "Child protections such as teen defaults and contact limits only reach children the system knows are children; a typed birth date is easily falsified.",
            remediation: "Add age estimation (facial, behavioural or via a trusted provider) at sign-up and at risk points, with verification as the fallback for users who dispute the result.",
            refs: ["UNICEF3-R2.a", "UKOSA-CHILD-HEAA", "UNJS-10"], confidence: .secondary,
            location: at(1557, 5)
        )
    }

    static func control_AGE_02() -> Control {
        Control(
            id: "AGE-02", requirement: "R2",
            title: "Companion products check age with estimation or verification",
            area: .ageAssurance, severity: .high, weight: nil,
            applies: Condition(.field(FieldPath(components: ["capabilities", "companion_persona"], dotted: "capabilities.companion_persona", location: at(1578, 22)), [.equals("true")]), at: at(1578, 14)),
            require: Condition(.field(FieldPath(components: ["audience", "age_assurance"], dotted: "audience.age_assurance", location: at(1579, 22)), [.isIn(["estimation", "verification"])]), at: at(1579, 14)),
            rationale: "UNICEF asks for guardrails that limit younger users' access to companions; those guardrails depend on knowing the user's age.",
            remediation: "Estimate age before companion features unlock, apply the minor experience (no romantic role-play, session limits) when in doubt, and re-check on signals of youth.",
            refs: ["UNICEF3-R2.a", "UNJS-7", "UNJS-10", "UKOSA-CHILD-HEAA"], confidence: .secondary,
            location: at(1573, 5)
        )
    }

    static func control_AGE_03() -> Control {
        Control(
            id: "AGE-03", requirement: "R2",
            title: "A minimum age is set",
            area: .ageAssurance, severity: .medium, weight: nil,
            applies: nil,
            require: Condition(.field(FieldPath(components: ["audience", "minimum_age"], dotted: "audience.minimum_age", location: at(1594, 22)), [.atLeast(13.0)]), at: at(1594, 14)),
            rationale: "A stated minimum age anchors every other age-based control and the terms users agree to.",
            remediation: "Set and publish a minimum age of at least 13 (higher where local law or the product's risk requires) and enforce it at sign-up.",
            refs: ["UNICEF3-R2.a", "UNJS-10"], confidence: .secondary,
            location: at(1589, 5)
        )
    }

    static func control_AGE_04() -> Control {
        Control(
            id: "AGE-04", requirement: "R8",
            title: "Teens get a separate, age-appropriate experience",
            area: .ageAssurance, severity: .medium, weight: nil,
            applies: Condition(.all([Condition(.field(FieldPath(components: ["audience", "children_likely"], dotted: "audience.children_likely", location: at(1610, 19)), [.equals("true")]), at: at(1610, 11)), Condition(.field(FieldPath(components: ["audience", "minimum_age"], dotted: "audience.minimum_age", location: at(1611, 19)), [.atMost(17.0)]), at: at(1611, 11))]), at: at(1609, 7)),
            require: Condition(.field(FieldPath(components: ["audience", "teen_accounts"], dotted: "audience.teen_accounts", location: at(1612, 22)), [.equals("true")]), at: at(1612, 14)),
            rationale: "Including teenagers safely means giving them a version of the product built for them rather than either excluding them or treating them as adults.",
            remediation: "Provide teen accounts for ages 13-17 with stricter generation, sharing and contact defaults and a child-friendly explanation of each restriction.",
            refs: ["UNICEF3-R8", "UNICEF3-R7", "UNJS-10"], confidence: nil,
            location: at(1603, 5)
        )
    }

    static func control_AGE_05() -> Control {
        Control(
            id: "AGE-05", requirement: "R2",
            title: "Services that allow real-person likenesses verify that users are adults",
            area: .ageAssurance, severity: .high, weight: nil,
            applies: Condition(.field(FieldPath(components: ["capabilities", "real_person_likeness"], dotted: "capabilities.real_person_likeness", location: at(1626, 22)), [.equals("allowed")]), at: at(1626, 14)),
            require: Condition(.field(FieldPath(components: ["audience", "age_assurance"], dotted: "audience.age_assurance", location: at(1627, 22)), [.equals("verification")]), at: at(1627, 14)),
            rationale: "Unrestricted likeness generation is the highest-risk capability for deepfake bullying among teenagers; it should sit behind strong evidence of adulthood.",
            remediation: "Gate real-person likeness features behind age verification, or restrict likeness for unverified users.",
            refs: ["UKOSA-CHILD-HEAA", "US-TIDA-1", "UNICEF-DF-P1"], confidence: .unverified,
            location: at(1621, 5)
        )
    }
}
