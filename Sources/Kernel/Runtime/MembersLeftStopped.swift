import Language

/// A batch run that ran its members but those stopped on a non-finite value in an earlier run: what ran, and an
/// error at the run statement for each member left where it stopped (Runner+Batch). The interpreter shows the
/// summary, then the errors.
package struct MembersLeftStopped: Error {
    package var summary: RunSummary
    package var diagnostics: [Diagnostic]
}
