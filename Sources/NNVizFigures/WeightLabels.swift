import NNVizScene

/// Weight labels along links, placed with NNVizScene's greedy `LabelPlacer` so that no two labels, and no label
/// and node, overlap: each label offers positions at several fractions along its link, best first.
enum WeightLabelPlacement {
    static let fractions = [0.5, 0.36, 0.64, 0.27, 0.73, 0.44, 0.56, 0.2, 0.8, 0.31, 0.69, 0.15, 0.85]

    /// For each (text, from, to): the chosen centre and box, or nil when every candidate collides.
    static func place(_ labels: [(text: String, from: Point, to: Point)], font: Font, obstacles: [Rect]) -> [(Point, Rect)?] {
        let candidates: [[(Point, Rect)]] = labels.map { label in
            fractions.map { t in
                let c = Point(label.from.x + (label.to.x - label.from.x) * t, label.from.y + (label.to.y - label.from.y) * t)
                return (c, TextBox.rect(label.text, font, center: c))
            }
        }
        let choices = LabelPlacer.place(candidates.map { $0.map(\.1) }, obstacles: obstacles)
        return zip(candidates, choices).map { options, choice in choice.map { options[$0] } }
    }
}
