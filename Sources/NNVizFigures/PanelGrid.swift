import NNVizScene

/// Panel layout: a grid of equal cells with margins, for figures made of several small plots.
struct PanelGrid {
    var columns: Int
    var rows: Int
    var cellWidth: Double
    var cellHeight: Double
    var top: Double = 0

    /// A grid for `count` panels, at most `maxColumns` per row.
    init(count: Int, maxColumns: Int, cellWidth: Double, cellHeight: Double, top: Double = 0) {
        columns = max(1, min(count, maxColumns))
        rows = max(1, (count + columns - 1) / columns)
        self.cellWidth = cellWidth; self.cellHeight = cellHeight; self.top = top
    }

    var width: Double { Double(columns) * cellWidth }
    var height: Double { top + Double(rows) * cellHeight }

    /// The cell of panel `index` (row-major).
    func cell(_ index: Int) -> Rect {
        Rect(x: Double(index % columns) * cellWidth, y: top + Double(index / columns) * cellHeight,
             width: cellWidth, height: cellHeight)
    }
}
