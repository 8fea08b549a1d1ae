import BICore
import Foundation

/// World maps on the Equal Earth projection. An area map (choropleth) shades each country named in
/// `x` (ISO-3 code or name) by its `y` value; a point map puts a dot at each `x` longitude and `y`
/// latitude, sized by `size`, coloured by `series`, named by `label`. Antarctica is left out.
enum MapChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        spec.type == .areaMap ? try choropleth(spec, data, layout) : try points(spec, data, layout)
    }

    /// Projects degrees into a rectangle, keeping the world's proportions.
    struct Fit {
        let scale: Double, originX: Double, originY: Double

        init(_ bounds: Rect) {
            let east = EqualEarth.project(longitude: 180, latitude: 0).x
            let north = EqualEarth.project(longitude: 0, latitude: 84).y, south = EqualEarth.project(longitude: 0, latitude: -57).y
            scale = Swift.min(bounds.width / (2 * east), bounds.height / (north - south))
            originX = bounds.center.x
            originY = bounds.center.y + (north + south) / 2 * scale
        }

        func callAsFunction(_ longitude: Double, _ latitude: Double) -> Point {
            let p = EqualEarth.project(longitude: longitude, latitude: latitude)
            return Point(originX + p.x * scale, originY - p.y * scale)
        }
    }

    static func outline(_ country: WorldOutline.Country, _ fit: Fit) -> Path {
        Path(runs: country.rings.map { $0.map { fit($0.0, $0.1) } }, closed: true)
    }

    static func choropleth(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let x = try data.column(spec.x, for: "x")
        let value = try data.numericColumn(spec.color ?? spec.y.first ?? "")
        let world = WorldOutline.shared
        let numbers = data.numbers(value)
        var byCountry: [Int: Double] = [:], missing: [String] = []
        for row in 0..<data.rowCount where !numbers[row].isNaN {
            let name = data.table[row, x].text
            if let index = world.index(of: name) { byCountry[index, default: 0] += numbers[row] } else { missing.append(name) }
        }
        let range = extent(byCountry.values) ?? 0...1
        let theme = layout.theme
        let panel = PanelFrame(layout: layout, spec: spec, ramp: ColorRamp.Range(low: range.lowerBound, high: range.upperBound, format: spec.yFormat,
                                                                                 title: ColumnTitle.humanize(data.table.columns[value].name)))
        let fit = Fit(panel.content)
        var marks: [Scene.Node] = []
        for (index, country) in world.countries.enumerated() {
            if let amount = byCountry[index] {
                marks.append(.path(outline(country, fit), stroke: Stroke(theme.backgroundPaint, width: 0.5),
                                   fill: theme.sequentialPaint(ColorRamp.fraction(amount, low: range.lowerBound, high: range.upperBound)),
                                   tooltip: "\(country.name): \(spec.yFormat.full(amount))"))
            } else {
                marks.append(.path(outline(country, fit), stroke: Stroke(theme.backgroundPaint, width: 0.5), fill: theme.neutralPaint, tooltip: nil))
            }
        }
        let title = "\(ColumnTitle.humanize(data.table.columns[value].name)) by country"
        let high = byCountry.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }.map { ($0.value, world.countries[$0.key].name) }
        let low = byCountry.min { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }.map { ($0.value, world.countries[$0.key].name) }
        var description = AltText.describe(spec, subject: title, count: byCountry.count, unit: "countries", low: low, high: high, format: spec.yFormat)
        if !missing.isEmpty { description += " Not on the map: \(missing.joined(separator: ", "))." }
        return Drawing(root: panel.root(marks: marks), title: title, description: description)
    }

    static func points(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let longitudes = data.numbers(try data.numericColumn(spec.x ?? "longitude"))
        let latitudes = data.numbers(try data.numericColumn(spec.y.first ?? "latitude"))
        let sizes = try spec.size.map { name throws(ChartError) in data.numbers(try data.numericColumn(name)) }
        let labels = try spec.label.map { name throws(ChartError) in data.labels(try data.column(name)) }
        var seriesOf = Array(repeating: 0, count: data.rowCount), names: [String] = []
        if let seriesName = spec.series {
            let column = try data.column(seriesName)
            for row in 0..<data.rowCount {
                let name = data.table[row, column].text
                seriesOf[row] = names.firstIndex(of: name) ?? { names.append(name); return names.count - 1 }()
            }
        }
        let theme = layout.theme
        let panel = PanelFrame(layout: layout, spec: spec, legend: spec.legend(names, theme: theme, shape: .circle))
        let fit = Fit(panel.content)
        var marks: [Scene.Node] = WorldOutline.shared.countries.map {
            .path(outline($0, fit), stroke: Stroke(theme.backgroundPaint, width: 0.5), fill: theme.neutralPaint, tooltip: nil)
        }
        let valid = (0..<data.rowCount).filter { !longitudes[$0].isNaN && !latitudes[$0].isNaN }
        let largest = sizes.map { s in valid.map { s[$0] }.filter { !$0.isNaN }.max() ?? 1 } ?? 1
        let order = sizes.map { s in valid.sorted { (s[$0].isNaN ? 0 : s[$0]) > (s[$1].isNaN ? 0 : s[$1]) } } ?? valid
        for row in order {
            let radius = sizes.map { Swift.max(2, sqrt(Swift.max(0, $0[row].isNaN ? 0 : $0[row]) / Swift.max(largest, 1e-12)) * 14) } ?? 3.5
            var tooltip = labels.map { $0[row] } ?? "\(NumberFormat.trimmed(latitudes[row], maxDecimals: 2)), \(NumberFormat.trimmed(longitudes[row], maxDecimals: 2))"
            if let sizes, let name = spec.size { tooltip += ": \(ColumnTitle.humanize(name)) \(spec.yFormat.full(sizes[row]))" }
            marks.append(.circle(center: fit(longitudes[row], latitudes[row]), radius: radius, fill: theme.seriesPaint(seriesOf[row]).opacity(0.7), tooltip: tooltip))
        }
        let title = "Places" + (spec.size.map { " by \($0.replacingUnderscores)" } ?? "")
        var description = AltText.describe(spec, subject: title, count: valid.count, unit: "points", low: nil, high: nil, format: spec.yFormat)
        if let sizes, let biggest = order.first, let labels {
            description += " The largest is \(labels[biggest]) (\(spec.yFormat.full(sizes[biggest])))."
        }
        return Drawing(root: panel.root(marks: marks), title: title, description: description)
    }
}
