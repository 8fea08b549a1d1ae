#!/usr/bin/env python3
"""Writes the PDF benchmark's report: 30 charts over the demo data and a long table (about 50
pages in all) as a SmartBI report; prints nothing. Usage: pdf_report.py PROJECT_DIR"""
import os
import sys

MEASURES = [("revenue", "sum(oi.quantity * oi.unit_price * (1 - oi.discount))"), ("units", "sum(oi.quantity)"),
            ("orders", "count(distinct oi.order_id)")]
CATEGORIES = ["Electronics", "Home & Kitchen", "Clothing", "Sports & Outdoors", "Beauty & Health", "Books & Media",
              "Toys & Games", "Grocery", "(all)", "(all)"]


def main(project):
    os.makedirs(os.path.join(project, "reports"), exist_ok=True)
    parts = ["---\ntitle: Monthly detail\ndescription: Thirty charts and the full product-by-year table.\n---\n"]
    number = 0
    for category in CATEGORIES:
        for measure, expression in MEASURES:
            number += 1
            where = "" if category == "(all)" else f"and p.category = '{category}'"
            chart = "LineChart" if number % 2 else "BarChart"
            parts.append(f"## {measure.title()}: {category} ({number})\n\n```sql q{number}\n"
                         f"select substr(cast(o.order_date as char(10)), 1, 7) as month, {expression} as {measure}\n"
                         f"from order_items oi join orders o on o.id = oi.order_id join products p on p.id = oi.product_id\n"
                         f"where o.status not in ('cancelled', 'returned') {where}\ngroup by 1 order by 1\n```\n\n"
                         f"<{chart} data=q{number} x=month y={measure} title=\"{measure.title()} by month, {category}\" />\n")
    parts.append("## Every product by year\n\n```sql detail\nselect p.name as product, p.category, "
                 "substr(cast(o.order_date as char(10)), 1, 4) as year, sum(oi.quantity) as units,\n"
                 "sum(oi.quantity * oi.unit_price * (1 - oi.discount)) as revenue\nfrom order_items oi join orders o on o.id = oi.order_id "
                 "join products p on p.id = oi.product_id\nwhere o.status not in ('cancelled', 'returned')\n"
                 "group by 1, 2, 3 order by 1, 3 limit 1500\n```\n\n<DataTable data=detail fmt=num2 formats=\"units:int\" download=false />\n")
    with open(os.path.join(project, "reports", "detail.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    main(sys.argv[1])
