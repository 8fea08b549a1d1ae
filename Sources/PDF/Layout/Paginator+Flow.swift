import Charts

extension Paginator {
    /// Places the lines of a box, splitting it across pages with at least two lines on each side.
    mutating func placeText(_ box: TextBox, x: Double, after spacing: Double) {
        let count = box.lines.count
        var start = 0
        while start < count {
            let top = box.lines[start].top
            var fitting = 0
            while start + fitting < count, box.lines[start + fitting].bottom - top <= bottom - y { fitting += 1 }
            if fitting == count - start {
                y += box.draw(into: &self, lines: start..<count, x: x, y: y)
                break
            }
            if count - start - fitting < 2 { fitting = count - start - 2 }   // no widow on the next page
            if fitting < 2 || (start == 0 && fitting < Swift.min(2, count)) {   // no orphan here
                guard y > geometry.contentTop else {   // a fresh page still too small: place what fits
                    fitting = Swift.max(1, fitting)
                    y += box.draw(into: &self, lines: start..<(start + fitting), x: x, y: y)
                    newPage()
                    start += fitting
                    continue
                }
                newPage()
                continue
            }
            y += box.draw(into: &self, lines: start..<(start + fitting), x: x, y: y)
            newPage()
            start += fitting
        }
        y += spacing
    }

    mutating func placeCode(_ text: String, x: Double, width: Double) {
        let box = TextBox(StyledText(plain: text), style: .code, width: width - 16, context: context)
        decorate(x: x, width: width, padding: 6) { paginator in
            paginator.placeText(box, x: x + 8, after: 0)
        } background: { _, top, height in
            [.rectangle(x: x, y: top, width: width, height: height, fill: "#f0f4f8")]
        }
    }

    mutating func placeList(_ items: [[DocumentBlock]], ordered: Bool, x: Double, width: Double) {
        let indent = 16.0
        for (number, item) in items.enumerated() {
            ensure(28)
            let marker = box(StyledText(plain: ordered ? "\(number + 1)." : "•"), .body, width: indent)
            add(.text(marker, lines: 0..<marker.lines.count, x: x + (ordered ? 0 : 3), y: y))
            place(item, x: x + indent, width: width - indent)
            y -= 4   // items sit closer than paragraphs
        }
        y += 4
    }

    /// A chart, whole: shrunk a little (to 80%) rather than leave a gap, moved to the next page
    /// otherwise, shrunk further only if taller than a page.
    mutating func placeFigure(_ id: String, x: Double, width: Double) {
        guard var scene = figure(id, width) else { return }
        let page = bottom - geometry.contentTop, left = bottom - y - 4
        if scene.height > page, let smaller = figure(id, width * page / scene.height) {
            scene = smaller
        } else if scene.height > left, left >= scene.height * 0.8, let smaller = figure(id, width * left / scene.height) {
            scene = smaller
        }
        ensure(scene.height + 4)
        add(.figure(scene, x: x + (width - scene.width) / 2, y: y))
        y += scene.height + 12
    }

    func figureHeight(_ id: String, width: Double) -> Double {
        Swift.min(figure(id, width)?.height ?? 0, bottom - geometry.contentTop)
    }

    /// Runs `body`, then draws `background` behind what it placed, on every page it reached.
    mutating func decorate(x: Double, width: Double, padding: Double, _ body: (inout Paginator) -> Void,
                           background: (Int, Double, Double) -> [PageItem]) {
        ensure(2 * padding + 28)
        let startPage = pageIndex, startY = y, startItem = pages[pageIndex].items.count
        y += padding
        body(&self)
        y += padding
        for page in startPage...pageIndex {
            let top = page == startPage ? startY : geometry.contentTop
            let end = page == pageIndex ? y : bottom
            let insertAt = page == startPage ? startItem : 0
            pages[page].items.insert(contentsOf: background(page, top, end - top), at: insertAt)
        }
        y += 8
    }
}

extension TextBox {
    /// Adds these lines to the paginator's page; returns their height.
    func draw(into paginator: inout Paginator, lines range: Range<Int>, x: Double, y: Double) -> Double {
        paginator.add(.text(self, lines: range, x: x, y: y))
        return lines[range.upperBound - 1].bottom - lines[range.lowerBound].top
    }
}
