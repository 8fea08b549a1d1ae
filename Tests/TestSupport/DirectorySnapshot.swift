import Foundation

/// Every file under a folder with its bytes, for comparing whole outputs.
public struct DirectorySnapshot: Equatable, Sendable {
    public let files: [String: Data]

    public init(_ path: String) {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = path + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: full)
            }
        }
        self.files = files
    }
}
