import Foundation

/// A started kernel: its process id and our ends of its stdin and stdout.
struct KernelSpawn {
    let pid: pid_t
    /// Write end of the kernel's stdin.
    let input: Int32
    /// Read end of the kernel's stdout.
    let output: Int32

    /// Starts `executable arguments` with pipes on stdin and stdout and stderr appended
    /// to `logPath`: the terminal belongs to the curses screen, which kernel noise would corrupt.
    init(executable: String, arguments: [String], logPath: String) throws(KernelProcessError) {
        // dup2 below gives the kernel its own copies of its ends, without close-on-exec.
        let toKernel = try makePipe()
        let fromKernel: (read: Int32, write: Int32)
        do {
            fromKernel = try makePipe()
        } catch {
            close(toKernel.read)
            close(toKernel.write)
            throw error
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toKernel.read, STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromKernel.write, STDOUT_FILENO)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group keeps the terminal's Ctrl-C and Ctrl-Z away from the
        // kernel (the workbench interrupts it through the protocol); default signal
        // dispositions and an empty mask undo the workbench's own (SIGPIPE ignored).
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        close(toKernel.read)
        close(fromKernel.write)
        guard result == 0 else {
            close(toKernel.write)
            close(fromKernel.read)
            throw .spawnFailed(executable: executable, errno: result)
        }
        self.pid = pid
        input = toKernel.write
        output = fromKernel.read
    }
}
