"""The package's version, in one place: the build reads it from here (``[tool.hatch.version]`` in pyproject.toml).

A plain constant, so that ``baltic-security --version`` and ``bs.__version__`` cost no
``importlib.metadata`` lookup.
"""

__version__ = "0.1.0"
