"""Reference numbers for Tests/AnalyticsTests, computed with numpy, scipy, statsmodels and
pymannkendall. The tests quote these numbers; run this script to see where they come from:

    python3 -m venv /tmp/anvenv
    /tmp/anvenv/bin/pip install statsmodels numpy scipy pymannkendall
    /tmp/anvenv/bin/python Tests/AnalyticsTests/Fixtures/reference.py

Versions used: numpy 2.4.6, scipy 1.17.1, statsmodels 0.15.0, pymannkendall 1.4.3.
"""
import os
import warnings

import numpy as np
import pymannkendall
import scipy.special
import scipy.stats
import statsmodels.api as sm
from statsmodels.tsa.holtwinters import ExponentialSmoothing

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
np.set_printoptions(precision=12)


def show(name, value):
    if isinstance(value, np.generic):
        value = value.item()
    print(f"{name}: {value!r}")


print("== Descriptive (numpy, ddof=1, linear quantiles)")
sample = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0, 12.0, 1.5])
show("mean", np.mean(sample))
show("median", np.median(sample))
show("std ddof=1", np.std(sample, ddof=1))
show("quantiles 0.1 0.25 0.75 0.9", np.quantile(sample, [0.1, 0.25, 0.75, 0.9]).tolist())

print("== Distributions (scipy)")
show("norm.ppf(0.975)", scipy.stats.norm.ppf(0.975))
show("norm.ppf(1e-6)", scipy.stats.norm.ppf(1e-6))
show("norm.cdf(-1.3)", scipy.stats.norm.cdf(-1.3))
show("betainc(2.5, 0.5, 0.3)", scipy.special.betainc(2.5, 0.5, 0.3))
show("betainc(10, 3, 0.9)", scipy.special.betainc(10, 3, 0.9))
show("t(5).sf(2.1)*2", 2 * scipy.stats.t(5).sf(2.1))
show("t(30).cdf(-0.7)", scipy.stats.t(30).cdf(-0.7))

print("== OLS (statsmodels)")
anscombe_x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5]
anscombe_y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68]
fit = sm.OLS(anscombe_y, sm.add_constant(anscombe_x)).fit()
show("anscombe I params", fit.params.tolist())
show("anscombe I rsquared", fit.rsquared)
show("anscombe I bse", fit.bse.tolist())
show("anscombe I pvalues", fit.pvalues.tolist())
x1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
x2 = [2.0, 1.0, 4.0, 3.0, 6.0, 5.0, 8.0, 9.0, 7.0, 10.0]
yy = [3.1, 3.9, 7.2, 7.8, 11.1, 11.5, 15.2, 16.9, 16.1, 20.3]
fit = sm.OLS(yy, sm.add_constant(np.column_stack([x1, x2]))).fit()
show("two features params", fit.params.tolist())
show("two features rsquared", fit.rsquared)
show("two features bse", fit.bse.tolist())
show("two features pvalues", fit.pvalues.tolist())

print("== Mann-Kendall (pymannkendall.original_test)")
mk_series = [5.0, 7.0, 6.0, 6.0, 9.0, 8.0, 11.0, 10.0, 10.0, 12.0, 9.0, 13.0]
result = pymannkendall.original_test(mk_series)
show("S", result.s)
show("var_s", result.var_s)
show("z", result.z)
show("p", result.p)
show("Tau", result.Tau)

print("== Correlation (scipy)")
cx = [43.0, 21.0, 25.0, 42.0, 57.0, 59.0, 33.0, 47.0, 38.0, 29.0]
cy = [99.0, 65.0, 79.0, 75.0, 87.0, 81.0, 70.0, 86.0, 79.0, 65.0]
show("pearsonr", tuple(float(v) for v in scipy.stats.pearsonr(cx, cy)))
show("spearmanr", tuple(float(v) for v in scipy.stats.spearmanr(cx, cy)))

print("== Holt-Winters fitted values (statsmodels, fixed parameters and initial states)")
small = [30.0, 21.0, 29.0, 31.0, 40.0, 48.0, 53.0, 47.0, 37.0, 39.0, 31.0, 29.0,
         17.0, 9.0, 20.0, 24.0, 27.0, 35.0, 41.0, 38.0]
for seasonal, initial in [("add", [-5.0, -8.0, 2.0, 11.0]), ("mul", [0.8, 0.75, 1.1, 1.35])]:
    model = ExponentialSmoothing(small, trend="add", damped_trend=True, seasonal=seasonal, seasonal_periods=4,
                                 initialization_method="known", initial_level=30.0, initial_trend=1.0,
                                 initial_seasonal=initial)
    result = model.fit(smoothing_level=0.4, smoothing_trend=0.1, smoothing_seasonal=0.3, damping_trend=0.9,
                       optimized=False)
    show(f"damped trend, {seasonal} season: fitted", result.fittedvalues.tolist())
    show(f"damped trend, {seasonal} season: forecast(3)", result.forecast(3).tolist())

print("== Silhouette (numpy, the definition; scikit-learn's convention for singletons)")
points = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [5.0, 5.0], [5.0, 6.0], [6.0, 5.0], [6.0, 6.0]])
labels = np.array([0, 0, 0, 1, 1, 1, 1])
distances = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(-1))
values = []
for i in range(len(points)):
    own = labels == labels[i]
    a = distances[i, own].sum() / (own.sum() - 1)
    b = min(distances[i, labels == other].mean() for other in set(labels) if other != labels[i])
    values.append((b - a) / max(a, b))
show("silhouette", float(np.mean(values)))

print("== Pareto (numpy)")
revenue = np.array([90.0, 500.0, 30.0, 250.0, 6.0, 50.0, 20.0, 40.0, 10.0, 4.0])
top = np.sort(revenue)[::-1]
show("top 20% share", top[:2].sum() / top.sum())
show("items for 80%", int(np.argmax(np.cumsum(top) >= 0.8 * top.sum()) + 1))
ascending = np.sort(revenue)
n = len(ascending)
show("gini", float(((2 * np.arange(1, n + 1) - n - 1) * ascending).sum() / (n * ascending.sum())))

print("== Airline passengers, last 12 months held out (statsmodels ExponentialSmoothing)")
passengers = np.loadtxt(os.path.join(HERE, "airline-passengers.csv"), delimiter=",", skiprows=1, usecols=1)
train, test = passengers[:132], passengers[132:]
fit = ExponentialSmoothing(train, trend="add", seasonal="mul", seasonal_periods=12).fit()
forecast = fit.forecast(12)
smape = np.mean(2 * np.abs(forecast - test) / (np.abs(test) + np.abs(forecast))) * 100
show("statsmodels trend=add seasonal=mul sMAPE %", smape)
show("statsmodels forecast", forecast.tolist())
