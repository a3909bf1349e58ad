/// One rendering of a template over a value: the stack of values the enclosing sections
/// opened, and the bytes written so far.
struct TemplateRun {
    /// The templates a `{{> name}}` tag finds.
    let partials: [String: [TemplateToken]]
    private var stack: [TemplateValue]
    private(set) var output: [UInt8] = []

    /// What a block renders with besides the values: the escaping in force, the indentation
    /// of a standalone partial, and the position in the list a section goes through.
    struct Frame {
        var contentType = TemplateContentType.html
        var indentation: [UInt8] = []
        var position: TemplateListPosition?
    }

    init(root: TemplateValue, partials: [String: [TemplateToken]]) {
        (self.stack, self.partials) = ([root], partials)
        output.reserveCapacity(64 * 1024)
    }

    mutating func render(_ tokens: [TemplateToken], frame: Frame) {
        var frame = frame
        for token in tokens {
            switch token {
            case .text(let bytes):
                write(bytes, frame)
            case .variable(let name, let escaped):
                guard let text = resolve(name, frame)?.printed, !text.isEmpty else { continue }
                startLine(frame)
                (escaped ? frame.contentType : .text).append(text, to: &output)
            case .section(let name, let inverted, let body):
                renderSection(resolve(name, frame), inverted: inverted, body: body, frame: frame)
            case .partial(let call):
                renderPartial(call, frame: frame)
            case .contentType(let type):
                frame.contentType = type
            }
        }
    }

    private mutating func renderSection(_ value: TemplateValue?, inverted: Bool, body: [TemplateToken],
                                        frame: Frame) {
        switch value {
        case .list(let items)?:
            if inverted {
                if items.isEmpty { renderInside(.list(items), body, frame) }
                return
            }
            for (index, item) in items.enumerated() {
                var inner = frame
                inner.position = TemplateListPosition(index: index, count: items.count)
                stack.append(item)
                render(body, frame: inner)
                stack.removeLast()
            }
        case .flag(let flag)?:
            if flag != inverted { render(body, frame: frame) }
        case .null?, nil:
            if inverted { render(body, frame: frame) }
        case let value?:
            if !inverted { renderInside(value, body, frame) }
        }
    }

    private mutating func renderInside(_ value: TemplateValue, _ body: [TemplateToken], _ frame: Frame) {
        var inner = frame
        inner.position = nil
        stack.append(value)
        render(body, frame: inner)
        stack.removeLast()
    }

    private mutating func renderPartial(_ call: TemplatePartialCall, frame: Frame) {
        // `TemplateLibrary` refuses partials that include themselves, so this ends.
        guard let tokens = partials[call.name] else { return }
        render(tokens, frame: Frame(indentation: frame.indentation + call.indentation))
    }

    /// The value a name stands for here, or nil if it is nowhere.
    func resolve(_ name: TemplateName, _ frame: Frame) -> TemplateValue? {
        var value: TemplateValue?
        var transforms = name.transforms[...]
        switch name.base {
        case .current: value = stack.last
        case .relative(let path): value = stack.last?.descendant(path)
        case .position:
            value = transforms.popFirst().flatMap { frame.position?.value(of: $0) }
        case .path(let path):
            guard let first = path.first else { return nil }
            for enclosing in stack.reversed() {
                guard let found = enclosing.child(first) else { continue }
                value = found.descendant(path.dropFirst())
                break
            }
        }
        for transform in transforms {
            value = value?.transformed(by: transform)
        }
        return value
    }

    /// Writes template text; inside an indented partial, each of its lines is indented.
    private mutating func write(_ bytes: [UInt8], _ frame: Frame) {
        guard !frame.indentation.isEmpty else { return output.append(contentsOf: bytes) }
        for byte in bytes {
            startLine(frame)
            output.append(byte)
        }
    }

    /// Indents the output's new line inside an indented partial, before anything is written on it.
    private mutating func startLine(_ frame: Frame) {
        if !frame.indentation.isEmpty, output.last == 0x0A { output.append(contentsOf: frame.indentation) }
    }
}
