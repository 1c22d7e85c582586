import Foundation
import SomaTestSupport
import XCTest

/// A terminal for end-to-end tests: `soma` running inside a detached tmux session
/// of a given size, driven with send-keys and read with capture-pane.
final class TmuxSession {
    let name: String
    let stateFolder: URL
    let workFolder: URL

    /// Starts `soma ARGUMENTS` in a fresh tmux server (its own socket), with its own XDG state and cache folders.
    init(_ arguments: [String] = [], width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        name = "soma-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        let base = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        stateFolder = base.appendingPathComponent("state")
        workFolder = base.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: stateFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        let variables = (["XDG_STATE_HOME": stateFolder.path, "XDG_CACHE_HOME": base.appendingPathComponent("cache").path, "TERM": "tmux-256color", "LANG": "C.UTF-8"].merging(environment) { $1 })
            .map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        // `swift test` exports NO_COLOR; a test's terminal has only the colour settings the test gives it.
        let command = "cd '\(workFolder.path)' && env -u NO_COLOR -u COLORTERM \(variables) '\(SomaBinary.path)' \(arguments.map { "'\($0)'" }.joined(separator: " ")); echo \"EXITED $?\"; sleep 600"
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command], capture: false)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: stateFolder.deletingLastPathComponent())
    }

    /// Runs a tmux command with posix_spawn and waitpid: Foundation's Process leaves the
    /// short-lived tmux client unreaped here, and a captured pipe would be inherited by
    /// the server that `new-session` starts, so only capture-pane output is read.
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        var output: [Int32] = [0, 0]
        guard pipe(&output) == 0 else { throw POSIXError(.EIO) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let target = capture ? output[1] : open("/dev/null", O_WRONLY)
        posix_spawn_file_actions_adddup2(&actions, target, 1)
        posix_spawn_file_actions_adddup2(&actions, target, 2)
        posix_spawn_file_actions_addclose(&actions, output[0])
        let argv = (["/usr/bin/tmux", "-L", name] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, nil, argv, environ)
        close(output[1])
        if !capture { close(target) }
        guard spawned == 0 else {
            close(output[0])
            throw POSIXError(.ENOENT)
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while capture {
            let count = read(output[0], &buffer, buffer.count)
            if count <= 0 { break }
            data.append(buffer, count: count)
        }
        close(output[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// Types text (literally) and then any named keys (Enter, Tab, C-c, PageUp …).
    func type(_ text: String, then keys: String...) throws {
        if !text.isEmpty { try tmux(["send-keys", "-t", name, "-l", text]) }
        for key in keys { try tmux(["send-keys", "-t", name, key]) }
    }

    /// Types each line followed by Enter, waiting briefly so the screen keeps up.
    func lines(_ lines: String...) throws {
        for line in lines {
            try type(line, then: "Enter")
            usleep(60_000)
        }
    }

    func screen(colours: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (colours ? ["-e"] : []))
    }

    /// Waits until the screen contains `text`; fails with the screen when it does not in time.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitUntil("the screen never showed \"\(text)\"", timeout: timeout, file: file, line: line) { $0.contains(text) }
    }

    /// Waits until `text` has gone from the screen; fails with the screen when it stays.
    @discardableResult
    func waitForAbsence(of text: String, timeout: Double = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitUntil("the screen kept showing \"\(text)\"", timeout: timeout, file: file, line: line) { !$0.contains(text) }
    }

    private func waitUntil(_ failure: String, timeout: Double, file: StaticString, line: UInt, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        XCTFail("\(failure):\n\(last)", file: file, line: line)
        return last
    }

    /// The shell tmux runs in the pane; the workbench is its child, and the kernel the workbench's.
    func panePID() throws -> String {
        try tmux(["list-panes", "-t", name, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }
}
