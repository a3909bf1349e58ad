// Generated from Checklists/unicef-ai-children-3.0.yaml by scripts/regenerate (compile-catalog). Do not edit:
// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.
import AuditKit

extension CompiledUnicefAiChildren30 {
    static func control_SOC_01() -> Control {
        Control(
            id: "SOC-01", requirement: "R2",
            title: "Content is hash- and classifier-checked before it can be published",
            area: .socialIntegration, severity: .critical, weight: nil,
            applies: Condition(.any([Condition(.field(FieldPath(components: ["integration", "one_tap_public_post"], dotted: "integration.one_tap_public_post", location: at(748, 19)), [.equals("true")]), at: at(748, 11)), Condition(.field(FieldPath(components: ["integration", "public_feed"], dotted: "integration.public_feed", location: at(749, 19)), [.equals("true")]), at: at(749, 11)), Condition(.field(FieldPath(components: ["integration", "resharing"], dotted: "integration.resharing", location: at(750, 19)), [.equals("true")]), at: at(750, 11))]), at: at(747, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "sharing_controls", "hash_check_before_publish"], dotted: "safeguards.sharing_controls.hash_check_before_publish", location: at(751, 22)), [.equals("true")]), at: at(751, 14)),
            rationale: "Once an abusive image is posted it is copied faster than it can be removed; UNICEF asks platforms to prevent circulation, not only to take images down afterwards.",
            remediation: "In the publish path, re-run the CSAM hash match and the abuse and intimate-image classifiers on the final file (after any edits) and refuse publication on a match.",
            refs: ["UNICEF-DF-P3", "UNICEF-DF-PLAT-1", "THORN-MNT-3", "UKOSA-ICU-C9", "UKOSA-GENAI"], confidence: nil,
            location: at(741, 5)
        )
    }

    static func control_SOC_02() -> Control {
        Control(
            id: "SOC-02", requirement: "R2",
            title: "Publishing generated content takes a deliberate step",
            area: .socialIntegration, severity: .critical, weight: nil,
            applies: Condition(.all([Condition(.riskTierAtLeast(.moderate), at: at(767, 11)), Condition(.any([Condition(.field(FieldPath(components: ["integration", "one_tap_public_post"], dotted: "integration.one_tap_public_post", location: at(769, 23)), [.equals("true")]), at: at(769, 15)), Condition(.field(FieldPath(components: ["integration", "public_feed"], dotted: "integration.public_feed", location: at(770, 23)), [.equals("true")]), at: at(770, 15)), Condition(.field(FieldPath(components: ["integration", "resharing"], dotted: "integration.resharing", location: at(771, 23)), [.equals("true")]), at: at(771, 15))]), at: at(768, 11))]), at: at(766, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "sharing_controls", "friction_before_public_post"], dotted: "safeguards.sharing_controls.friction_before_public_post", location: at(772, 22)), [.equals("true")]), at: at(772, 14)),
            rationale: "One-tap posting turns an impulsive edit of a classmate's photo into a public humiliation in seconds; a confirmation step that shows the image will be labelled and traceable deters it.",
            remediation: "Add an interstitial before a generated or edited image goes public, especially when it shows a real person: state the rules, the AI label and the consequences, and require an explicit confirmation.",
            refs: ["UNICEF-DF-P3", "THORN-MIT-P4", "UKOSA-GENAI"], confidence: nil,
            location: at(760, 5)
        )
    }

    static func control_SOC_03() -> Control {
        Control(
            id: "SOC-03", requirement: "R5",
            title: "Published generated content carries a visible AI label",
            area: .socialIntegration, severity: .critical, weight: nil,
            applies: Condition(.any([Condition(.field(FieldPath(components: ["integration", "one_tap_public_post"], dotted: "integration.one_tap_public_post", location: at(789, 19)), [.equals("true")]), at: at(789, 11)), Condition(.field(FieldPath(components: ["integration", "public_feed"], dotted: "integration.public_feed", location: at(790, 19)), [.equals("true")]), at: at(790, 11)), Condition(.field(FieldPath(components: ["integration", "resharing"], dotted: "integration.resharing", location: at(791, 19)), [.equals("true")]), at: at(791, 11))]), at: at(788, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "sharing_controls", "visible_ai_label"], dotted: "safeguards.sharing_controls.visible_ai_label", location: at(792, 22)), [.equals("true")]), at: at(792, 14)),
            rationale: "A fake image of a child that looks real does its damage through belief; a visible label on every public copy limits that damage and supports the EU deepfake disclosure duty.",
            remediation: "Render a visible \"AI-generated\" or \"AI-edited\" label on every generated image in feeds, posts, reshares and previews, and test with users that it is noticed and understood.",
            refs: ["UNICEF-DF-P3", "EUAIA-50.4", "NIST-SC-7", "C2PA-MANIFEST"], confidence: nil,
            location: at(782, 5)
        )
    }

    static func control_SOC_04() -> Control {
        Control(
            id: "SOC-04", requirement: "R2",
            title: "Posting of generated images is rate-limited",
            area: .socialIntegration, severity: .high, weight: nil,
            applies: Condition(.all([Condition(.riskTierAtLeast(.high), at: at(808, 11)), Condition(.any([Condition(.field(FieldPath(components: ["integration", "one_tap_public_post"], dotted: "integration.one_tap_public_post", location: at(810, 23)), [.equals("true")]), at: at(810, 15)), Condition(.field(FieldPath(components: ["integration", "public_feed"], dotted: "integration.public_feed", location: at(811, 23)), [.equals("true")]), at: at(811, 15)), Condition(.field(FieldPath(components: ["integration", "resharing"], dotted: "integration.resharing", location: at(812, 23)), [.equals("true")]), at: at(812, 15))]), at: at(809, 11))]), at: at(807, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "sharing_controls", "daily_post_limit"], dotted: "safeguards.sharing_controls.daily_post_limit", location: at(813, 22)), [.atMost(100.0)]), at: at(813, 14)),
            rationale: "Harassment campaigns and abuse networks rely on volume; a daily cap on generated posts slows them without affecting ordinary users.",
            remediation: "Cap public posts of generated images per account per day (100 at most; lower for new or teen accounts) and alert trust and safety when accounts hit the cap repeatedly.",
            refs: ["UNICEF-DF-P3", "THORN-MIT-P3"], confidence: nil,
            location: at(801, 5)
        )
    }

    static func control_SOC_05() -> Control {
        Control(
            id: "SOC-05", requirement: "R2",
            title: "Direct messages between adults and minors are restricted",
            area: .socialIntegration, severity: .high, weight: nil,
            applies: Condition(.all([Condition(.field(FieldPath(components: ["integration", "direct_messages"], dotted: "integration.direct_messages", location: at(829, 19)), [.equals("true")]), at: at(829, 11)), Condition(.field(FieldPath(components: ["audience", "children_likely"], dotted: "audience.children_likely", location: at(830, 19)), [.equals("true")]), at: at(830, 11))]), at: at(828, 7)),
            require: Condition(.field(FieldPath(components: ["safeguards", "sharing_controls", "minor_dm_restrictions"], dotted: "safeguards.sharing_controls.minor_dm_restrictions", location: at(831, 22)), [.equals("true")]), at: at(831, 14)),
            rationale: "Private messages are where grooming and sextortion with generated images take place; limits on unsolicited adult contact cut off the main route.",
            remediation: "Block unsolicited messages from adults to teen accounts, scan images sent to minors with the same filters as public posts, and show safety prompts on first contact.",
            refs: ["UNICEF3-R1.b", "UKOSA-RA", "UNJS-5"], confidence: nil,
            location: at(822, 5)
        )
    }

    static func control_SOC_06() -> Control {
        Control(
            id: "SOC-06", requirement: "R7",
            title: "Generated content is not algorithmically amplified on child-accessible surfaces",
            area: .socialIntegration, severity: .medium, weight: nil,
            applies: Condition(.all([Condition(.field(FieldPath(components: ["audience", "children_likely"], dotted: "audience.children_likely", location: at(847, 19)), [.equals("true")]), at: at(847, 11)), Condition(.riskTierAtLeast(.high), at: at(848, 11))]), at: at(846, 7)),
            require: Condition(.field(FieldPath(components: ["integration", "algorithmic_amplification"], dotted: "integration.algorithmic_amplification", location: at(849, 22)), [.equals("false")]), at: at(849, 14)),
            rationale: "Ranking systems reward what provokes reactions, which includes humiliating fakes of real people; children's best interests outweigh engagement from amplifying AI content.",
            remediation: "Exclude generated and edited images of real people from recommendation and trending surfaces where children are likely users, or limit them to the poster's own followers.",
            refs: ["UNICEF-DF-P3", "UNICEF3-R7"], confidence: nil,
            location: at(840, 5)
        )
    }

    static func control_SOC_07() -> Control {
        Control(
            id: "SOC-07", requirement: "R2",
            title: "At high exposure, likenesses of real people are restricted or blocked",
            area: .socialIntegration, severity: .critical, weight: nil,
            applies: Condition(.all([Condition(.riskTierAtLeast(.high), at: at(865, 11)), Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(866, 19)), [.contains("image")]), at: at(866, 11))]), at: at(864, 7)),
            require: Condition(.field(FieldPath(components: ["capabilities", "real_person_likeness"], dotted: "capabilities.real_person_likeness", location: at(867, 22)), [.isIn(["restricted", "blocked"])]), at: at(867, 14)),
            rationale: "In a highly exposed product, free generation of real people's likenesses combined with sharing is exactly the setting in which UNICEF saw sexual deepfakes of children spread.",
            remediation: "Allow real-person likeness only for the verified account holder or consenting public figures (restricted) or block it, and enforce it with face matching on uploads and outputs.",
            refs: ["UNICEF-DF-P3", "UNICEF-DF-P1", "EUAIA-50.4", "US-TIDA-1"], confidence: nil,
            location: at(858, 5)
        )
    }

    static func control_SOC_08() -> Control {
        Control(
            id: "SOC-08", requirement: "R6",
            title: "At severe exposure, the child-rights impact assessment is refreshed twice a year",
            area: .socialIntegration, severity: .high, weight: nil,
            applies: Condition(.riskTierAtLeast(.severe), at: at(881, 14)),
            require: Condition(.document(FieldPath(components: ["governance", "child_rights_impact_assessment"], dotted: "governance.child_rights_impact_assessment", location: at(882, 25)), maxAgeDays: 180), at: at(882, 14)),
            rationale: "Products with the highest exposure change fastest and are targeted hardest; a yearly assessment is too slow to catch new abuse patterns.",
            remediation: "Re-run the child-rights impact assessment at least every 180 days and after any new sharing or editing feature, and link it from governance.child_rights_impact_assessment.",
            refs: ["UNICEF3-R2.b", "UNICEF-DF-DEV-2", "UNJS-2", "UKOSA-RA"], confidence: .secondary,
            location: at(876, 5)
        )
    }

    static func control_SOC_09() -> Control {
        Control(
            id: "SOC-09", requirement: "R2",
            title: "Known intimate images shared without consent are blocked from publication",
            area: .socialIntegration, severity: .high, weight: nil,
            applies: Condition(.all([Condition(.field(FieldPath(components: ["capabilities", "modalities"], dotted: "capabilities.modalities", location: at(899, 19)), [.contains("image")]), at: at(899, 11)), Condition(.any([Condition(.field(FieldPath(components: ["integration", "one_tap_public_post"], dotted: "integration.one_tap_public_post", location: at(901, 23)), [.equals("true")]), at: at(901, 15)), Condition(.field(FieldPath(components: ["integration", "public_feed"], dotted: "integration.public_feed", location: at(902, 23)), [.equals("true")]), at: at(902, 15)), Condition(.field(FieldPath(components: ["integration", "resharing"], dotted: "integration.resharing", location: at(903, 23)), [.equals("true")]), at: at(903, 15))]), at: at(900, 11))]), at: at(898, 7)),
            require: Condition(.some(FieldPath(components: ["safeguards", "output_filters"], dotted: "safeguards.output_filters", location: at(905, 13)), Condition(.all([Condition(.field(FieldPath(components: ["type"], dotted: "type", location: at(908, 21)), [.equals("hash-match")]), at: at(908, 13)), Condition(.field(FieldPath(components: ["action"], dotted: "action", location: at(909, 21)), [.equals("block")]), at: at(909, 13)), Condition(.any([Condition(.field(FieldPath(components: ["hash_lists"], dotted: "hash_lists", location: at(911, 25)), [.contains("take-it-down")]), at: at(911, 17)), Condition(.field(FieldPath(components: ["hash_lists"], dotted: "hash_lists", location: at(912, 25)), [.contains("stopncii")]), at: at(912, 17))]), at: at(910, 13))]), at: at(907, 9))), at: at(905, 7)),
            rationale: "Victims, including teenagers, can register hashes of their images with Take It Down or StopNCII; matching against those lists keeps known images from reappearing after removal.",
            remediation: "Integrate the NCMEC Take It Down and StopNCII hash lists into the publish path and remove identical copies when a takedown is granted.",
            refs: ["US-TIDA-3", "UKOSA-IIA-HASH", "HASH-TID", "HASH-STOPNCII", "UNICEF-DF-PLAT-1"], confidence: nil,
            location: at(892, 5)
        )
    }

    static func control_SOC_10() -> Control {
        Control(
            id: "SOC-10", requirement: "R7",
            title: "Teens on a social surface get separate, protected accounts",
            area: .socialIntegration, severity: .medium, weight: nil,
            applies: Condition(.all([Condition(.field(FieldPath(components: ["integration", "surface"], dotted: "integration.surface", location: at(928, 19)), [.isIn(["social-platform", "messaging"])]), at: at(928, 11)), Condition(.field(FieldPath(components: ["audience", "children_likely"], dotted: "audience.children_likely", location: at(929, 19)), [.equals("true")]), at: at(929, 11))]), at: at(927, 7)),
            require: Condition(.field(FieldPath(components: ["audience", "teen_accounts"], dotted: "audience.teen_accounts", location: at(930, 22)), [.equals("true")]), at: at(930, 14)),
            rationale: "Teen accounts let a social product apply stricter defaults (private by default, no adult contact, limited generation) without degrading the service for adults.",
            remediation: "Provide teen accounts for ages 13-17 with private-by-default posting, restricted messaging and stricter generation limits, and set audience.teen_accounts to true.",
            refs: ["UNICEF3-R7", "UNICEF3-R2.a", "UNJS-10"], confidence: nil,
            location: at(921, 5)
        )
    }
}
