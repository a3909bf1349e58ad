// Generated from Checklists/ by scripts/regenerate (compile-catalog). Do not edit:
// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.
import AuditKit

extension BuiltinCatalog {
    /// The embedded catalog with its checklists and metric vocabulary as compiled values, so
    /// an audit does not parse them. A value stands in only while its file is unchanged.
    public static let compiled = BuiltinCatalog.embedded.compiling(
        checklists: [CompiledThornSafetyByDesign.entry, CompiledUnicefAiChildren30.entry],
        vocabulary: CompiledMetricCategories.entry)
}
