import BICore

/// Reads one component tag from a scanner: `<BarChart data=monthly title="By month" />`.
struct TagReader {
    struct Tag {
        var name: String
        var attributes: [Attribute]
        var isSelfClosing: Bool
        var location: SourceLocation
    }

    var scanner: SourceScanner
    private(set) var failure: Diagnostic?

    init(scanner: SourceScanner) { self.scanner = scanner }

    /// Reads from `<` to `/>` or `>`. On failure the scanner has moved past the bad text.
    mutating func readOpeningTag() -> Tag? {
        let location = scanner.location
        scanner.advance()   // <
        let name = readName()
        var attributes: [Attribute] = []
        while true {
            scanner.skipWhitespace()
            guard let character = scanner.current else {
                return fail(at: location, "<\(name)> is not finished", hint: "end the tag with '/>' (or '>' for a container)")
            }
            if scanner.hasPrefix("/>") {
                scanner.advance(by: 2)
                return Tag(name: name, attributes: attributes, isSelfClosing: true, location: location)
            }
            if character == ">" {
                scanner.advance()
                return Tag(name: name, attributes: attributes, isSelfClosing: false, location: location)
            }
            guard character.isLetter || character == "_" else {
                let at = scanner.location
                scanner.advance()
                return fail(at: at, "unexpected '\(character)' in <\(name)>",
                            hint: "attributes are written name=value, name=\"a value\" or name={value}")
            }
            guard let attribute = readAttribute(in: name) else { return nil }
            if attributes.contains(where: { $0.name == attribute.name }) {
                return fail(at: attribute.location, "<\(name)> has '\(attribute.name)' twice")
            }
            attributes.append(attribute)
        }
    }

    /// Reads `</Name>` and returns the name.
    mutating func readClosingTag() -> String? {
        let location = scanner.location
        scanner.advance(by: 2)   // </
        let name = readName()
        scanner.skipWhitespace()
        guard scanner.current == ">" else { return fail(at: location, "</\(name) is not finished", hint: "add '>'") }
        scanner.advance()
        return name
    }

    private mutating func readName() -> String {
        var name = ""
        while let character = scanner.current, character.isLetter || character.isNumber || character == "_" || character == "-" {
            name.append(character)
            scanner.advance()
        }
        return name
    }

    private mutating func readAttribute(in tag: String) -> Attribute? {
        let location = scanner.location
        let name = readName()
        guard scanner.current == "=" else {
            return Attribute(name: name, value: "true", location: location, valueLocation: location)
        }
        scanner.advance()
        switch scanner.current {
        case "\"", "'":
            let quote = scanner.advance()!
            let valueLocation = scanner.location
            var value = ""
            while let character = scanner.current, character != quote {
                value.append(character)
                scanner.advance()
            }
            guard scanner.current == quote else {
                return fail(at: valueLocation, "the value of '\(name)' in <\(tag)> has no closing \(quote)")
            }
            scanner.advance()
            return Attribute(name: name, value: value, location: location, valueLocation: valueLocation)
        case "{":
            scanner.advance()
            let valueLocation = scanner.location
            var value = ""
            var depth = 1
            while let character = scanner.current {
                if character == "{" { depth += 1 }
                if character == "}" { depth -= 1 }
                if depth == 0 { break }
                value.append(character)
                scanner.advance()
            }
            guard scanner.current == "}" else {
                return fail(at: valueLocation, "the value of '\(name)' in <\(tag)> has no closing }")
            }
            scanner.advance()
            return Attribute(name: name, value: value.trimming(" \t\n"), location: location, valueLocation: valueLocation)
        default:
            let valueLocation = scanner.location
            var value = ""
            while let character = scanner.current, !character.isWhitespace, character != ">", !scanner.hasPrefix("/>") {
                value.append(character)
                scanner.advance()
            }
            guard !value.isEmpty else {
                return fail(at: valueLocation, "'\(name)=' in <\(tag)> has no value", hint: "write \(name)=value or \(name)=\"a value\"")
            }
            return Attribute(name: name, value: value, location: location, valueLocation: valueLocation)
        }
    }

    private mutating func fail<T>(at location: SourceLocation, _ message: String, hint: String? = nil) -> T? {
        failure = Diagnostic(at: location, message, hint: hint)
        return nil
    }
}
