#!/usr/bin/env python3
"""Every target declares, in Package.swift, each package target or product it imports.

SwiftPM's own `--explicit-target-dependency-import-check error` (also run by scripts/test.sh) only rejects imports
of targets outside a target's *transitive* dependencies; this check asks for the direct declaration, so that an
import never works only because some other dependency happens to pull the module in.
Reads the manifest with `swift package dump-package`; toolchain modules (Foundation, Testing, Glibc, …) are ignored.
"""
import json
import os
import re
import subprocess
import sys

IMPORT = re.compile(r"^\s*(?:@\w+\s+)*import\s+(?:(?:struct|class|enum|protocol|func|var|let|typealias)\s+)?(\w+)",
                    re.MULTILINE)


def dependency_names(target):
    for dep in target["dependencies"]:
        for kind in ("byName", "target", "product"):
            if kind in dep:
                yield dep[kind][0]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    manifest = json.loads(subprocess.run(["swift", "package", "dump-package"], cwd=root, check=True,
                                         capture_output=True, text=True).stdout)
    targets = manifest["targets"]
    modules = {t["name"] for t in targets}
    modules |= {name for t in targets for dep in t["dependencies"] if "product" in dep for name in [dep["product"][0]]}
    problems = []
    for target in targets:
        if target["type"] == "system":
            continue
        folder = target.get("path") or os.path.join("Tests" if target["type"] == "test" else "Sources", target["name"])
        declared = set(dependency_names(target))
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(directory, name)
                with open(path, encoding="utf-8") as source:
                    imported = set(IMPORT.findall(source.read()))
                for module in sorted((imported & modules) - declared - {target["name"]}):
                    problems.append(f"{os.path.relpath(path, root)}: target {target['name']} imports {module} "
                                    f"without declaring it in Package.swift")
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        return 1
    print(f"check-imports: every import of the {len(targets)} targets is declared")
    return 0


if __name__ == "__main__":
    sys.exit(main())
