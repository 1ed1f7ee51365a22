import Testing
@testable import NNVizScene

@Test func textWidthsFromTheFontTable() {
    let f = Font(size: 20.48)  // 0.01 canvas unit per font unit at 2048 units/em
    #expect(abs(TextMetrics.width(of: "H", font: f) - 15.4) < 1e-9)      // DejaVu Sans "H" advance 1540
    #expect(abs(TextMetrics.width(of: "ii", font: f) - 2 * 5.69) < 1e-9) // "i" advance 569
    #expect(TextMetrics.width(of: "", font: f) == 0)
    #expect(TextMetrics.width(of: "W", font: Font(size: 12, weight: .bold)) > TextMetrics.width(of: "W", font: Font(size: 12)))
    #expect(abs(TextMetrics.width(of: "中", font: Font(size: 10)) - 6) < 1e-9)  // fallback 0.6 em
    #expect(TextMetrics.width(of: "x\u{0302}", font: f) == TextMetrics.width(of: "x", font: f))  // combining hat
    #expect(abs(TextMetrics.ascent(Font(size: 2048)) - 1901) < 1e-9 && abs(TextMetrics.descent(Font(size: 2048)) - 483) < 1e-9)
}

@Test func textBoundsFollowAnchorBaselineAndRotation() {
    let font = Font(size: 10)
    let w = TextMetrics.width(of: "abc", font: font)
    let end = TextMetrics.bounds(of: TextNode("abc", at: Point(100, 50), font: font, anchor: .end))
    #expect(abs(end.maxX - 100) < 1e-9 && abs(end.width - w) < 1e-9)
    #expect(abs(end.minY - (50 - TextMetrics.ascent(font))) < 1e-9)
    let mid = TextMetrics.bounds(of: TextNode("abc", at: Point(100, 50), font: font, anchor: .middle, baseline: .middle))
    #expect(abs(mid.center.x - 100) < 1e-9 && abs(mid.center.y - 50) < 1e-9)
    let rotated = TextMetrics.bounds(of: TextNode("abc", at: Point(10, 100), font: font, rotation: -90))
    #expect(abs(rotated.height - w) < 1e-9 && abs(rotated.maxY - 100) < 1e-9)
}

@Test func labelPlacerDropsOrShiftsOverlaps() {
    let a = Rect(x: 0, y: 0, width: 10, height: 10)
    let overlapping = Rect(x: 5, y: 5, width: 10, height: 10)
    let shifted = Rect(x: 20, y: 0, width: 10, height: 10)
    #expect(LabelPlacer.place([[a], [overlapping, shifted], [overlapping]]) == [0, 1, nil])
    #expect(LabelPlacer.place([[a]], obstacles: [overlapping]) == [nil])
    #expect(LabelPlacer.place([[a], [Rect(x: 11, y: 0, width: 5, height: 5)]], padding: 2) == [0, nil])
    #expect(LabelPlacer.place([[a]], bounds: Rect(x: 1, y: 0, width: 50, height: 50)) == [nil])
    let nodes = [TextNode("first", at: Point(10, 20)), TextNode("second", at: Point(12, 21))]
    let placed = LabelPlacer.place(nodes, offsets: [Point(0, 0), Point(0, 16)])
    #expect(placed.count == 2 && placed[1].position == Point(12, 37))
}

@Test func hatchLinesStayInsideTheirRect() {
    let r = Rect(x: 10, y: 20, width: 30, height: 15)
    for hatch in HatchPattern.allCases {
        let path = hatch.lines(in: r, spacing: 4)
        #expect(hatch == .none ? path.elements.isEmpty : !path.elements.isEmpty)
        for case .move(let p) in path.elements { #expect(p.x >= r.minX - 1e-9 && p.x <= r.maxX + 1e-9 && p.y >= r.minY - 1e-9 && p.y <= r.maxY + 1e-9) }
        for case .line(let p) in path.elements { #expect(p.x >= r.minX - 1e-9 && p.x <= r.maxX + 1e-9 && p.y >= r.minY - 1e-9 && p.y <= r.maxY + 1e-9) }
    }
    #expect(HatchPattern.forClass(1) == .diagonal && HatchPattern.forSign(-1) == .diagonal)
}

@Test func printThemeDashesNegativeValues() {
    #expect(Theme.print.signedStroke(-0.5).dash == [5, 3])
    #expect(Theme.print.signedStroke(-0.5).cap == .butt)
    #expect(Theme.print.signedStroke(-1, widthFactor: 2).dash == [10, 6])
    #expect(Theme.print.signedStroke(0.5).dash.isEmpty)
    #expect(Theme.light.signedStroke(-0.5).dash.isEmpty)
    #expect(Theme.print.lineWidth > Theme.light.lineWidth)
    #expect(Theme.print.foreground == .black && Theme.print.background == .white)
}

/// Shoelace area of a polygon path (straight segments only).
func polygonArea(_ path: Path) -> Double {
    var points: [Point] = []
    for element in path.elements {
        switch element {
        case .move(let p), .line(let p): points.append(p)
        default: break
        }
    }
    var sum = 0.0
    for i in points.indices {
        let p = points[i], q = points[(i + 1) % points.count]
        sum += p.x * q.y - q.x * p.y
    }
    return abs(sum) / 2
}

@Test func markersHaveAboutTheAreaOfTheCircle() {
    let circle = Double.pi * 25
    for shape in MarkerShape.allCases where shape != .circle {
        let area = polygonArea(shape.path(center: Point(10, 10), radius: 5))
        #expect(abs(area - circle) / circle < 0.1, "\(shape): \(area)")
    }
    #expect(MarkerShape.forClass(0) == .circle && MarkerShape.forClass(7) == .square)
}
