/// Templated report paths: `reports/products/[product].md` renders once per value of `product`.
public enum TemplatedPath {
    /// The parameter names in brackets: `["product"]` for `reports/products/[product].md`.
    public static func parameters(in path: String) -> [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Whether the path is a template.
    public static func isTemplate(_ path: String) -> Bool { !parameters(in: path).isEmpty }
}
