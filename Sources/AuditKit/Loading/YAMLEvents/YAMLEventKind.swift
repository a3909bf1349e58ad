/// The kinds of YAML event that `ManifestEventParser` reads, from libyaml or from
/// `PlainYAMLScanner`.
enum YAMLEventKind: UInt8, Sendable {
    case streamStart, documentStart, documentEnd, streamEnd
    case mappingStart, mappingEnd, sequenceStart, sequenceEnd
    case scalar, alias
}
