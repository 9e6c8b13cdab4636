"""PyInstaller hook for spaCy, replacing pyinstaller-hooks-contrib's (a hook in the spec's hookspath
takes precedence over the contrib one of the same name).

The contrib hook collects every submodule and data file of spaCy. spaCy needs most of its modules
(functions are registered by importing the modules spacy/registrations.py names, and spacy.cli is
imported by spacy/__init__.py), but not its test suite (6 MB, imports pytest) nor the language
packages of ~70 other languages, which spacy.util.get_lang_class imports only when a pipeline
of that language is loaded. Kept languages:
  en                      the model's language (en_core_web_sm)
  xx                      spacy/training/converters imports spacy.lang.xx
  ja, ko, th, vi, zh      spacy/registrations.py imports their tokenizer factories whenever the
                          registry is first filled (their own dependencies, e.g. sudachipy, are
                          imported lazily and are not needed for English).
"""
import importlib.util
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

LANGS_KEPT = {"en", "xx", "ja", "ko", "th", "vi", "zh"}

_root = Path(importlib.util.find_spec("spacy").submodule_search_locations[0])
LANGS_DROPPED = sorted(p.name for p in (_root / "lang").iterdir()
                       if (p / "__init__.py").is_file() and p.name not in LANGS_KEPT)


def _wanted(name: str) -> bool:
    parts = name.split(".")
    if len(parts) > 1 and parts[1] == "tests":
        return False
    return not (len(parts) > 2 and parts[1] == "lang" and parts[2] in LANGS_DROPPED)


hiddenimports = collect_submodules("spacy", filter=_wanted)
# Data spaCy reads at run time: default_config*.cfg (every spacy.load), the CLI's templates, py.typed.
# Not its tests' data, nor the Cython sources and headers (.pyx/.pxd/.pyi/.hh/.c) that only a
# compiler reads.
datas = collect_data_files(
    "spacy",
    excludes=["tests", *(f"lang/{code}" for code in LANGS_DROPPED),
              "**/*.pyx", "**/*.pxd", "**/*.pyi", "**/*.c", "**/*.cpp", "**/*.h", "**/*.hh"],
)
