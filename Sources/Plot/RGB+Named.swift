extension RGB {
    /// The colours a figure's options may name, besides `#rrggbb`: the basic names, and matplotlib's
    /// default cycle as `C0` … `C9` (so a figure can match one made there).
    public static let named: [(name: String, colour: RGB)] = [
        ("black", RGB(0, 0, 0)), ("white", RGB(255, 255, 255)), ("grey", RGB(128, 128, 128)), ("gray", RGB(128, 128, 128)),
        ("red", RGB(214, 39, 40)), ("green", RGB(44, 160, 44)), ("blue", RGB(31, 119, 180)), ("orange", RGB(255, 127, 14)),
        ("purple", RGB(148, 103, 189)), ("brown", RGB(140, 86, 75)), ("pink", RGB(227, 119, 194)), ("olive", RGB(188, 189, 34)),
        ("cyan", RGB(23, 190, 207)), ("magenta", RGB(255, 0, 255)), ("yellow", RGB(255, 215, 0)),
        ("C0", RGB(31, 119, 180)), ("C1", RGB(255, 127, 14)), ("C2", RGB(44, 160, 44)), ("C3", RGB(214, 39, 40)), ("C4", RGB(148, 103, 189)),
        ("C5", RGB(140, 86, 75)), ("C6", RGB(227, 119, 194)), ("C7", RGB(127, 127, 127)), ("C8", RGB(188, 189, 34)), ("C9", RGB(23, 190, 207)),
    ]

    /// `"#d62728"` or one of `named`.
    public init?(text: String) {
        if let match = RGB.named.first(where: { $0.name == text }) {
            self = match.colour
            return
        }
        let digits = Array(text.dropFirst())
        guard text.first == "#", digits.count == 6, let value = UInt32(String(digits), radix: 16) else { return nil }
        self.init(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
    }
}
