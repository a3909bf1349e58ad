import Foundation

/// Reads a deployment manifest straight from YAML events into the validated `ManifestNode`
/// tree, without Yams' `Node` tree in between and without a second walk for the schema: the
/// way nearly every manifest in a portfolio run is read.
///
/// The events come from `PlainYAMLScanner` when the file is in the plain subset it takes (as
/// manifests usually are), and from libyaml otherwise. It is only a shortcut: it returns nil at
/// the first thing it does not handle or that would be an error (see `ManifestEventParser`),
/// and the caller then reads the file the general way, which says what is wrong. Whenever it
/// returns a tree, that tree is the one the general way builds (`ManifestEventReaderTests`
/// compares them, and so does the fuzz target).
enum ManifestEventReader {
    /// The validated tree of `source`, or nil when the general reader must decide.
    static func read(_ source: SourceFile, nodeBudget: Int) -> ManifestNode? {
        var text = source.text
        let file = FileName.interned(source.path)
        return text.withUTF8 { bytes in
            // The scanner's events are libyaml's, so when it has them, libyaml need not run:
            // the parser's answer on them is its answer on libyaml's.
            if let scanned = PlainYAMLScanner.scan(bytes) {
                var parser = ManifestEventParser(events: scanned, file: file, budget: nodeBudget)
                return parser.document()
            }
            guard let events = YAMLEventStream(bytes) else { return nil }
            var parser = ManifestEventParser(events: events, file: file, budget: nodeBudget)
            return parser.document()
        }
    }
}
