/// The commented manifest `safeguard init` writes. A test keeps it valid.
public enum StarterManifest {
    /// The manifest text.
    public static let text = """
    # Safeguard deployment manifest. Describe the system under audit; every claim a control
    # needs and you leave out makes that control "not-reviewed", never "passed".
    # Reference: docs/formats.md · check it with: safeguard lint THIS-FILE
    safeguard: deployment/v1
    deployment:
      id: my-deployment            # lower-case kebab-case, stable across releases
      name: My Deployment
      version: 0.1.0
      owner: Trust & Safety team
      markets: [EU, UK, US]        # ISO 3166-1 codes, EU and UK: controls apply by market
    capabilities:
      modalities: [text, image]    # text | image | video | audio
      image_editing: none          # none | own-outputs | uploads
      real_person_likeness: blocked  # allowed | restricted | blocked
      companion_persona: false
    audience:
      minimum_age: 18
      children_likely: false       # could children reach it anyway?
      age_assurance: self-declaration  # none | self-declaration | estimation | verification
    integration:                   # drives the social-integration risk model
      surface: standalone-app      # api | standalone-app | social-platform | messaging
      one_tap_public_post: false
      public_feed: false
      resharing: false
      algorithmic_amplification: false
      direct_messages: false
    safeguards:
      input_filters:
        - {id: prompt-classifier, type: classifier, stage: prompt,
           categories: [minor-sexualisation, nudification, sexual-content], action: block}
      output_filters:
        - {id: image-classifier, type: classifier, modality: image,
           categories: [minor-sexualisation, nudity, minor-presence], action: block}
      minor_likeness: {refuse_sexualisation: true, refuse_editing_minors: true}
    governance:
      accountable_owner: Head of Trust & Safety
    # evidence:                    # files relative to this manifest, hashed into the result
    #   - {id: redteam, kind: red-team, format: safeguard, path: evidence/metrics.yaml,
    #      collected: 2026-11-01}
    # waivers:                     # accepted risks, each with an approver and an expiry
    #   - {control: PROV-03, justification: "…", approved_by: "…", approved_on: 2026-11-01,
    #      expires: 2027-01-31}

    """
}
