/// One piece of a parsed template.
indirect enum TemplateToken: Sendable {
    /// Text written as it is.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (not escaped).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or with `inverted`, `{{^name}}…{{/name}}`.
    case section(TemplateName, inverted: Bool, body: [TemplateToken])
    /// `{{> name}}`: a partial, its lines indented by `indentation` when it stands alone on one.
    case partial(TemplatePartialCall)
    /// `{{% CONTENT_TYPE: NAME}}`: how the values after it are escaped.
    case contentType(TemplateContentType)
}

/// A `{{> name}}` tag: which partial, how its lines are indented, and where the tag is.
struct TemplatePartialCall: Sendable {
    let name: String
    let indentation: [UInt8]
    /// The tag's byte offset in its template, for errors.
    let offset: Int
}
