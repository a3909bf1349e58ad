/// Reads a metrics file (`safeguard: metrics/v1`) straight from YAML events, without Yams'
/// `Node` tree and `Decodable` in between: the way the evidence of a one-manifest run is
/// usually read. Made generic by Yams and `Decodable`, each first use of a type there had the
/// runtime search every conformance record of the binary: ≈ 6 % of a one-manifest,
/// every-format run's instructions, for a file of a few kilobytes.
///
/// The events come from `PlainYAMLScanner` when the file is in the plain subset it takes, and
/// from libyaml otherwise. It is only a shortcut: it returns nil at the first thing it does not
/// handle or that would be an error (see `MetricsEventParser`), and the caller then reads the
/// file the general way, which says what is wrong. Whenever it returns a file, that file is the
/// one the general way reads (`MetricsEventReaderTests` compares them, and so does the fuzz
/// target).
enum MetricsEventReader {
    /// The file in `source`, or nil when the general reader must decide.
    static func read(_ source: SourceFile, nodeBudget: Int) -> LoadedMetrics? {
        var text = source.text
        let path = source.path
        return text.withUTF8 { bytes in
            if let scanned = PlainYAMLScanner.scan(bytes) {
                var parser = MetricsEventParser(events: scanned, path: path, budget: nodeBudget)
                return parser.document()
            }
            guard let events = YAMLEventStream(bytes) else { return nil }
            var parser = MetricsEventParser(events: events, path: path, budget: nodeBudget)
            return parser.document()
        }
    }
}
