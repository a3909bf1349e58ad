/// A metrics file as read, with where each category's key is written (for the checks' messages).
package struct LoadedMetrics: Sendable, Equatable {
    /// The file's source, date and counts.
    package let file: MetricsFile
    /// Each category's key, where it is written.
    package let keyLocations: [String: SourceLocation]
}
