import ArgumentParser

extension Soma {
    /// Runs `soma ARGUMENTS`. ArgumentParser's parse of a root command first tries every argument list as
    /// `--generate-completion-script [SHELL]`, with two more parsers built by reflection: a few ms of a warm
    /// `soma run`, paid by every call. A list that starts with a subcommand's name is parsed by that subcommand
    /// alone, which skips the check because its configuration names `soma` as its super command; whatever it
    /// does not take (help, a completion script, any error) goes through the root, which answers as always.
    static func dispatch(_ arguments: [String]) {
        guard let name = arguments.first,
              let subcommand = configuration.subcommands.first(where: { $0._commandName == name }),
              var command = try? subcommand.parseAsRoot(Array(arguments.dropFirst())),
              ObjectIdentifier(type(of: command)) == ObjectIdentifier(subcommand)
        else { return main(arguments) }
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
