import Testing
@testable import NNVizScene

@Test func linearScaleMapsAndInverts() {
    let s = LinearScale(domain: (-1, 3), range: (200, 0))  // y up
    #expect(s(-1) == 200 && s(3) == 0 && s(1) == 100)
    #expect(s(5) == -100)
    #expect(s.invert(50) == 2)
    let c = LinearScale(domain: (-1, 3), range: (200, 0), clamped: true)
    #expect(c(5) == 0 && c(-7) == 200 && c.invert(-30) == 3)
    #expect(LinearScale(domain: (2, 2), range: (0, 10))(7) == 5)
}

// Expected values from d3-scale (scaleLinear().domain(d).ticks(n)).
@Test func linearTicksMatchD3() {
    #expect(LinearScale(domain: (0, 1), range: (0, 1)).ticks(count: 10) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
    #expect(LinearScale(domain: (0, 1), range: (0, 1)).ticks(count: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
    #expect(LinearScale(domain: (-0.5, 1.5), range: (0, 1)).ticks(count: 5) == [-0.5, 0, 0.5, 1, 1.5])
    #expect(LinearScale(domain: (0, 2000), range: (0, 1)).ticks(count: 5) == [0, 500, 1000, 1500, 2000])
    #expect(LinearScale(domain: (1, 0), range: (0, 1)).ticks(count: 2) == [0, 0.5, 1])
    #expect(LinearScale(domain: (0.13, 0.97), range: (0, 1)).ticks(count: 4) == [0.2, 0.4, 0.6, 0.8])
    #expect(LinearScale(domain: (3, 3), range: (0, 1)).ticks(count: 5) == [3])
    #expect(LinearScale(domain: (0, 1), range: (0, 1)).ticks(count: 0) == [])
    #expect(LinearScale(domain: (-2, 2), range: (0, 1)).tickLabels(count: 4) == ["\u{2212}2", "\u{2212}1", "0", "1", "2"])
    #expect(LinearScale(domain: (0, 0.3), range: (0, 1)).tickLabels(count: 3) == ["0", "0.1", "0.2", "0.3"])
}

@Test func niceWidensToRoundValues() {
    let n = LinearScale(domain: (0.13, 0.97), range: (0, 100)).nice(count: 10)
    #expect(n.domain == (0.1, 1))
    let m = LinearScale(domain: (-0.43, 2.71), range: (0, 100)).nice(count: 5)
    #expect(m.domain == (-0.5, 3))  // d3: step 0.5 for 5 ticks over 3.14
    let r = LinearScale(domain: (97, 3), range: (0, 100)).nice(count: 10)
    #expect(r.domain == (100, 0))
}

@Test func logScaleTicksAndMapping() {
    let s = LogScale(domain: (0.001, 10), range: (0, 400))
    #expect(s(0.001) == 0 && abs(s(10) - 400) < 1e-9 && abs(s(0.1) - 200) < 1e-9)
    #expect(abs(s.invert(300) - 1) < 1e-12)
    #expect(s.ticks(count: 10) == [0.001, 0.01, 0.1, 1, 10])
    #expect(LogScale(domain: (0.01, 1), range: (0, 1)).ticks(count: 10) == [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1])
    #expect(LogScale(domain: (1e-8, 1), range: (0, 1)).ticks(count: 4) == [1e-8, 1e-6, 1e-4, 1e-2, 1])
    #expect(LogScale(domain: (2, 8), range: (0, 1)).ticks(count: 6) == [2, 5])
    #expect(LogScale(domain: (0.001, 10), range: (0, 1)).tickLabels(count: 10) == ["0.001", "0.01", "0.1", "1", "10"])
    #expect(LogScale.label(1e-8) == "1e\u{2212}8")
    #expect(LogScale(domain: (0.03, 7), range: (0, 1)).nice().domain == (0.01, 10))
    #expect(s(0).isFinite)
}
