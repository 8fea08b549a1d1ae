"""The demo site in headless Chromium, as readers see it: screenshots at 1280 and 375 px, no sideways
scrolling on a phone, no console errors, inputs that switch charts, drill-down links that land on
the right page; and a chart's numbers against the same SQL run with sqlite3.
Run by scripts/test after the Swift tests: python3 Tests/Browser/test_site.py SITE_DIR SHOTS_DIR DATABASE"""
import functools
import http.server
import os
import re
import sqlite3
import sys
import threading

from cdp import Browser

PAGES = ["index.html", "overview.html", "what-changed.html", "regions.html", "products/index.html"]


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


MONTHLY_SQL = """select strftime('%Y-%m', o.order_date) as month,
       round(sum(oi.quantity * oi.unit_price * (1 - oi.discount)), 2) as revenue
from order_items oi join orders o on o.id = oi.order_id
where o.status not in ('cancelled', 'returned') group by month order by month"""


def chart_points(html, title):
    """(label, number) pairs from the tooltips of the first chart titled `title`."""
    svg = re.search(r'<svg[^>]*><title id="[^"]*">' + re.escape(title) + r'</title>.*?</svg>', html, re.S).group(0)
    return [(label, float(number.replace("$", "").replace(",", "")))
            for label, number in re.findall(r"<title>([^<:]+): ([-$0-9.,]+)</title>", svg)]


def main(site, shots, database):
    os.makedirs(shots, exist_ok=True)
    server, base = serve(site)
    with open(os.path.join(site, "overview.html"), encoding="utf-8") as page:
        drawn = chart_points(page.read(), "Net revenue by month")
    expected = sqlite3.connect(f"file:{database}?mode=ro", uri=True).execute(MONTHLY_SQL).fetchall()
    print(("ok   " if drawn == expected else "FAIL ") + f"the monthly revenue chart shows the numbers sqlite3 computes ({len(drawn)} points)")
    numbers_match = drawn == expected
    browser = Browser()
    failures = []

    def check(condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            failures.append(message)

    try:
        for width in (1280, 375):
            page = browser.page(width, 900)
            for path in PAGES:
                page.goto(base + path)
                page.screenshot(os.path.join(shots, f"{path.replace('/', '-').replace('.html', '')}-{width}.png"))
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                check(overflow <= 0, f"{path} at {width} px has no horizontal scrolling (overflow {overflow} px)")
                if width == 1280:
                    levels = page.evaluate("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
                    in_order = levels[:1] == [1] and levels.count(1) == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:]))
                    check(in_order, f"{path} has one h1 and headings in order {levels}")
                    unlabelled = page.evaluate("[...document.querySelectorAll('svg.bi-chart')].filter(svg => "
                                               "!svg.getAttribute('aria-labelledby') || !svg.querySelector('desc')).length")
                    check(unlabelled == 0, f"{path}: every chart has a text alternative ({unlabelled} without)")
            check(page.errors == [], f"no console errors at {width} px {page.errors}")

        page = browser.page(1280, 900)
        page.goto(base + "regions.html")
        visible_chart = """(() => { const group = document.querySelector('.bi-variants');
            const shown = [...group.children].filter(v => !v.hidden);
            return shown.length === 1 ? shown[0].querySelector('svg desc').textContent : 'visible: ' + shown.length; })()"""
        before = page.evaluate(visible_chart)
        page.evaluate("""(() => { const select = document.querySelector('form[data-input=region] select');
            select.value = 'Europe'; select.dispatchEvent(new Event('change', {bubbles: true})); })()""")
        after = page.evaluate(visible_chart)
        check(before != after and "visible" not in after, f"changing the region redraws the chart ({before!r} → {after!r})")
        check("region=Europe" in page.evaluate("location.search"), "the selection is kept in the URL")
        page.goto(base + "regions.html?region=Asia%20Pacific&period=90d")
        check(page.evaluate("document.querySelector('form[data-input=period] select').value") == "90d",
              "a shared URL restores the selection")

        page.goto(base + "products/index.html")
        name = page.evaluate("document.querySelector('.bi-table tbody a').textContent")
        page.loaded = False
        page.evaluate("document.querySelector('.bi-table tbody a').click()")
        page.wait_for_load()
        check(page.evaluate("document.querySelector('h1').textContent") == name,
              f"clicking '{name}' lands on its page ({page.evaluate('location.pathname')})")
        check(page.errors == [], f"no console errors while interacting {page.errors}")

        page.goto(base + "products/index.html")
        bar = page.evaluate("new URL(document.querySelector('svg.bi-chart a').getAttribute('href'), location.href).pathname")
        page.loaded = False
        page.evaluate("document.querySelector('.bi-wide svg.bi-chart a rect').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
        page.wait_for_load()
        check(page.evaluate("location.pathname").endswith(bar), f"clicking a bar lands on its product page ({bar})")

        page.goto(base + "overview.html")
        page.evaluate("""(() => { const input = document.querySelector('.site-search input');
            input.focus(); input.value = 'regions'; input.dispatchEvent(new Event('input')); })()""")
        page.evaluate("new Promise(done => setTimeout(done, 300))")
        results = page.evaluate("[...document.querySelectorAll('.search-results a')].map(a => a.textContent)")
        check("Regions" in results, f"site search finds the Regions report ({results})")
    finally:
        browser.close()
        server.shutdown()
    if not numbers_match:
        failures.append("chart numbers differ from sqlite3")
    if failures:
        sys.exit(f"{len(failures)} browser check(s) failed")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
