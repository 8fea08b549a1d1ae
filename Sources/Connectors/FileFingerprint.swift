#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A file's size and modification time as text: what changes when the file is written.
///
/// ```swift
/// FileFingerprint.of("data/sales.csv")   // "56231904@1764253815.123456789"
/// ```
public enum FileFingerprint {
    /// Nil when the file does not exist.
    public static func of(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Glibc)
        let time = info.st_mtim
        #else
        let time = info.st_mtimespec
        #endif
        return "\(info.st_size)@\(time.tv_sec).\(time.tv_nsec)"
    }

    /// Whether `path` names a folder.
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
