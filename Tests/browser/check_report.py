#!/usr/bin/env python3
"""Open an nnviz report in headless Chromium and check what a reader sees.

Usage: check_report.py REPORT_DIR_OR_INDEX SCREENSHOT.png [--top | --element CSS_SELECTOR]
(--top: only the first screenful, 1200×900; --element: only that element, e.g. "#figure-graph"; default: full page.)
Checks: no console errors or page errors, no failed requests, no request leaving file://, every <img> and every
inline <svg> in a figure has a non-zero size, MathML is present. Saves a full-page screenshot.
Exit status 0 = all good; 1 = a check failed (the reasons are printed); 77 = playwright or chromium missing.
"""
import pathlib
import sys

CHROMIUM = "/usr/bin/chromium"


def main() -> int:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("SKIP: the Python package playwright is not installed")
        return 77
    if not pathlib.Path(CHROMIUM).exists():
        print(f"SKIP: {CHROMIUM} is missing")
        return 77
    target = pathlib.Path(sys.argv[1]).resolve()
    if target.is_dir():
        target = target / "index.html"
    shot = pathlib.Path(sys.argv[2]).resolve()
    shot.parent.mkdir(parents=True, exist_ok=True)
    problems = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
        page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else problems.append(f"external request: {r.url}"))
        page.goto(target.as_uri(), wait_until="load")
        sizes = page.evaluate("""() => {
            const out = [];
            for (const el of document.querySelectorAll('img, .figure-art svg')) {
                const r = el.getBoundingClientRect();
                out.push({tag: el.tagName, id: el.closest('figure') ? el.closest('figure').id : '', w: r.width, h: r.height,
                          complete: el.tagName === 'IMG' ? el.complete && el.naturalWidth > 0 : true});
            }
            return out;
        }""")
        if not sizes:
            problems.append("no figure found on the page")
        for s in sizes:
            if s["w"] <= 0 or s["h"] <= 0 or not s["complete"]:
                problems.append(f"{s['tag']} in {s['id'] or 'page'} has no size or did not load: {s}")
        if page.locator("math").count() == 0:
            problems.append("no MathML equation on the page")
        # Hovering a unit of the graph highlights its links (report.js).
        unit = page.locator("#figure-graph .unit").first
        if unit.count() > 0:
            try:
                unit.hover(timeout=5000)
                if page.locator("#figure-graph svg.has-focus .link.focus").count() == 0:
                    problems.append("hovering a graph unit highlights no link")
            except Exception as error:  # a unit the pointer cannot reach is a problem, not a crash
                problems.append(f"cannot hover the first graph unit: {str(error).splitlines()[0]}")
            page.mouse.move(0, 0)
        page.evaluate("window.scrollTo(0, 0)")
        options = sys.argv[3:]
        if "--element" in options and options.index("--element") + 1 < len(options):
            page.locator(options[options.index("--element") + 1]).first.screenshot(path=str(shot))
        else:
            page.screenshot(path=str(shot), full_page="--top" not in options)
        browser.close()
    print(f"checked {target}: {len(sizes)} figures; screenshot {shot}")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
