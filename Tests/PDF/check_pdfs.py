"""Every PDF of a built site, checked the way readers' software sees it: qpdf finds no damage,
pdffonts lists embedded fonts only, and pdftotext finds the page's headings, the numbers of its
<Value> and <BigValue> components and the first cell of every table row.
Run by scripts/test after a build with --pdf:  python3 Tests/PDF/check_pdfs.py SITE_DIR"""
import html.parser
import os
import re
import subprocess
import sys


class PageFacts(html.parser.HTMLParser):
    """What the page shows, from its HTML: headings, values, KPI numbers, table rows."""

    def __init__(self):
        super().__init__()
        self.stack, self.headings, self.values, self.kpis, self.rows = [], [], [], [], []
        self.text, self.capture, self.cell_index = "", None, 0

    def visible(self):
        return not any(hidden or tag in ("nav", "script") for tag, _, hidden in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("br", "hr", "img", "input", "meta", "link"):
            return
        classes = attrs.get("class", "").split()
        self.stack.append((tag, classes, "hidden" in attrs))
        if not self.visible():
            return
        if tag in ("h1", "h2", "h3", "h4") or "bi-value" in classes or (tag == "text" and "title" in classes and self.in_class("bi-compact")):
            self.capture, self.text = (tag, classes), ""
        if tag == "tr":
            self.cell_index = 0
        if tag == "td" and self.in_tag("tbody"):
            self.cell_index += 1
            if self.cell_index == 1:
                self.capture, self.text = ("td", []), ""

    def handle_endtag(self, tag):
        if self.capture and self.capture[0] == tag:
            text = " ".join(self.text.split())
            kind, classes = self.capture
            if text:
                (self.headings if kind.startswith("h") else self.values if "bi-value" in classes
                 else self.kpis if kind == "text" else self.rows).append(text)
            self.capture = None
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.capture:
            self.text += data

    def in_tag(self, name):
        return any(tag == name for tag, _, _ in self.stack)

    def in_class(self, name):
        return any(name in classes for _, classes, _ in self.stack)


def run(*command):
    return subprocess.run(command, capture_output=True, text=True)


def main(site):
    failures = 0
    pdfs = sorted(os.path.join(folder, name) for folder, _, names in os.walk(site) for name in names if name.endswith(".pdf"))
    for pdf in pdfs:
        page = pdf[:-4] + ".html"
        problems = []
        check = run("qpdf", "--check", pdf)
        if check.returncode != 0 or "WARNING" in check.stdout + check.stderr:
            problems.append("qpdf: " + (check.stdout + check.stderr).strip()[-300:])
        fonts = run("pdffonts", pdf).stdout.splitlines()[2:]
        if not fonts or any(" yes " not in line for line in fonts):
            problems.append("fonts not all embedded:\n" + "\n".join(fonts))
        text = " ".join(run("pdftotext", pdf, "-").stdout.split())
        if os.path.exists(page):
            facts = PageFacts()
            facts.feed(open(page, encoding="utf-8").read())
            for kind, items in (("heading", facts.headings), ("value", facts.values), ("KPI", facts.kpis), ("table row", facts.rows)):
                missing = [item for item in items if item not in text]
                if missing:
                    problems.append(f"{len(missing)} {kind}(s) missing, e.g. {missing[:3]}")
            summary = f"{len(facts.headings)} headings, {len(facts.values)} values, {len(facts.kpis)} KPIs, {len(facts.rows)} rows"
        else:
            summary = "bundle"
        print(("ok   " if not problems else "FAIL ") + os.path.relpath(pdf, site) + f" ({summary})")
        for problem in problems:
            print("     " + problem)
        failures += bool(problems)
    if not pdfs:
        sys.exit("no PDFs found")
    if failures:
        sys.exit(f"{failures} PDF(s) failed")


if __name__ == "__main__":
    main(sys.argv[1])
