"""PyInstaller hook for thinc, replacing pyinstaller-hooks-contrib's (which also collects thinc's
test suite). thinc registers its layers and back ends by importing its modules, so every other
submodule is kept; the ones for PyTorch/TensorFlow/MXNet import those libraries only inside
try/except, and the spec excludes the libraries themselves.
"""
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("thinc", filter=lambda name: ".tests" not in name)
# thinc/backends/_custom_kernels.py reads its .cu files when imported (even on a CPU-only machine).
datas = collect_data_files("thinc", excludes=["tests", "**/*.pyx", "**/*.pxd", "**/*.pyi", "**/*.hh"])
