import Charts
import Reports

/// The components a site can render, by tag name.
public struct SiteComponents: Sendable {
    public let renderers: [String: any ComponentRenderer]

    public init(_ renderers: [any ComponentRenderer]) {
        self.renderers = Dictionary(renderers.map { ($0.spec.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every built-in component.
    public static let standard = SiteComponents(
        ChartType.allCases.map { ChartComponent(type: $0) } + [DataTableComponent(), ValueComponent()]
            + [PageInput.Kind.dropdown, .buttons, .dateRange].map { InputComponent(kind: $0) }
            + [GridComponent(), TabsComponent(), TabComponent(), DetailsComponent(), AlertComponent(name: "Alert"),
               AlertComponent(name: "Note"), LinkComponent(name: "BigLink"), LinkComponent(name: "LinkButton"), LastRefreshedComponent()]
            // Analysis: insights, forecasts, anomalies, segments and data profiles.
            + [InsightsComponent(), ForecastComponent(), AnomaliesComponent(), SegmentsComponent(), ProfileComponent()])

    /// The declarations the report parser checks tags against.
    public var catalog: ComponentCatalog { ComponentCatalog(renderers.values.map(\.spec)) }
}
