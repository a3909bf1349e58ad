// Generated from Checklists/unicef-ai-children-3.0.yaml by scripts/regenerate (compile-catalog). Do not edit:
// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.
import AuditKit

/// Checklist `unicef-ai-children-3.0` 1.0.1, compiled from `Checklists/unicef-ai-children-3.0.yaml`.
enum CompiledUnicefAiChildren30 {
    static let entry = CompiledEntry(path: "Checklists/unicef-ai-children-3.0.yaml", sha256: sha256,
                                     fingerprint: 0x9b050fb230be8f79, make: checklist)
    static let sha256 = "c77ebd38a4611d5e50a503b17b147e89564876d66389e461be6d52498c0a5245"
    static let file = "builtin:Checklists/unicef-ai-children-3.0.yaml"

    static let at = SourceLocation.InFile(file)

    static func checklist() -> Checklist {
        Checklist(
            id: "unicef-ai-children-3.0", version: "1.0.1",
            title: "UNICEF Guidance on AI and Children 3.0 — generative-AI child safety",
            framework: FrameworkInfo(name: "Guidance on AI and Children, version 3.0", publisher: "UNICEF Innocenti – Global Office of Research and Foresight", date: "2025-12", url: nil, note: "Requirement titles R1-R10 are working paraphrases reconstructed from independent secondary accounts (research/frameworks.md §1.1): the set of ten themes is well attested, their order is medium-high confidence and their exact wording is unconfirmed. Sub-item letters (R2.a ...) are ours. Controls also draw on UNICEF's February 2026 deepfake statement, Thorn's Safety by Design principles, NIST AI 100-4, the EU AI Act, UK and US law; each control cites its sources."),
            requirements: [
                Requirement(id: "R1", title: "Regulate and oversee AI for children", refs: ["UNICEF3-R1"], confidence: .corroborated, description: nil, location: at(20, 5)),
                Requirement(id: "R2", title: "Keep children safe", refs: ["UNICEF3-R2", "UNICEF2-R5"], confidence: .corroborated, description: nil, location: at(22, 5)),
                Requirement(id: "R3", title: "Protect children's data and privacy", refs: ["UNICEF3-R3", "UNICEF2-R4"], confidence: .corroborated, description: nil, location: at(23, 5)),
                Requirement(id: "R4", title: "Treat all children fairly", refs: ["UNICEF3-R4", "UNICEF2-R3"], confidence: .corroborated, description: nil, location: at(25, 5)),
                Requirement(id: "R5", title: "Be transparent and accountable to children", refs: ["UNICEF3-R5", "UNICEF2-R6"], confidence: .corroborated, description: nil, location: at(27, 5)),
                Requirement(id: "R6", title: "Respect children's rights through business due diligence", refs: ["UNICEF3-R6", "UNICEF2-R7"], confidence: .corroborated, description: nil, location: at(29, 5)),
                Requirement(id: "R7", title: "Serve children's best interests and well-being", refs: ["UNICEF3-R7", "UNICEF2-R1"], confidence: .corroborated, description: nil, location: at(31, 5)),
                Requirement(id: "R8", title: "Include children", refs: ["UNICEF3-R8", "UNICEF2-R2"], confidence: .corroborated, description: nil, location: at(33, 5)),
                Requirement(id: "R9", title: "Prepare children for AI", refs: ["UNICEF3-R9", "UNICEF2-R8"], confidence: .corroborated, description: nil, location: at(34, 5)),
                Requirement(id: "R10", title: "Build an enabling environment for child-centred AI", refs: ["UNICEF3-R10", "UNICEF2-R9"], confidence: .corroborated, description: nil, location: at(36, 5)),
            ],
            riskModel: RiskModel(factors: [
                RiskModel.Factor(id: "upload-editing", points: 25, when: Condition(.field(FieldPath(components: ["capabilities", "image_editing"], dotted: "capabilities.image_editing", location: at(47, 21)), [.equals("uploads")]), at: at(47, 13)), reason: "Photos of real people, children included, can be uploaded and altered."),
                RiskModel.Factor(id: "one-tap-public-post", points: 20, when: Condition(.field(FieldPath(components: ["integration", "one_tap_public_post"], dotted: "integration.one_tap_public_post", location: at(51, 21)), [.equals("true")]), at: at(51, 13)), reason: "A generated or edited image can go public in a single tap, before anyone reflects."),
                RiskModel.Factor(id: "social-platform-surface", points: 15, when: Condition(.field(FieldPath(components: ["integration", "surface"], dotted: "integration.surface", location: at(55, 21)), [.equals("social-platform")]), at: at(55, 13)), reason: "The generator sits inside a social network, next to the people an image depicts."),
                RiskModel.Factor(id: "messaging-surface", points: 10, when: Condition(.field(FieldPath(components: ["integration", "surface"], dotted: "integration.surface", location: at(59, 21)), [.equals("messaging")]), at: at(59, 13)), reason: "The generator sits inside a messenger, where images reach contacts and groups fast."),
                RiskModel.Factor(id: "public-feed", points: 10, when: Condition(.field(FieldPath(components: ["integration", "public_feed"], dotted: "integration.public_feed", location: at(63, 21)), [.equals("true")]), at: at(63, 13)), reason: "A public feed exposes outputs to strangers, including children."),
                RiskModel.Factor(id: "resharing", points: 10, when: Condition(.field(FieldPath(components: ["integration", "resharing"], dotted: "integration.resharing", location: at(67, 21)), [.equals("true")]), at: at(67, 13)), reason: "Resharing multiplies copies faster than reports and takedowns can follow."),
                RiskModel.Factor(id: "algorithmic-amplification", points: 10, when: Condition(.field(FieldPath(components: ["integration", "algorithmic_amplification"], dotted: "integration.algorithmic_amplification", location: at(71, 21)), [.equals("true")]), at: at(71, 13)), reason: "Ranking can push a harmful image to a far larger audience than its poster has."),
                RiskModel.Factor(id: "direct-messages", points: 5, when: Condition(.field(FieldPath(components: ["integration", "direct_messages"], dotted: "integration.direct_messages", location: at(75, 21)), [.equals("true")]), at: at(75, 13)), reason: "Private messages allow targeted sharing, harassment and sextortion out of view."),
                RiskModel.Factor(id: "children-likely", points: 20, when: Condition(.field(FieldPath(components: ["audience", "children_likely"], dotted: "audience.children_likely", location: at(79, 21)), [.equals("true")]), at: at(79, 13)), reason: "Children are likely users, so they can be both targets and audience."),
                RiskModel.Factor(id: "large-audience", points: 10, when: Condition(.field(FieldPath(components: ["integration", "monthly_active_users"], dotted: "integration.monthly_active_users", location: at(83, 21)), [.atLeast(1000000.0)]), at: at(83, 13)), reason: "More than one million monthly users means any gap is exploited at scale."),
                RiskModel.Factor(id: "real-person-likeness-allowed", points: 10, when: Condition(.field(FieldPath(components: ["capabilities", "real_person_likeness"], dotted: "capabilities.real_person_likeness", location: at(87, 21)), [.equals("allowed")]), at: at(87, 13)), reason: "Likenesses of real people can be generated freely, the raw material of deepfakes."),
            ], tiers: RiskModel.Thresholds(moderate: 30, high: 55, severe: 80), location: at(43, 3)),
            controls: [control_INF_01(), control_INF_02(), control_INF_03(), control_INF_04(), control_INF_05(), control_INF_06(), control_INF_07(), control_INF_08(), control_INF_09(), control_INF_10(), control_INF_11(), control_OUT_01(), control_OUT_02(), control_OUT_03(), control_OUT_04(), control_OUT_05(), control_OUT_06(), control_OUT_07(), control_OUT_08(), control_OUT_09(), control_OUT_10(), control_MLR_01(), control_MLR_02(), control_MLR_03(), control_MLR_04(), control_MLR_05(), control_MLR_06(), control_MLR_07(), control_MLR_08(), control_MLR_09(), control_MLR_10(), control_SOC_01(), control_SOC_02(), control_SOC_03(), control_SOC_04(), control_SOC_05(), control_SOC_06(), control_SOC_07(), control_SOC_08(), control_SOC_09(), control_SOC_10(), control_IMG_01(), control_IMG_02(), control_IMG_03(), control_IMG_04(), control_IMG_05(), control_IMG_06(), control_IMG_07(), control_IMG_08(), control_PROV_01(), control_PROV_02(), control_PROV_03(), control_PROV_04(), control_DATA_01(), control_DATA_02(), control_DATA_03(), control_DATA_04(), control_DATA_05(), control_DATA_06(), control_RT_01(), control_RT_02(), control_RT_03(), control_RT_04(), control_RT_05(), control_RT_06(), control_RPT_01(), control_RPT_02(), control_RPT_03(), control_RPT_04(), control_USR_01(), control_USR_02(), control_USR_03(), control_USR_04(), control_USR_05(), control_USR_06(), control_AGE_01(), control_AGE_02(), control_AGE_03(), control_AGE_04(), control_AGE_05(), control_TRN_01(), control_TRN_02(), control_TRN_03(), control_TRN_04(), control_TRN_05(), control_TRN_06(), control_DD_01(), control_DD_02(), control_DD_03(), control_DD_04(), control_DD_05(), control_PRIV_01(), control_PRIV_02(), control_PRIV_03(), control_PRIV_04(), control_PRIV_05(), control_IR_01(), control_IR_02(), control_IR_03(), control_IR_04(), control_COMP_01(), control_COMP_02(), control_COMP_03(), control_COMP_04(), control_COMP_05(), control_COMP_06(), control_COMP_07()],
            origin: Checklist.Origin(path: file, sha256: sha256)
        )
    }
}
