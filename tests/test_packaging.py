"""setup.cfg: every folder of package data is a package setuptools finds (no "would be ignored").

A folder under ``graphbuilder/`` without ``__init__.py`` (``resources/``) is importable as a
namespace package; when ``packages =`` does not discover it, every install prints setuptools'
"Package 'graphbuilder.resources' is absent from the `packages` configuration" warning.
"""

import configparser

from conftest import ROOT


def _discovered() -> set[str]:
    from setuptools import find_namespace_packages, find_packages

    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    how = cfg["options"]["packages"].strip()
    assert how in ("find:", "find_namespace:")
    finder = find_namespace_packages if how == "find_namespace:" else find_packages
    opts = cfg["options.packages.find"] if cfg.has_section("options.packages.find") else {}
    split = lambda key: [p.strip() for p in opts.get(key, "").replace(",", "\n").split() if p.strip()]  # noqa: E731
    return set(finder(where=str(ROOT), include=split("include") or ("*",), exclude=split("exclude")))


def test_every_package_data_folder_is_a_discovered_package():
    folders = {p.parent.relative_to(ROOT).as_posix() for p in (ROOT / "graphbuilder").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    assert "graphbuilder/resources/queries" in folders
    found = _discovered()
    assert {f.replace("/", ".") for f in folders} <= found
    assert not any("__pycache__" in p for p in found)


def test_no_module_binds_a_top_level_name_twice():
    # relations.py holds a hundred rules and their word lists: a second `NEAR_PREPS = ...` further
    # down silently replaces the first for every rule that reads it (seen three times in merges).
    import ast
    from collections import Counter
    from pathlib import Path

    import graphbuilder

    twice = []
    for path in sorted(Path(graphbuilder.__file__).parent.glob("*.py")):
        names: Counter = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names[node.name] += 1
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names.update(t.id for t in targets if isinstance(t, ast.Name) and t.id != "__all__")
        twice += [f"{path.name}: {name}" for name, n in names.items() if n > 1]
    assert twice == []
