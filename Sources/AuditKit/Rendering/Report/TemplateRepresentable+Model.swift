/// The result's own types that report views hold as they are.
extension DeploymentIdentity: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "id": .text(id), "name": .text(name), "version": .optional(version), "owner": .optional(owner),
            "releaseDate": .optional(releaseDate?.description), "markets": .texts(markets),
        ])
    }
}

extension SkippedControl: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object(["id": .text(id), "title": .text(title), "profile": .text(profile), "reason": .text(reason)])
    }
}
