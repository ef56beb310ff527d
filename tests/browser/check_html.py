#!/usr/bin/python3
"""An HTML report as a browser shows it: headless Chromium prints it to an A4
PDF and lays it out at the width of an A4 page's text; the report must be
self-contained, start each section on a new page, and have no table or chart
wider than the page.

usage: check_html.py CHROMIUM REPORT.html...
Prints one line per report; exits 1 with the reason when one fails."""

import html.parser
import pathlib
import re
import subprocess
import sys
import tempfile

A4_TEXT_WIDTH_PX = 680  # 210 mm - 2 x 15 mm margin (the report's @page), at 96 px per inch

# Measures, with the print rules applied on screen, what sticks out beyond
# the page's text width; the result is left on <body> for --dump-dom.
PROBE = """<script>
const width = document.documentElement.clientWidth;
const wide = [...document.querySelectorAll('table, figure svg')]
  .filter(e => e.getBoundingClientRect().right > width + 0.5)
  .map(e => (e.querySelector('th') || e).textContent.trim().slice(0, 40));
document.body.setAttribute('data-probe', JSON.stringify({width, wide,
  page: document.documentElement.scrollWidth}));
</script>"""


class Outline(html.parser.HTMLParser):
    """The sections, and anything that would load or run: a script, a link,
    a source or address outside the file."""

    def __init__(self):
        super().__init__()
        self.sections = 0
        self.outside = []

    def handle_starttag(self, tag, attrs):
        if tag == "section":
            self.sections += 1
        if tag in ("script", "link", "iframe", "img", "object"):
            self.outside.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and value and not value.startswith("#"):
                self.outside.append(f"{tag} {name}={value}")


def chromium(binary, profile, *arguments):
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               f"--user-data-dir={profile}", *arguments]
    return subprocess.run(command, capture_output=True, timeout=120, check=True).stdout


def pages(pdf):
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf.read_bytes()))


def probe(binary, profile, report, folder):
    text = report.read_text(encoding="utf-8").replace("@media print {", "@media all {")
    probed = folder / ("probe-" + report.name)
    probed.write_text(text.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = chromium(binary, profile, f"--window-size={A4_TEXT_WIDTH_PX},1000", "--dump-dom",
                   probed.as_uri()).decode("utf-8")
    found = re.search(r'data-probe="([^"]*)"', dom)
    if not found:
        raise SystemExit(f"{report.name}: the layout could not be measured")
    return html.unescape(found.group(1))


def check(binary, report, folder):
    outline = Outline()
    outline.feed(report.read_text(encoding="utf-8"))
    if outline.outside:
        raise SystemExit(f"{report.name}: not self-contained: {', '.join(outline.outside)}")
    profile = folder / "profile"
    pdf = folder / (report.stem + ".pdf")
    chromium(binary, profile, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", report.as_uri())
    printed = pages(pdf)
    if printed < outline.sections:
        raise SystemExit(f"{report.name}: {printed} pages for {outline.sections} sections")
    measured = probe(binary, profile, report, folder)
    if '"wide":[]' not in measured or f'"page":{A4_TEXT_WIDTH_PX}' not in measured:
        raise SystemExit(f"{report.name}: wider than an A4 page: {measured}")
    print(f"{report.name}: {outline.sections} sections, each from a new A4 page; "
          "no table or chart wider than the page")


def main():
    binary, reports = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as folder:
        for report in reports:
            check(binary, pathlib.Path(report).resolve(), pathlib.Path(folder))


if __name__ == "__main__":
    main()
