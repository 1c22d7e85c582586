extension NetworkPopulation {
    /// The inputs driven by an expression of t: they change within a run's steps.
    public var timeDependentInputs: Set<String> {
        Set(drives.compactMap { name, drive in
            if case .expression(let e) = drive, e.symbols.contains("t") { return name }
            return nil
        })
    }
}
