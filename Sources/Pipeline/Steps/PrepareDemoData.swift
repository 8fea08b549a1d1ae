import BICore
import Connectors
import DemoData
import Foundation

extension BuildStep {
    /// Makes the demo sales database for sources marked `demo_data: ROWS` whose file is missing.
    public static let prepareDemoData = BuildStep(name: "Prepare demo data") { context in
        for source in context.project.config.sources {
            guard let rows = source.demoDataRows, let url = try? SourceURL(parsing: source.url), url.scheme == .sqlite else { continue }
            let path = Project.join(context.options.sourceDirectory ?? context.project.directory, url.path)
            guard !FileManager.default.fileExists(atPath: path) else { continue }
            let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            _ = try DemoDataGenerator(rows: rows).write(to: path)
        }
    }
}
