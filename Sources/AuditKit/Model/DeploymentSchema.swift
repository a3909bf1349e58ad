private typealias F = FieldSpec

/// The schema of `safeguard: deployment/v1` manifests. See `docs/formats.md`.
public enum DeploymentSchema {
    private static let modalities: FieldType = .choice(["text", "image", "video", "audio"])
    private static let filterTypes: FieldType =
        .choice(["classifier", "blocklist", "hash-match", "llm-judge", "rules"])
    private static let filterCategories: FieldType = .choice([
        "minor-sexualisation", "nudification", "sexual-content", "nudity", "minor-presence",
        "grooming", "sextortion", "self-harm", "violence",
    ])
    private static let filterActions: FieldType = .choice(["block", "flag", "log"])

    /// The whole manifest.
    public static let root: FieldType = .object([
        F("safeguard", .text, required: true),
        F("deployment", deployment, required: true),
        F("capabilities", capabilities),
        F("audience", audience),
        F("integration", integration),
        F("safeguards", safeguards),
        F("governance", governance),
        F("evidence", .list(evidenceEntry)),
        F("waivers", .list(waiver)),
    ])

    private static let deployment: FieldType = .object([
        F("id", .text, required: true), F("name", .text, required: true), F("version", .text),
        F("owner", .text), F("release_date", .date), F("markets", .list(.market)),
        F("description", .text),
    ])

    private static let capabilities: FieldType = .object([
        F("modalities", .list(modalities)),
        F("image_editing", .choice(["none", "own-outputs", "uploads"])),
        F("real_person_likeness", .choice(["allowed", "restricted", "blocked"])),
        F("companion_persona", .boolean), F("voice_cloning", .boolean),
        F("open_weights", .boolean),
    ])

    private static let audience: FieldType = .object([
        F("minimum_age", .integer(0...120)), F("children_likely", .boolean), F("teen_accounts", .boolean),
        F("age_assurance", .choice(["none", "self-declaration", "estimation", "verification"])),
    ])

    private static let integration: FieldType = .object([
        F("surface", .choice(["api", "standalone-app", "social-platform", "messaging"])),
        F("one_tap_public_post", .boolean), F("public_feed", .boolean), F("resharing", .boolean),
        F("algorithmic_amplification", .boolean), F("direct_messages", .boolean),
        F("monthly_active_users", .count),
    ])

    static let inputFilter: FieldType = .object([
        F("id", .text, required: true), F("type", filterTypes),
        F("stage", .choice(["prompt", "upload"])), F("categories", .list(filterCategories)),
        F("hash_lists", .list(.text)), F("action", filterActions), F("description", .text),
    ])

    static let outputFilter: FieldType = .object([
        F("id", .text, required: true), F("type", filterTypes), F("modality", modalities),
        F("categories", .list(filterCategories)), F("hash_lists", .list(.text)),
        F("action", filterActions), F("description", .text),
    ])

    private static let evidenceEntry: FieldType = .object([
        F("id", .text, required: true),
        F("kind", .choice(["red-team", "document", "metrics", "screenshot", "log"]), required: true),
        F("format", .choice(["safeguard", "promptfoo", "garak"])),
        F("path", .text, required: true), F("collected", .date), F("max_age_days", .count),
        F("description", .text),
    ])

    private static let waiver: FieldType = .object([
        F("control", .text, required: true), F("justification", .text, required: true),
        F("approved_by", .text, required: true), F("approved_on", .date, required: true),
        F("expires", .date, required: true),
    ])

    private static let governance: FieldType = .object([
        F("child_rights_impact_assessment", .evidenceReference),
        F("accountable_owner", .text), F("child_safety_policy_published", .boolean),
        F("grievance_mechanism", .boolean), F("supplier_labour_standards", .boolean),
        F("regulatory_register", .boolean),
    ])
}
