/// Splits model text into tokens.
///
/// Newlines end statements, except inside `( )` and `[ ]`, so that a long
/// expression may continue on the next line. `#` starts a comment.
public struct Lexer {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var bracketDepth = 0
    private var tokens: [Token] = []
    private var errors: [Diagnostic] = []

    public init(_ source: String) {
        bytes = Array(source.utf8)
    }

    /// All tokens, ending with `.end`, and every lexical error found.
    public static func tokenize(_ source: String) -> (tokens: [Token], errors: [Diagnostic]) {
        var lexer = Lexer(source)
        lexer.run()
        return (lexer.tokens, lexer.errors)
    }

    private static let twoCharacterSymbols: Set<String> = ["->", "+=", "-=", "*=", "/=", "==", "!=", "<=", ">=", "&&", "||"]
    private static let oneCharacterSymbols: Set<UInt8> = Set("+-*/^(){}[],.:=<>!".utf8)

    /// Characters of the current line before `countedUpTo`: counted incrementally, since tokens only move forward.
    private var countedUpTo = 0
    private var charactersCounted = 0
    private var countedLineStart = 0

    /// Columns count characters, not bytes, so carets line up after a µ.
    private var position: SourcePosition {
        mutating get {
            if countedLineStart != lineStart { (countedLineStart, countedUpTo, charactersCounted) = (lineStart, lineStart, 0) }
            while countedUpTo < index {
                if bytes[countedUpTo] & 0xC0 != 0x80 { charactersCounted += 1 }
                countedUpTo += 1
            }
            return SourcePosition(line: line, column: charactersCounted + 1, offset: index)
        }
    }

    private mutating func run() {
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "\n"):
                let start = position
                index += 1
                if bracketDepth == 0 { tokens.append(Token(.newline, SourceRange(start: start, end: position))) }
                line += 1
                lineStart = index
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                lexNumber()
            case UInt8(ascii: "."):
                if index + 1 < bytes.count, isDigit(bytes[index + 1]) { lexNumber() } else { lexSymbol() }
            case UInt8(ascii: "\""):
                lexString()
            default:
                if isIdentifierStart(byte) { lexIdentifier() } else { lexSymbol() }
            }
        }
        let end = position
        tokens.append(Token(.end, SourceRange(start: end, end: end)))
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    private func isIdentifierStart(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 }
    private func isIdentifierPart(_ b: UInt8) -> Bool { isIdentifierStart(b) || isDigit(b) }

    private func text(from start: Int) -> String { String(decoding: bytes[start..<index], as: UTF8.self) }

    private mutating func lexIdentifier() {
        let start = position
        while index < bytes.count, isIdentifierPart(bytes[index]) { index += 1 }
        tokens.append(Token(.identifier(text(from: start.offset)), SourceRange(start: start, end: position)))
    }

    private mutating func lexNumber() {
        let start = position
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var lookahead = index + 1
            if lookahead < bytes.count, bytes[lookahead] == UInt8(ascii: "+") || bytes[lookahead] == UInt8(ascii: "-") { lookahead += 1 }
            if lookahead < bytes.count, isDigit(bytes[lookahead]) {
                index = lookahead
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
        }
        let literal = text(from: start.offset)
        let range = SourceRange(start: start, end: position)
        if let value = Double(literal), value.isFinite {
            tokens.append(Token(.number(value), range))
        } else {
            errors.append(Diagnostic(.numberOutOfRange(literal: literal), at: range))
            tokens.append(Token(.number(0), range))
        }
    }

    private mutating func lexString() {
        let start = position
        index += 1
        let contentStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\n") { index += 1 }
        let content = text(from: contentStart)
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            index += 1
        } else {
            errors.append(Diagnostic(.unterminatedString, at: SourceRange(start: start, end: position),
                                     hint: "close it with \" on the same line"))
        }
        tokens.append(Token(.string(content), SourceRange(start: start, end: position)))
    }

    private mutating func lexSymbol() {
        let start = position
        if index + 1 < bytes.count {
            let pair = String(decoding: bytes[index...index + 1], as: UTF8.self)
            if Lexer.twoCharacterSymbols.contains(pair) {
                index += 2
                tokens.append(Token(.symbol(pair), SourceRange(start: start, end: position)))
                return
            }
        }
        let byte = bytes[index]
        if Lexer.oneCharacterSymbols.contains(byte) {
            index += 1
            trackBrackets(byte)
            tokens.append(Token(.symbol(String(UnicodeScalar(byte))), SourceRange(start: start, end: position)))
            return
        }
        skipUnexpectedCharacter(from: start)
    }

    private mutating func trackBrackets(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["): bracketDepth += 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"): bracketDepth = max(0, bracketDepth - 1)
        case UInt8(ascii: "{"), UInt8(ascii: "}"): bracketDepth = 0
        default: break
        }
    }

    private mutating func skipUnexpectedCharacter(from start: SourcePosition) {
        // Skip one whole UTF-8 sequence so the message shows the character, not a byte.
        index += 1
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        let character = text(from: start.offset)
        let hint = character == "µ" || character == "μ" ? "write the micro prefix as 'u' (us, uS, uF)" : nil
        errors.append(Diagnostic(.unexpectedCharacter(character), at: SourceRange(start: start, end: position), hint: hint))
    }
}
