/// The options after a plot statement, for figures meant for a paper:
///
///     plotOptions  → option ("," option)*          (after the last field, with or without a comma)
///     option       → "size" "=" NUMBER "in" "x" NUMBER "in"
///                  | "title" "=" STRING
///                  | ("xlim" | "ylim") "=" interval
///                  | "log" ("x" | "y")
///                  | "legend" "=" ("outside" | "none")
///
/// An option word is never followed by "." so `, size = ...` cannot be mistaken for
/// another field `, E.V`.
extension Parser {
    /// Whether the token `offset` ahead starts an option rather than a field.
    func startsPlotOption(at offset: Int) -> Bool {
        let index = min(current + offset, tokens.count - 1)
        guard case .identifier(let word) = tokens[index].kind, PlotOptions.words.contains(word) else { return false }
        return tokens[min(index + 1, tokens.count - 1)].kind != .symbol(".")
    }

    /// Whether a comma and then an option come next, which ends a list of fields or names.
    func optionAfterComma() -> Bool {
        peek.kind == .symbol(",") && startsPlotOption(at: 1)
    }

    mutating func plotOptions() throws -> PlotOptions {
        var options = PlotOptions()
        guard startsPlotOption(at: 0) || optionAfterComma() else { return options }
        _ = match(",")
        var seen: Set<String> = []
        repeat {
            let (word, range) = try identifier("a plot option (" + PlotOptions.words.sorted().joined(separator: ", ") + ")")
            let name = try plotOption(word, at: range, into: &options)
            guard seen.insert(name).inserted else {
                throw Diagnostic(.givenTwice(name: "'\(name)'"), at: range.union(tokens[current - 1].range), hint: "give each plot option once")
            }
        } while match(",")
        return options
    }

    /// Reads one option into `options`; returns its name ("log x" and "log y" are two).
    private mutating func plotOption(_ word: String, at range: SourceRange, into options: inout PlotOptions) throws -> String {
        switch word {
        case "size":
            try expect("=", "after size: size = 3.5 in x 2.5 in")
            let width = try inches("width")
            guard matchWord("x") else {
                throw Diagnostic(.syntax(expected: "'x' between width and height", found: peek.description), at: peek.range,
                                 hint: "size = 3.5 in x 2.5 in")
            }
            options.size = PlotOptions.Size(width: width, height: try inches("height"))
        case "title":
            try expect("=", "after title: title = \"Membrane potential\"")
            let token = advance()
            guard case .string(let text) = token.kind else {
                throw Diagnostic(.syntax(expected: "a title in quotes", found: token.description), at: token.range, hint: "title = \"Membrane potential\"")
            }
            options.title = text
        case "xlim", "ylim":
            try expect("=", "after \(word): \(word) = [low, high]")
            let interval = try self.interval(word, range)
            if word == "xlim" { options.xLimits = interval } else { options.yLimits = interval }
        case "log":
            let (axis, axisRange) = try identifier("the axis to draw on a log scale, x or y")
            switch axis {
            case "x": options.logX = true
            case "y": options.logY = true
            default: throw Diagnostic(.unknown(kind: "axis", name: axis), at: axisRange, hint: "log x or log y")
            }
            return "log \(axis)"
        case "legend":
            try expect("=", "after legend: legend = outside or legend = none")
            let (choice, choiceRange) = try identifier("outside or none")
            guard let legend = PlotOptions.Legend(rawValue: choice) else {
                throw Diagnostic(.unknown(kind: "legend placement", name: choice), at: choiceRange, hint: "legend = outside or legend = none")
            }
            options.legend = legend
        case "labels":
            options.labels = try names("labels", example: "[\"soma\", \"dendrite\"]", each: "a label")
        case "colour":
            options.colours = try names("colour", example: "[\"black\", \"#d62728\"]", each: "a colour")
        default:
            throw Diagnostic(.unknown(kind: "plot option", name: word), at: range,
                             hint: "plot options are " + PlotOptions.words.sorted().joined(separator: ", "))
        }
        return word
    }

    /// `3.5 in`: a positive number of inches.
    private mutating func inches(_ what: String) throws -> Double {
        let token = advance()
        guard case .number(let value) = token.kind, value > 0, value.isFinite else {
            throw Diagnostic(.syntax(expected: "a positive \(what) in inches", found: token.description), at: token.range,
                             hint: "size = 3.5 in x 2.5 in")
        }
        guard matchWord("in") else {
            throw Diagnostic(.syntax(expected: "'in' after the \(what)", found: peek.description), at: peek.range,
                             hint: "sizes are in inches: size = 3.5 in x 2.5 in")
        }
        return value
    }

    /// `= ["a", "b"]`, or `= "a"` for one series.
    private mutating func names(_ option: String, example: String, each: String) throws -> PlotOptions.Names {
        try expect("=", "after \(option): \(option) = \(example)")
        if case .string(let one) = peek.kind { return PlotOptions.Names(names: [one], range: advance().range) }
        let open = try expect("[", "before the list: \(option) = \(example)").range
        var names: [String] = []
        repeat {
            let token = advance()
            guard case .string(let text) = token.kind else {
                throw Diagnostic(.syntax(expected: "\(each) in quotes", found: token.description), at: token.range, hint: "\(option) = \(example)")
            }
            names.append(text)
        } while match(",")
        return PlotOptions.Names(names: names, range: open.union(try expect("]", "to close the list of \(option)").range))
    }
}
