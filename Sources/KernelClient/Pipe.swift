import Foundation

/// pipe(2) with both ends close-on-exec, so that no kernel inherits another's
/// pipes (Glibc's pipe2 is not visible from Swift).
func makePipe(nonBlocking: Bool = false) throws(KernelProcessError) -> (read: Int32, write: Int32) {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { throw .pipeFailed(errno: errno) }
    for fd in fds {
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        if nonBlocking { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    }
    return (fds[0], fds[1])
}
