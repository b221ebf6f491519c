"""Sphinx configuration: MyST Markdown pages, the furo theme, autodoc for the API reference.

Build (warnings are errors, as CI runs it)::

    sphinx-build -W --keep-going -b html docs docs/_build/html
"""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path

# The local extension that writes the data dictionary from the model.
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "baltic-security"
author = "baltic_security developers"
copyright = "baltic_security developers"
release = _version("baltic-security")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "datadict",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_ext"]

myst_heading_anchors = 3
myst_enable_extensions = ["deflist"]

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True
autodoc_class_signature = "mixed"
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = f"baltic-security {release}"
html_static_path = ["_static"]
