/// The small records a result holds by the dozen — measurements, evidence records, inputs and
/// risk factors — written straight into bytes (`JSONDirectRecord+Records.swift`) rather than
/// walked through a keyed container each and built into a tree.
extension JSONTreeEncoder {
    /// The value of `value` when it is a list of one of these records, or the tool, checklist
    /// summary, deployment identity, gate verdict or exposure; nil for any other.
    func recordTree<T: Encodable>(_ value: T) -> JSONValue? {
        if T.self == [MeasurementRecord].self, let records = value as? [MeasurementRecord] {
            return .direct(JSONDirectRecords(records, isList: true, in: context))
        }
        if T.self == [EvidenceRecord].self, let records = value as? [EvidenceRecord] {
            return .direct(JSONDirectRecords(records, isList: true, in: context))
        }
        if T.self == [InputFile].self, let inputs = value as? [InputFile] {
            return .direct(JSONDirectRecords(inputs, isList: true, in: context))
        }
        if T.self == [Exposure.FactorResult].self, let factors = value as? [Exposure.FactorResult] {
            return .direct(JSONDirectRecords(factors, isList: true, in: context))
        }
        if T.self == ToolInfo.self, let tool = value as? ToolInfo {
            return .direct(JSONDirectRecords([tool], isList: false, in: context))
        }
        if T.self == ChecklistSummary.self, let summary = value as? ChecklistSummary {
            return .direct(JSONDirectRecords([summary], isList: false, in: context))
        }
        if T.self == GateVerdict.self, let verdict = value as? GateVerdict {
            return .direct(JSONDirectRecords([verdict], isList: false, in: context))
        }
        if T.self == Exposure.self, let exposure = value as? Exposure {
            return .direct(JSONDirectRecords([exposure], isList: false, in: context))
        }
        if T.self == DeploymentIdentity.self, let identity = value as? DeploymentIdentity {
            return .direct(JSONDirectRecords([identity], isList: false, in: context))
        }
        return nil
    }
}
