import ArgumentParser
import Foundation
import Kernel

/// `soma kernel --stdio`: serves cells over the kernel protocol on stdin and
/// stdout (DESIGN.md, "Kernel processes"). The workbench spawns it; users do not.
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kernel", _superCommandName: "soma", abstract: "Serve cells over the kernel protocol (spawned by the workbench).",
        shouldDisplay: false
    )

    @Flag(help: "Speak the protocol on stdin and stdout.")
    var stdio = false

    @Option(help: "Where cells run: cpu or cuda.")
    var device: KernelDevice = .cpu

    func validate() throws {
        guard stdio else { throw ValidationError("the kernel speaks only over --stdio") }
    }

    func run() throws {
        // A client that goes away must end the kernel through EOF, not a signal mid-write.
        signal(SIGPIPE, SIG_IGN)
        // The protocol owns stdout: it gets a private descriptor, and fd 1 becomes
        // stderr so that a stray print lands in the log instead of corrupting a frame.
        let protocolOutput = dup(STDOUT_FILENO)
        guard protocolOutput >= 0, dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
            throw ValidationError("cannot set up the protocol descriptors: \(String(cString: strerror(errno)))")
        }
        _ = fcntl(protocolOutput, F_SETFD, FD_CLOEXEC)
        KernelServer(input: STDIN_FILENO, output: protocolOutput, device: device).serve()
    }
}

extension KernelDevice: ExpressibleByArgument {}
