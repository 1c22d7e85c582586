/// `:help` on the screen: its text wrapped at the window's width, scrolled like the notebook.
struct HelpView {
    let text: [String]
    /// Screen lines scrolled past at the top; the drawing keeps it within the text.
    var top = 0

    func screenLines(width: Int) -> [String] {
        text.flatMap { TextWrap.lines($0, width: width) }
    }
}
