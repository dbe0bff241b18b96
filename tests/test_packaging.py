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
