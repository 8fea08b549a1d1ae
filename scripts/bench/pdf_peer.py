#!/usr/bin/env python3
"""The peer side of the PDF benchmark: Quarto's Typst path from ../shared/bench (pandoc to Typst,
then typst compile, as peer_quarto.py runs it) on the same content: the report's text, its 30 charts
as the SVG files SmartBI drew, and its table as a pipe table. Prints one JSON line."""
import argparse
import html.parser
import json
import os
import re
import shutil
import subprocess
import time

import pypandoc
import typst


class Content(html.parser.HTMLParser):
    """Headings, chart SVGs and table rows of the page, in order, as Markdown."""

    def __init__(self, charts):
        super().__init__()
        self.charts, self.markdown, self.row, self.cell, self.in_heading = charts, [], None, None, None
        self.count, self.rows = 0, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("h1", "h2"):
            self.in_heading = [tag, ""]
        if tag == "figure" and "data-figure" in attrs:
            self.count += 1
            self.markdown.append(f"![chart](charts/chart{self.count}.svg){{width=100%}}\n")
        if tag == "tr":
            self.row = []
        if tag in ("td", "th") and self.row is not None:
            self.cell = ""

    def handle_endtag(self, tag):
        if self.in_heading and tag == self.in_heading[0]:
            self.markdown.append("#" * int(tag[1]) + " " + self.in_heading[1].strip() + "\n")
            self.in_heading = None
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(self.cell.strip().replace("|", "\\|"))
            self.cell = None
        if tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None
        if tag == "table":
            header, body = self.rows[0], self.rows[1:]
            self.markdown.append("| " + " | ".join(header) + " |\n|" + "|".join("---" for _ in header) + "|\n"
                                 + "\n".join("| " + " | ".join(r) + " |" for r in body) + "\n")
            self.rows = []

    def handle_data(self, data):
        if self.in_heading:
            self.in_heading[1] += data
        if self.cell is not None:
            self.cell += data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--page", required=True, help="SmartBI's HTML page of the report")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    work = os.path.abspath(args.out)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "charts"))
    page = open(args.page, encoding="utf-8").read()
    for number, svg in enumerate(re.findall(r'<div class="bi-wide">(<svg.*?</svg>)</div>', page, re.S), start=1):
        open(os.path.join(work, "charts", f"chart{number}.svg"), "w", encoding="utf-8").write(svg)
    content = Content(None)
    content.feed(page[page.index("<article"):])
    with open(os.path.join(work, "report.qmd"), "w", encoding="utf-8") as f:
        f.write("---\ntitle: \"Monthly detail\"\n---\n\n" + "\n".join(content.markdown))
    pandoc = os.environ.get("PANDOC") or pypandoc.get_pandoc_path()
    started = time.perf_counter()
    subprocess.run([pandoc, "report.qmd", "-s", "-t", "typst", "-o", "report.typ"], cwd=work, check=True)
    converted = time.perf_counter()
    typst.compile(os.path.join(work, "report.typ"), output=os.path.join(work, "report.pdf"), root=work)
    done = time.perf_counter()
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", os.path.join(work, "report.pdf")],
                                                                capture_output=True, text=True).stdout).group(1))
    print(json.dumps({"peer": "pandoc + typst (Quarto's Typst path)", "charts": content.count, "pages": pages,
                      "pandoc_s": round(converted - started, 3), "typst_s": round(done - converted, 3), "total_s": round(done - started, 3)}))


if __name__ == "__main__":
    main()
