import ArgumentParser
import Foundation

struct New: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new project in a folder.",
        discussion: """
            Writes bi.yml, a first report over generated demo data, a .gitignore, a pre-commit hook that runs \
            `bi check`, and a GitHub Actions workflow that checks pull requests (with a data diff as a comment) \
            and builds and publishes the site from the main branch. Makes the folder a git repository with the \
            hook enabled. Existing files are never overwritten.
            """)

    @Argument(help: "The folder to create.") var directory: String

    func run() async throws {
        let generator = ProjectGenerator(directory: directory)
        let existing = generator.files.map(\.path).filter { FileManager.default.fileExists(atPath: generator.target($0)) }
        guard existing.isEmpty else {
            Console.error("error: \(directory) already has \(existing.joined(separator: ", "))\n  hint: choose a new folder")
            throw ExitCode.failure
        }
        try generator.write()
        let repository = generator.initializeRepository()
        Console.output("""
            Created a SmartBI project in \(directory)/
              cd \(directory)
              bi build          # makes the demo data and the site in output/
              open output/index.html
            \(repository ? "The pre-commit hook runs `bi check` (git config core.hooksPath .githooks)." : "Enable the pre-commit hook with: git config core.hooksPath .githooks")
            .github/workflows/smartbi.yml checks pull requests and publishes the site from main.

            """)
    }
}

/// The files of a new project.
struct ProjectGenerator {
    let directory: String

    var files: [(path: String, text: String)] {
        [("bi.yml", ProjectGenerator.config), ("reports/sales.md", ProjectGenerator.report), (".gitignore", ProjectGenerator.gitignore),
         (".githooks/pre-commit", ProjectGenerator.preCommitHook), (".github/workflows/smartbi.yml", ProjectGenerator.workflow)]
    }

    static let executables: Set<String> = [".githooks/pre-commit"]

    func target(_ path: String) -> String { (directory.hasSuffix("/") ? directory : directory + "/") + path }

    func write() throws {
        for file in files {
            let path = target(file.path)
            try FileManager.default.createDirectory(atPath: String(path[..<path.lastIndex(of: "/")!]), withIntermediateDirectories: true)
            try file.text.write(toFile: path, atomically: true, encoding: .utf8)
            if ProjectGenerator.executables.contains(file.path) {
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
            }
        }
    }

    /// Makes the folder a git repository with the hook enabled, unless it already is inside one or
    /// git is missing. Returns whether the hook is enabled.
    func initializeRepository() -> Bool {
        func git(_ arguments: [String]) -> Bool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        }
        guard !git(["rev-parse", "--is-inside-work-tree"]) else { return false }
        return git(["init", "-q"]) && git(["config", "core.hooksPath", ".githooks"])
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

    static let preCommitHook = """
        #!/bin/sh
        # Checks every report before a commit (enabled with: git config core.hooksPath .githooks).
        # Skip once with: git commit --no-verify
        exec bi check --project "$(git rev-parse --show-toplevel)"

        """

    /// Checks pull requests (with the data diff as a comment) and publishes the site from main to
    /// GitHub Pages. `bi` is built from the SmartBI repository named in SMARTBI_REPO.
    static let workflow = """
        name: SmartBI
        on:
          pull_request:
          push:
            branches: [main]
        env:
          SMARTBI_REPO: https://github.com/your-org/smartbi   # where your team keeps SmartBI
          SMARTBI_REF: main
        jobs:
          check:
            if: github.event_name == 'pull_request'
            runs-on: ubuntu-latest
            container: swift:6.1-bookworm
            permissions:
              contents: read
              pull-requests: write
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
              - name: Install bi
                run: |
                  git clone --depth 1 --branch "$SMARTBI_REF" "$SMARTBI_REPO" /tmp/smartbi
                  /tmp/smartbi/scripts/install-packages
                  swift build -c release --package-path /tmp/smartbi --product bi
                  cp /tmp/smartbi/.build/release/bi /usr/local/bin/bi
              - name: Check reports
                run: bi check
              - name: Data diff against the base branch
                run: |
                  git config --global --add safe.directory "$GITHUB_WORKSPACE"
                  bi diff "origin/${{ github.base_ref }}" --format markdown > data-diff.md
                  cat data-diff.md >> "$GITHUB_STEP_SUMMARY"
              - name: Comment the data diff
                uses: actions/github-script@v7
                with:
                  script: |
                    const body = require('fs').readFileSync('data-diff.md', 'utf8');
                    await github.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body });
          publish:
            if: github.event_name == 'push'
            runs-on: ubuntu-latest
            container: swift:6.1-bookworm
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
            steps:
              - uses: actions/checkout@v4
              - name: Install bi
                run: |
                  git clone --depth 1 --branch "$SMARTBI_REF" "$SMARTBI_REPO" /tmp/smartbi
                  /tmp/smartbi/scripts/install-packages
                  swift build -c release --package-path /tmp/smartbi --product bi
                  cp /tmp/smartbi/.build/release/bi /usr/local/bin/bi
              - name: Build the site
                run: bi build
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: output
              - uses: actions/deploy-pages@v4

        """
}
