/// A report view model that gives its templates their values directly: an object keyed by
/// property name, as `Encodable` would name them.
///
/// View models used to reach templates through an `Encoder`. Each first use of a view type
/// there had the runtime look up its coding keys' and containers' conformances, each lookup a
/// scan of every conformance record in the binary: ≈ 14 % of a one-manifest, every-format run's
/// instructions (`docs/performance-history.md`). The views are still `Encodable`, and a test checks that
/// each tree here is exactly what encoding gives (`TemplateTreeTests`), so a property added to a
/// view and not to its tree is caught.
protocol TemplateRepresentable {
    /// The value the templates read.
    var templateValue: TemplateValue { get }
}

extension TemplateValue {
    /// A text, or `.null` for nil (which stops the template looking the name up further out).
    static func optional(_ text: String?) -> TemplateValue {
        text.map(TemplateValue.text) ?? .null
    }

    /// A view's value, or `.null` for nil.
    static func optional(_ view: (some TemplateRepresentable)?) -> TemplateValue {
        view?.templateValue ?? .null
    }

    /// The views' values, in order.
    static func list(_ views: [some TemplateRepresentable]) -> TemplateValue {
        .list(views.map(\.templateValue))
    }

    /// The texts, in order.
    static func texts(_ texts: [String]) -> TemplateValue {
        .list(texts.map(TemplateValue.text))
    }
}
