// swift-tools-version:6.0
import PackageDescription

/// SmartBI: business intelligence as code. One module per pipeline stage (see DESIGN.md):
/// Reports → Query (Connectors) → Charts → Site → Pipeline, with thin shells (BICLI, bi) on top.
let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// Files of the default theme (Templates/), embedded in the `bi` binary.
let themeFiles = ["page.mustache", "assets/bi.css", "assets/bi.js", "assets/favicon.svg"]

let package = Package(
    name: "SmartBI",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "bi", targets: ["bi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Preview server (issue 8): HTTP, password hashing and TOTP, HMAC and random tokens, metrics.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // System libraries, reached through pkg-config.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCMark", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // Client libraries of optional sources, opened with dlopen on their first call rather than
        // linked: loading them and their thirty dependencies would cost every `bi` process several
        // milliseconds (see Sources/CLazyLibrary). Headers from libpq-dev, libmariadb-dev, libcurl4-openssl-dev.
        .target(name: "CLazyLibrary"),
        .target(name: "CLibPQ", dependencies: ["CLazyLibrary"]),
        .target(name: "CMariaDB", dependencies: ["CLazyLibrary"]),
        .target(name: "CCurl", dependencies: ["CLazyLibrary"]),
        // Pango, Cairo and fontconfig: headers through pkg-config, the libraries opened on first use
        // the same way (Sources/CPangoCairoLazy); scripts/build-release does not link them.
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo", providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        .target(name: "CPangoCairoLazy", dependencies: ["CPangoCairo", "CLazyLibrary"]),

        // Pipeline stages.
        .target(name: "BICore", swiftSettings: strictness),
        .target(name: "Reports", dependencies: ["BICore", "Yams"], swiftSettings: strictness),
        .target(name: "Connectors", dependencies: ["BICore", "CSQLite", "CCurl", "ZIPFoundation"], swiftSettings: strictness),
        // Drivers over C client libraries, apart so that Connectors builds without them.
        .target(name: "ConnectorsPostgres", dependencies: ["BICore", "Connectors", "CLibPQ"], swiftSettings: strictness),
        .target(name: "ConnectorsMySQL", dependencies: ["BICore", "Connectors", "CMariaDB"], swiftSettings: strictness),
        .target(name: "Query", dependencies: ["BICore", "Reports", "Connectors", "ConnectorsPostgres", "ConnectorsMySQL"],
                swiftSettings: strictness),
        .target(name: "Charts", dependencies: ["BICore"], swiftSettings: strictness),
        // Cairo PNG and PDF backends and Pango text measurement, kept apart so Charts builds without them.
        .target(name: "ChartsCairo", dependencies: ["Charts", "CPangoCairo", "CPangoCairoLazy"], swiftSettings: strictness),
        .target(name: "Site",
                dependencies: ["BICore", "Reports", "Charts", "Analytics", "CCMark", "DefaultTheme",
                               .product(name: "Mustache", package: "swift-mustache")],
                swiftSettings: strictness),
        // The default theme: the demo project's own Templates/ folder, compiled into `bi`.
        // (Sources/DefaultTheme/Templates is a symbolic link to it.)
        .target(name: "DefaultTheme", resources: themeFiles.map { .embedInCode("Templates/" + $0) }, swiftSettings: strictness),
        .target(name: "Pipeline",
                dependencies: ["BICore", "Reports", "Connectors", "Query", "Charts", "ChartsCairo", "Site", "PDF", "DemoData", "NLQ"],
                swiftSettings: strictness),
        .target(name: "Analytics", dependencies: ["BICore"], swiftSettings: strictness),
        // Plain-English questions → SQL, offline (see NLQ.md); an optional LLM backend over HTTP.
        .target(name: "NLQ", dependencies: ["BICore", "Connectors"], swiftSettings: strictness),
        .target(name: "DemoData", dependencies: ["BICore", "Connectors"], swiftSettings: strictness),
        // Reports as paged PDF documents, laid out with Pango and drawn with Cairo.
        .target(name: "PDF", dependencies: ["BICore", "Charts", "ChartsCairo", "CPangoCairo"], swiftSettings: strictness),
        // Scheduled reports and data alerts: due runs, claims in the state database, email delivery.
        .target(name: "Scheduler",
                dependencies: ["BICore", "Reports", "Charts", "ChartsCairo", "Site", "Pipeline", "State", "Mail"],
                swiftSettings: strictness),
        .target(name: "Review", dependencies: ["BICore", "Pipeline", "Query", "Reports", "Site"], swiftSettings: strictness),

        // Users, sessions, trusted devices, audit log and login throttling (no HTTP here).
        .target(name: "State",
                dependencies: ["BICore", "Connectors", "ConnectorsPostgres", "CLibPQ",
                               .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                               .product(name: "Crypto", package: "swift-crypto")],
                resources: [.embedInCode("Resources/common-passwords.txt")],
                swiftSettings: strictness),
        // Email over libcurl's SMTP: the preview server's login codes, the scheduler's reports.
        .target(name: "Mail", dependencies: ["BICore", "CCurl"], swiftSettings: strictness),
        // The preview server: login, roles, audit, live reload (`bi serve`).
        .target(name: "Server",
                dependencies: ["BICore", "Reports", "Site", "Pipeline", "State", "Mail", "NLQ", "Query", "Charts", "Connectors",
                               .product(name: "Hummingbird", package: "hummingbird"),
                               .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                               .product(name: "HTTPTypes", package: "swift-http-types"),
                               .product(name: "NIOCore", package: "swift-nio"),
                               .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                               .product(name: "Crypto", package: "swift-crypto"),
                               .product(name: "Logging", package: "swift-log"),
                               .product(name: "Prometheus", package: "swift-prometheus")],
                swiftSettings: strictness),

        // Shells.
        .target(name: "BICLI",
                dependencies: ["BICore", "Pipeline", "Connectors", "Charts", "ChartsCairo", "DemoData", "Review", "Analytics", "State", "Server", "Mail", "Scheduler",
                               .product(name: "Logging", package: "swift-log"),
                               .product(name: "ArgumentParser", package: "swift-argument-parser")],
                swiftSettings: strictness),
        .executableTarget(name: "bi", dependencies: ["BICLI"], swiftSettings: strictness),
        // In-process timings of the connectors for scripts/bench-connectors.
        .executableTarget(name: "connector-benchmarks", dependencies: ["BICore", "Connectors"], path: "Benchmarks/ConnectorBenchmarks",
                          swiftSettings: strictness),

        // Tests: one target per module, end-to-end tests of the `bi` binary, shared helpers.
        .target(name: "TestSupport", dependencies: ["BICore", "Connectors", "Charts", "Analytics"], path: "Tests/TestSupport", swiftSettings: strictness),
        .testTarget(name: "BICoreTests", dependencies: ["BICore"], swiftSettings: strictness),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Site"], swiftSettings: strictness),
        .testTarget(name: "ConnectorsTests", dependencies: ["Connectors", "TestSupport", "ZIPFoundation"], exclude: ["Fixtures"],
                    swiftSettings: strictness),
        .testTarget(name: "QueryTests", dependencies: ["Query", "Reports", "TestSupport"], swiftSettings: strictness),
        // Against real PostgreSQL and MariaDB servers (scripts/test starts them) and the six-source comparison.
        .testTarget(name: "ConnectorsServerTests",
                    dependencies: ["Connectors", "ConnectorsPostgres", "ConnectorsMySQL", "Query", "Pipeline", "Reports", "Site",
                                   "DemoData", "TestSupport", "NLQ", "Yams"],
                    swiftSettings: strictness),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "TestSupport"], exclude: ["Snapshots"], swiftSettings: strictness),
        .testTarget(name: "ChartsCairoTests", dependencies: ["ChartsCairo", "Charts", "CPangoCairo", "TestSupport"], swiftSettings: strictness),
        .testTarget(name: "SchedulerTests", dependencies: ["Scheduler", "BICore", "Reports", "Site", "State", "Mail", "TestSupport", "bi"],
                    exclude: ["Fixtures"], swiftSettings: strictness),
        .testTarget(name: "PDFTests", dependencies: ["PDF", "Charts", "CPangoCairo", "TestSupport"], swiftSettings: strictness),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Reports", "Charts", "DefaultTheme", "Analytics", "TestSupport"], swiftSettings: strictness),
        .testTarget(name: "EndToEndTests", dependencies: ["bi", "TestSupport", "Connectors", "Yams"], swiftSettings: strictness),
        .testTarget(name: "AnalyticsTests", dependencies: ["Analytics", "TestSupport"], resources: [.copy("Fixtures")], swiftSettings: strictness),
        .testTarget(name: "NLQTests", dependencies: ["NLQ", "BICore", "Connectors", "DemoData", "TestSupport", "Yams"],
                    resources: [.copy("Questions")], swiftSettings: strictness),
        .testTarget(name: "DemoDataTests", dependencies: ["DemoData", "Connectors"], swiftSettings: strictness),
        .testTarget(name: "StateTests", dependencies: ["State", "TestSupport"], swiftSettings: strictness),
        .testTarget(name: "MailTests", dependencies: ["Mail", "TestSupport"], exclude: ["Fixtures"], swiftSettings: strictness),
        .testTarget(name: "ServerTests",
                    dependencies: ["Server", "State", "Mail", "Pipeline", "TestSupport", "Connectors", "DemoData", "BICore",
                                   .product(name: "HummingbirdTesting", package: "hummingbird"),
                                   .product(name: "HummingbirdOTP", package: "hummingbird-auth")],
                    exclude: ["Fixtures"], swiftSettings: strictness),
    ]
)
