private typealias F = FieldSpec

extension DeploymentSchema {

    /// The `safeguards:` section: what the deployment declares it does.
    static let safeguards: FieldType = .object([
        F("input_filters", .list(inputFilter)),
        F("output_filters", .list(outputFilter)),
        F("minor_likeness", .object([
            F("refuse_sexualisation", .boolean), F("refuse_editing_minors", .boolean),
            F("age_estimation", .object([
                F("applied_to", .list(.choice(["prompts", "uploads", "outputs"]))),
                F("threshold", .fraction),
            ])),
        ])),
        F("image_manipulation", .object([
            F("nudification_blocked", .boolean),
            F("real_person_consent", .choice(["none", "attestation", "verified"])),
            F("face_swap", .choice(["allowed", "restricted", "blocked"])),
        ])),
        F("provenance", .object([
            F("c2pa", .boolean), F("watermark", .choice(["none", "visible", "invisible", "both"])),
            F("survives_export", .boolean), F("detection_tool", .boolean),
        ])),
        F("sharing_controls", .object([
            F("friction_before_public_post", .boolean), F("hash_check_before_publish", .boolean),
            F("visible_ai_label", .boolean), F("daily_post_limit", .count),
            F("minor_dm_restrictions", .boolean),
        ])),
        F("reporting", .object([
            F("cybertipline", .boolean), F("generative_ai_annotation", .boolean),
            F("preservation_days", .count), F("other_hotlines", .list(.text)),
        ])),
        F("user_reporting", .object([
            F("in_product", .boolean), F("response_hours", .count), F("takedown_hours", .count),
            F("appeals", .boolean), F("reporter_updates", .boolean),
        ])),
        F("training_data", .object([
            F("csam_hash_scanned", .boolean), F("classifier_scanned", .boolean),
            F("excluded_sources", .list(.text)), F("minors_separated_from_adult_content", .boolean),
            F("provenance_documented", .boolean),
        ])),
        F("red_teaming", .object([
            F("cadence_days", .integer(1...Int.max)), F("last_exercise", .date), F("external_experts", .boolean),
            F("child_safety_specialists", .boolean),
        ])),
        F("transparency", .object([
            F("ai_disclosure", disclosureChoice), F("machine_readable_marking", .boolean),
            F("model_card_published", .boolean), F("child_friendly_explanation", .boolean),
        ])),
        F("companion", .object([
            F("non_human_disclosure", disclosureChoice), F("dependency_safeguards", .boolean),
            F("crisis_referral", .boolean), F("minor_session_limits", .boolean),
            F("romantic_roleplay_with_minors", .choice(["allowed", "blocked"])),
        ])),
        F("privacy", .object([
            F("upload_retention_days", .count), F("uploads_used_for_training", .boolean),
            F("biometric_processing", .boolean), F("dpia_completed", .boolean),
            F("behavioural_ads_to_minors", .boolean),
        ])),
        F("incident_response", .object([
            F("plan", .boolean), F("csam_escalation_hours", .count),
            F("law_enforcement_contact", .boolean), F("last_tested", .date),
        ])),
    ])

    private static let disclosureChoice: FieldType = .choice(["none", "first-use", "persistent"])
}
