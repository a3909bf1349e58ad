import Mustache

/// The value of an optional field that is nil: present, so Mustache does not look the name up
/// in the enclosing contexts, and empty.
///
/// Mustache resolves a name missing from the current context in the contexts around it, so a
/// reason without a location would show its finding's location if the key were left out. As
/// a section, this is skipped and its inverse shown; as a variable, it prints nothing.
struct TemplateNull: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
