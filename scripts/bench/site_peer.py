#!/usr/bin/env python3
"""The peer side of the site benchmark: Quarto's stand-in from ../shared/bench (pandoc, one process
per page, exactly as peer_quarto.py renders its site) rendering N static Markdown pages, each with a
title, a paragraph, two pre-rendered SVG charts and a link back. Prints one JSON line."""
import argparse
import json
import os
import shutil
import subprocess
import time

import pypandoc


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--charts", required=True, help="a folder with two SVG files to show on every page")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    pandoc = os.environ.get("PANDOC") or pypandoc.get_pandoc_path()
    site = os.path.abspath(args.out)
    shutil.rmtree(site, ignore_errors=True)
    os.makedirs(os.path.join(site, "_site"))
    shutil.copytree(args.charts, os.path.join(site, "charts"))
    charts = sorted(name for name in os.listdir(args.charts) if name.endswith(".svg"))[:2]
    with open(os.path.join(site, "nav.html"), "w", encoding="utf-8") as f:
        f.write('<nav><a href="index.html">Products</a></nav>\n')
    for page in range(args.pages):
        with open(os.path.join(site, f"p{page}.qmd"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: \"Product {page}\"\n---\n\nSales of one product over three years.\n\n"
                    + "".join(f"![Chart](charts/{chart})\n\n" for chart in charts) + "[Back to overview](index.html)\n")
    started = time.perf_counter()
    for page in range(args.pages):
        subprocess.run([pandoc, f"p{page}.qmd", "-s", "--include-before-body", "nav.html", "-o", f"_site/p{page}.html"],
                       cwd=site, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copytree(os.path.join(site, "charts"), os.path.join(site, "_site", "charts"))
    elapsed = time.perf_counter() - started
    print(json.dumps({"peer": "pandoc (Quarto's engine, one process per page)", "pages": args.pages, "total_s": round(elapsed, 3)}))


if __name__ == "__main__":
    main()
