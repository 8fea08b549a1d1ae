"""The Ask page of `bi serve` in headless Chromium: a question typed and answered without a page
reload, a follow-up refining it, screenshots at 1280 and 375 px, no console errors (the page's
content security policy allows no inline script), no sideways scrolling on a phone.
Run by scripts/test: python3 Tests/Browser/test_ask.py BI DATABASE SHOTS_DIR
scripts/bench-ask uses its helpers to time answers."""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import bench_support as support  # noqa: E402
from cdp import Browser  # noqa: E402

REPOSITORY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def serve(bi, database, port, as_of="2025-12-15", wait_seconds=120):
    """A copy of the demo project on `database`, a viewer with an authenticator, and `bi serve`:
    (server process, project folder, session cookie)."""
    folder = support.make_project(REPOSITORY)
    os.remove(os.path.join(folder, "data", "demo.db"))
    os.symlink(os.path.abspath(database), os.path.join(folder, "data", "demo.db"))
    secret = support.add_user(bi, folder, "reader", "viewer")
    server = support.start_server(bi, folder, port, ["--as-of", as_of], wait_seconds)
    return server, folder, support.sign_in(port, "reader", secret)


def open_ask(browser, port, cookie, width):
    page = browser.page(width, 900)
    page.call("Network.enable")
    page.call("Network.setCookie", name="bi_session", value=cookie, url=f"http://127.0.0.1:{port}/")
    page.goto(f"http://127.0.0.1:{port}/ask")
    return page


def ask(page, question, seconds=60):
    """Types `question`, submits it, waits for the answer; returns ms from submit to the painted answer."""
    page.evaluate("document.getElementById('question').focus()")
    page.call("Input.insertText", text=question)
    count = page.evaluate("window.biAskTimes.length")
    page.evaluate("document.getElementById('ask-submit').click()")
    deadline = time.time() + seconds
    while time.time() < deadline:
        if page.evaluate("window.biAskTimes.length") > count:
            return page.evaluate("window.biAskTimes[window.biAskTimes.length - 1]")
        time.sleep(0.005)
    raise RuntimeError(f"no answer to {question!r}")


def main(bi, database, shots):
    os.makedirs(shots, exist_ok=True)
    port = 18190
    server, folder, cookie = serve(bi, database, port)
    browser = Browser()
    failures = []

    def check(condition, message):
        print(("ok   " if condition else "FAIL ") + message)
        if not condition:
            failures.append(message)

    try:
        for width in (1280, 375):
            page = open_ask(browser, port, cookie, width)
            page.evaluate("window.biMarker = 'same page'")
            ask(page, "revenue by category this year")
            check(page.evaluate("document.querySelectorAll('#ask-answer svg.bi-chart').length") >= 1,
                  f"{width} px: the answer has an inline SVG chart")
            check(page.evaluate("window.biMarker") == "same page", f"{width} px: answered without reloading the page")
            first = page.evaluate("document.querySelectorAll('.ask-table tbody tr').length")
            ask(page, "and by month?")
            rows = page.evaluate("document.querySelectorAll('.ask-table tbody tr').length")
            interpretation = page.evaluate("document.querySelector('.ask-interpretation').textContent")
            check(rows > first and "month" in interpretation,
                  f"{width} px: the follow-up refines the answer ({first} → {rows} rows: {interpretation})")
            turns = page.evaluate("[...document.querySelectorAll('.ask-turns li')].map(li => li.textContent)")
            check(turns == ["revenue by category this year", "and by month?"], f"{width} px: the conversation is shown {turns}")
            visible = page.evaluate("[...document.querySelectorAll('#ask-answer svg.bi-chart')].filter(s => s.getBoundingClientRect().width > 0)"
                                    ".map(s => Math.round(s.getBoundingClientRect().width))")
            check(len(visible) == 1, f"{width} px: one chart layout shows ({visible} px wide)")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            check(overflow <= 0, f"{width} px: no horizontal scrolling (overflow {overflow} px)")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(os.path.join(shots, f"ask-{width}.png"))
            if width == 1280:
                page.goto(f"http://127.0.0.1:{port}/ask")
                ask(page, "revenue by flurb")
                refusal = page.evaluate("document.querySelector('.ask-refusal') && document.querySelector('.ask-refusal').textContent")
                suggestions = page.evaluate("document.querySelectorAll('.ask-refusal button.chip').length")
                check(bool(refusal) and "flurb" in refusal and suggestions > 0,
                      f"a question the engine is not sure of is declined with {suggestions} suggested phrasings")
                page.screenshot(os.path.join(shots, "ask-refusal-1280.png"))
            check(page.errors == [], f"{width} px: no console errors {page.errors}")
    finally:
        browser.close()
        server.terminate()
        server.wait(timeout=10)
        support.shutil.rmtree(folder, ignore_errors=True)
    if failures:
        sys.exit(f"{len(failures)} Ask page check(s) failed")


if __name__ == "__main__":
    main(*sys.argv[1:4])
