#!/usr/bin/env python3
"""Rasterise SVG files with headless Chromium (what a reader's browser shows): rasterize.py OUT_DIR FILE.svg..."""
import pathlib
import sys

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"


def main() -> int:
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(device_scale_factor=1.5)
        for name in sys.argv[2:]:
            svg = pathlib.Path(name).resolve()
            page.goto(svg.as_uri())
            box = page.locator("svg").first.bounding_box()
            page.set_viewport_size({"width": int(box["width"]) + 1, "height": int(box["height"]) + 1})
            page.screenshot(path=str(out / (svg.stem + ".png")), clip=box)
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
