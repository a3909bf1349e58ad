/// Turns a report view model into the dictionaries and arrays Mustache looks names up in.
///
/// Mustache reflects a plain struct with `Mirror` on every lookup — and a name is looked up in
/// each enclosing context until one has it — which made rendering the report cost more than the
/// audit. Reflecting every stored property once, into `[String: Any]` (which Mustache reads by
/// key), gives the same values for the same names at a fraction of the cost. View models are
/// plain data: none implements Mustache's lambda or custom-rendering protocols, which this
/// conversion would hide.
enum TemplateValues {
    /// `value` with every struct and class (with stored properties) turned into a dictionary of
    /// its properties, arrays converted element by element, optionals unwrapped (nil leaves the
    /// key out, as a missing name). Strings, numbers, booleans and enums stay as they are.
    static func converted(_ value: Any) -> Any? {
        // Leaves need no reflection; making a `Mirror` for each cost more than the lookups.
        if value is String || value is Int || value is Double || value is Bool { return value }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional?:
            return mirror.children.first.flatMap { converted($0.value) }
        case .collection?:
            return mirror.children.compactMap { converted($0.value) }
        case .struct?, .class?:
            guard !mirror.children.isEmpty else { return value }
            var fields: [String: Any] = [:]
            for case let (label?, child) in mirror.children { fields[label] = converted(child) }
            return fields
        default:
            return value
        }
    }
}
