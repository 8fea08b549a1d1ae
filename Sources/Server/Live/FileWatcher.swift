import Foundation
import Reports

/// Polls `bi.yml`, `Templates/` and `reports/` for changes (size and modification time) and tells
/// the builder what kind of rebuild they need. Polling every 50 ms costs a few `stat` calls and works
/// on every file system, including bind mounts and network shares where inotify is silent.
struct FileWatcher: Sendable {
    let projectDirectory: String
    let interval: Double
    let builder: SiteBuilder

    func run() async {
        var last = fingerprint()
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(interval))
            let now = fingerprint()
            guard now != last else { continue }
            let changed = Set(now.keys).union(last.keys).filter { now[$0] != last[$0] }
            last = now
            let everything = changed.contains { !$0.hasPrefix("reports/") }
            await builder.build(everything ? .everything : .reports)
        }
    }

    /// Path → "size:mtime" of every watched file.
    func fingerprint() -> [String: String] {
        var result: [String: String] = [:]
        let fileManager = FileManager.default
        func record(_ relative: String) {
            let full = projectDirectory == "." ? relative : projectDirectory + "/" + relative
            guard let attributes = try? fileManager.attributesOfItem(atPath: full),
                  attributes[.type] as? FileAttributeType == .typeRegular else { return }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            result[relative] = "\(attributes[.size] ?? 0):\(modified)"
        }
        record("bi.yml")
        for folder in ["reports", "Templates"] {
            let root = projectDirectory == "." ? folder : projectDirectory + "/" + folder
            let enumerator = fileManager.enumerator(atPath: root)
            while let relative = enumerator?.nextObject() as? String { record(folder + "/" + relative) }
        }
        return result
    }
}
