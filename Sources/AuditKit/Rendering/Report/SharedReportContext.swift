import Foundation

/// One result's report context, as the templates read it, made once for the reports that
/// share it: the HTML and the Markdown report of a result show the same context (page,
/// branding and stylesheet included). Made for each of them, it was ≈ 9 % of a one-manifest,
/// every-format run's instructions (`docs/performance-history.md`).
///
/// It is kept only until its last use, `uses` of them, so that a run of many results does not
/// hold every result's context at once. Safe to use from several threads.
public final class SharedReportContext: @unchecked Sendable {
    private let lock = NSLock()
    private var value: TemplateValue?
    private var usesLeft: Int

    /// A context for `uses` reports of one result.
    public init(uses: Int) { usesLeft = uses }

    /// The context, made by `make` on first use; forgotten after the last of its uses.
    func take(_ make: () -> TemplateValue) -> TemplateValue {
        lock.withLock {
            usesLeft -= 1
            let context = value ?? make()
            value = usesLeft > 0 ? context : nil
            return context
        }
    }
}
