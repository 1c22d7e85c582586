import XCTest
import Kernel

/// A failed save leaves the previous file intact and says why.
final class AtomicSaveTests: XCTestCase {
    private let old = "# %% old\nprint 1\n#> 1 = 1\n"
    private let new = SessionDocument(cells: [SessionCell(title: "new", source: String(repeating: "print 2\n", count: 1000))])

    func testSaveReplacesTheFileAndKeepsItsPermissions() throws {
        let path = try temporaryFolder().appendingPathComponent("s.soma").path
        try Data(old.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o640)
        try new.save(to: path)
        XCTAssertEqual(try SessionDocument(contentsOfFile: path), new)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o640)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent), ["s.soma"])
    }

    func testDiskFullHalfwayLeavesTheOldFile() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("s.soma").path
        try Data(old.utf8).write(to: URL(fileURLWithPath: path))
        // Writes half of what it is given once, then fails as a full disk does.
        let halfThenFull: AtomicFile.Writer = { fd, bytes in
            guard lseek(fd, 0, SEEK_CUR) == 0 else {
                errno = ENOSPC
                return -1
            }
            return write(fd, bytes.baseAddress, bytes.count / 2)
        }
        XCTAssertThrowsError(try new.save(to: path, writer: halfThenFull)) { error in
            XCTAssertEqual(error as? SessionFileError, .write(path: path, errno: ENOSPC))
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), old)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["s.soma"], "the temporary file is removed")
    }

    func testReadOnlyFolderLeavesTheOldFile() throws {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("s.soma").path
        try Data(old.utf8).write(to: URL(fileURLWithPath: path))
        chmod(folder.path, 0o555)
        defer { chmod(folder.path, 0o755) }
        try XCTSkipIf(access(folder.path, W_OK) == 0, "running as root: a read-only folder is still writable")
        XCTAssertThrowsError(try new.save(to: path)) { error in
            XCTAssertEqual(error as? SessionFileError, .createTemporary(path: path, errno: EACCES))
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), old)
    }

    /// Saving to a device writes to it: the device stays a device (a rename over /dev/null would
    /// leave a plain file there, and tmux, among others, fails without a /dev/null).
    func testADeviceIsWrittenToNotReplaced() throws {
        let path = try temporaryFolder().appendingPathComponent("null").path
        let null: dev_t = 1 << 8 | 3   // makedev(1, 3), /dev/null's numbers, in glibc's encoding of small numbers
        try XCTSkipIf(mknod(path, S_IFCHR | 0o666, null) != 0, "no device node can be made here (not root, or the folder is nodev)")
        try new.save(to: path)
        var status = stat()
        XCTAssertEqual(stat(path, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFCHR, "still a character device")
        XCTAssertEqual(status.st_rdev, null)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent), ["null"], "no temporary file left")
    }

    func testMissingFolderIsATypedError() throws {
        let path = try temporaryFolder().appendingPathComponent("no/such/folder/s.soma").path
        XCTAssertThrowsError(try new.save(to: path)) { error in
            XCTAssertEqual(error as? SessionFileError, .createTemporary(path: path, errno: ENOENT))
            XCTAssertTrue("\(error)".contains(path))
        }
    }
}
