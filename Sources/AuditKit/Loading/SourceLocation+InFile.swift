extension SourceLocation {
    /// Makes locations in one file, its name interned once: for code that makes many, such as
    /// the compiled catalog (`static let at = SourceLocation.InFile("…")`, then `at(12, 5)`).
    public struct InFile: Sendable {
        private let fileName: FileName

        /// Locations in `file`.
        public init(_ file: String) { fileName = FileName.interned(file) }

        /// The location at `line` and `column` of the file.
        public func callAsFunction(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(fileName, line: line, column: column)
        }
    }
}
