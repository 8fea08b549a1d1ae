import BICore
import Site

extension BuildStep {
    /// Writes pages and theme assets to a staging folder, then swaps it in for the output folder.
    public static let writeOutput = BuildStep(name: "Write site", needsNoErrors: true) { context in
        let writer = try OutputWriter(destination: context.options.outputDirectory)
        for (path, html) in context.pages.sorted(by: { $0.key < $1.key }) { try writer.write(html, to: path) }
        for (path, bytes) in context.files.sorted(by: { $0.key < $1.key }) { try writer.write(bytes, to: path) }
        for asset in context.theme?.assets ?? [] { try writer.write(asset.bytes, to: asset.path) }
        try writer.commit()
    }
}
