import Analytics
import Testing

/// Reference numbers: statsmodels OLS, printed by Fixtures/reference.py. Anscombe's first
/// quartet is also a textbook case: y = 3.00 + 0.500 x, R² = 0.67 (Anscombe 1973).
struct RegressionTests {
    @Test func anscombeQuartetOne() throws {
        let x: [Double] = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5]
        let y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68]
        let fit = try #require(LinearRegression(x: x, y: y))
        #expect(isClose(fit.intercept, 3.0000909090909076))
        #expect(isClose(fit.slope, 0.5000909090909093))
        #expect(isClose(fit.rSquared, 0.666542459508775))
        #expect(isClose(fit.standardErrors[0], 0.1179055005956341))
        #expect(isClose(fit.pValues[0], 0.002169628873078794, 1e-8))
        #expect(isClose(fit.predict([10]), 8.001))
    }

    @Test func twoFeatures() throws {
        let x1: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
        let x2: [Double] = [2, 1, 4, 3, 6, 5, 8, 9, 7, 10]
        let y = [3.1, 3.9, 7.2, 7.8, 11.1, 11.5, 15.2, 16.9, 16.1, 20.3]
        let fit = try #require(LinearRegression(columns: [x1, x2], y: y))
        #expect(isClose(fit.intercept, 0.6074842767295623))
        #expect(isClose(fit.coefficients, [1.1312893081761017, 0.8146226415094326]))
        #expect(isClose(fit.rSquared, 0.9986227359483728))
        #expect(isClose(fit.standardErrors, [0.0716531508504403, 0.07165315085044027], 1e-8))
        #expect(isClose(fit.pValues, [9.907791694153848e-07, 9.129093512633098e-06], 1e-6))
    }

    @Test func degenerateInputsHaveNoFit() {
        #expect(LinearRegression(x: [1, 1, 1], y: [1, 2, 3]) == nil)
        #expect(LinearRegression(columns: [[1, 2, 3], [2, 4, 6]], y: [1, 2, 3]) == nil)
        #expect(LinearRegression(x: [1], y: [1]) == nil)
    }
}
