import ArgumentParser
import Foundation

struct New: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new project in a folder.",
        discussion: "Writes bi.yml, a first report over generated demo data, and a .gitignore. Existing files are never overwritten.")

    @Argument(help: "The folder to create.") var directory: String

    func run() async throws {
        let generator = ProjectGenerator(directory: directory)
        let existing = generator.files.map(\.path).filter { FileManager.default.fileExists(atPath: generator.target($0)) }
        guard existing.isEmpty else {
            Console.error("error: \(directory) already has \(existing.joined(separator: ", "))\n  hint: choose a new folder")
            throw ExitCode.failure
        }
        try generator.write()
        Console.output("""
            Created a SmartBI project in \(directory)/
              cd \(directory)
              bi build          # makes the demo data and the site in output/
              open output/index.html

            """)
    }
}

/// The files of a new project.
struct ProjectGenerator {
    let directory: String

    var files: [(path: String, text: String)] {
        [("bi.yml", ProjectGenerator.config), ("reports/sales.md", ProjectGenerator.report), (".gitignore", ProjectGenerator.gitignore)]
    }

    func target(_ path: String) -> String { (directory.hasSuffix("/") ? directory : directory + "/") + path }

    func write() throws {
        for file in files {
            let path = target(file.path)
            try FileManager.default.createDirectory(atPath: String(path[..<path.lastIndex(of: "/")!]), withIntermediateDirectories: true)
            try file.text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    static let config = """
        title: My analytics
        default_source: demo
        sources:
          demo:
            url: sqlite:data/demo.db
            # Generated on the first build (200,000 order items). Point url at your own database instead.
            demo_data: 200000

        """

    static let report = """
        ---
        title: Sales
        description: Net revenue by month and by category.
        ---

        # Sales

        ```sql monthly
        select strftime('%Y-%m', o.order_date) as month,
               round(sum(oi.quantity * oi.unit_price * (1 - oi.discount)), 2) as revenue
        from order_items oi join orders o on o.id = oi.order_id
        where o.status not in ('cancelled', 'returned')
        group by 1 order by 1
        ```

        Revenue in the latest month was <Value data=monthly column=revenue row=last fmt=usd />.

        <LineChart data=monthly x=month y=revenue title="Net revenue by month" fmt=usd />

        ```sql by_category
        select p.category, round(sum(oi.quantity * oi.unit_price * (1 - oi.discount)), 2) as revenue
        from order_items oi join orders o on o.id = oi.order_id join products p on p.id = oi.product_id
        where o.status not in ('cancelled', 'returned')
        group by 1 order by 2 desc
        ```

        <BarChart data=by_category x=category y=revenue title="Net revenue by category" fmt=usd />

        <DataTable data=by_category fmt=usd />

        """

    static let gitignore = """
        output/
        data/demo.db
        .bi/

        """
}
