/// How a scalar is written, as far as reading its value depends on it.
enum YAMLScalarStyle: UInt8, Sendable {
    /// Not a scalar event.
    case none
    case plain, singleQuoted, doubleQuoted, literal, folded
}
