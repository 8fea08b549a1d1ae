import BICore

/// `{#each q as row}`, `{#if …}`, `{:else}`, `{:else if …}`, `{/each}`, `{/if}` and `{@partial "…"}`.
extension BodyParser {
    mutating func readTemplateTag() {
        let location = scanner.location
        let startsLine = !lineHasContent
        scanner.advance()   // {
        var content = ""
        var quote: Character?
        while let character = scanner.current, quote != nil || character != "}", character != "\n" {
            if character == "'" || character == "\"" { quote = quote == character ? nil : (quote ?? character) }
            content.append(character)
            scanner.advance()
        }
        guard scanner.current == "}" else {
            diagnostics.report(Diagnostic(at: location, "'{\(content)' is not closed with '}'"))
            return
        }
        scanner.advance()
        let contentLocation = location.offset(lines: 0, column: location.column + 2)
        let isBlock = consumeLineIfAlone(startsLine: startsLine)
        flushText()
        lineHasContent = !isBlock
        let keyword = String(content.prefix { !$0.isWhitespace })
        let argument = content.dropFirst(keyword.count).trimming(" \t")
        let argumentLocation = contentLocation.offset(lines: 0, column: contentLocation.column + content.count - argument.count - 1)
        switch keyword {
        case "#each": openEach(argument, at: location, argumentLocation: argumentLocation)
        case "#if": openConditional(argument, at: location, argumentLocation: argumentLocation)
        case ":else": continueConditional(argument, at: location, argumentLocation: argumentLocation)
        case "/each", "/if": close(keyword, at: location)
        case "@partial": includePartial(argument, at: location)
        default:
            diagnostics.report(Diagnostic(at: location, "unknown block '{\(keyword)}'",
                                          hint: "blocks are {#each q as row}, {#if …}, {:else}, {/each}, {/if} and {@partial \"file.md\"}"))
        }
    }

    private mutating func openEach(_ argument: String, at location: SourceLocation, argumentLocation: SourceLocation) {
        let words = argument.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count == 3, words[1] == "as", words[0].isIdentifier, words[2].isIdentifier else {
            diagnostics.report(Diagnostic(at: location, "{#each} needs a query and a name: {#each top_products as product}"))
            stack.append(Container(frame: .each(EachBlock(query: "", alias: "row", children: [], location: location, queryLocation: location))))
            return
        }
        stack.append(Container(frame: .each(EachBlock(query: words[0], alias: words[2], children: [], location: location,
                                                       queryLocation: argumentLocation))))
    }

    private mutating func openConditional(_ argument: String, at location: SourceLocation, argumentLocation: SourceLocation) {
        let condition = parseCondition(argument, at: argumentLocation)
        stack.append(Container(frame: .conditional(ConditionalBlock(branches: [], location: location), condition: condition,
                                                    branchLocation: location)))
    }

    private mutating func continueConditional(_ argument: String, at location: SourceLocation, argumentLocation: SourceLocation) {
        guard case .conditional(var block, let condition, let branchLocation)? = stack.last?.frame else {
            diagnostics.report(Diagnostic(at: location, "{:else} outside an {#if} block"))
            return
        }
        if !block.branches.isEmpty, block.branches.last?.condition == nil || condition == nil {
            diagnostics.report(Diagnostic(at: location, "{:else} after the final {:else}", hint: "use {:else if …} for more branches"))
            return
        }
        block.branches.append(ConditionalBlock.Branch(condition: condition, children: stack.removeLast().nodes, location: branchLocation))
        var next: Expression?
        if argument.hasPrefix("if ") || argument == "if" {
            let expression = argument.dropFirst(2).trimming(" \t")
            next = parseCondition(expression, at: argumentLocation.offset(lines: 0, column: argumentLocation.column + argument.count - expression.count))
        } else if !argument.isEmpty {
            diagnostics.report(Diagnostic(at: argumentLocation, "unexpected '\(argument)' after {:else}", hint: "write {:else} or {:else if …}"))
        }
        stack.append(Container(frame: .conditional(block, condition: next, branchLocation: location)))
    }

    private mutating func close(_ keyword: String, at location: SourceLocation) {
        let container = stack.last
        switch (keyword, container?.frame) {
        case ("/each", .each(var block)?):
            stack.removeLast()
            block.children = container!.nodes
            append(.each(block))
        case ("/if", .conditional(var block, let condition, let branchLocation)?):
            stack.removeLast()
            block.branches.append(ConditionalBlock.Branch(condition: condition, children: container!.nodes, location: branchLocation))
            append(.conditional(block))
        default:
            let open: String? = switch container?.frame {
            case .component(let component)?: "<\(component.name)> opened at line \(component.location.line)"
            case .each(let block)?: "{#each} opened at line \(block.location.line)"
            case .conditional(let block, _, _)?: "{#if} opened at line \(block.location.line)"
            default: nil
            }
            diagnostics.report(Diagnostic(at: location, "{\(keyword)} does not close anything here",
                                          hint: open.map { "close the \($0) first" } ?? "remove it, or open the block before it"))
        }
    }

    private mutating func includePartial(_ argument: String, at location: SourceLocation) {
        let path = argument.trimming("\"' ")
        guard !path.isEmpty, argument.first == "\"" || argument.first == "'", !path.contains("..") else {
            diagnostics.report(Diagnostic(at: location, "{@partial} needs a file name in quotes, inside partials/: {@partial \"header.md\"}"))
            return
        }
        append(.partial(path: path, location: location))
    }

    private mutating func parseCondition(_ text: String, at location: SourceLocation) -> Expression? {
        guard !text.isEmpty else {
            diagnostics.report(Diagnostic(at: location, "{#if} needs a condition", hint: "for example {#if top.length > 0}"))
            return nil
        }
        return diagnostics.attempt { try Expression.parse(text, at: location) }
    }
}
