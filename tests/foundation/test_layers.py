"""The domain layer and the storage layer import no Qt."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import builtins, importlib, pkgutil, sys
real_import = builtins.__import__
def guarded(name, *args, **kwargs):
    if name == "PySide6" or name.startswith("PySide6.") or name == "ui" or name.startswith("ui."):
        raise ImportError("layer violation: " + name)
    return real_import(name, *args, **kwargs)
builtins.__import__ = guarded
import db, desktop
for package in (db, desktop):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" in module.name:
            continue
        importlib.import_module(module.name)
print("ok")
"""


def test_db_and_desktop_import_without_qt():
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


APPLICATION = ("db", "desktop", "ui")


def test_import_linter_contracts_are_kept():
    """db never imports desktop or ui; desktop never imports ui or Qt; ui never imports SQLAlchemy,
    the models or the audit hooks (pyproject.toml [tool.importlinter])."""
    result = subprocess.run([str(Path(sys.executable).with_name("lint-imports")), "--no-cache"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and " 0 broken" in result.stdout


def _imports(path: Path):
    import ast

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module


def test_migrations_never_import_application_code():
    """A migration must run the same in five years, whatever db/ and desktop/ have become since."""
    offenders = [f"{path.name}: {name}" for path in sorted((ROOT / "db/migrations/versions").glob("*.py"))
                 for name in _imports(path) if name.split(".")[0] in APPLICATION]
    assert offenders == []


def test_widgets_never_open_a_session():
    """ui/ calls services; no ``database.read()`` / ``database.write()`` / ``session`` of its own."""
    import ast

    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("read", "write", "engine")
                    and _name_of(node.func.value).endswith(("database", "_db", "db"))):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def _name_of(node) -> str:
    import ast

    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _service_classes() -> set[str]:
    """Names of the classes under desktop/ built on a ``Database`` (a parameter or dataclass field typed so),
    and of every class derived from one: the services."""
    import ast

    bases: dict[str, set[str]] = {}
    services: set[str] = set()
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {_name_of(base) for base in node.bases}
                if _takes_database(node):
                    services.add(node.name)
    grown = True
    while grown:
        derived = {name for name, parents in bases.items() if parents & services} - services
        services |= derived
        grown = bool(derived)
    return services


def _takes_database(node) -> bool:
    import ast

    def typed_database(annotation) -> bool:
        return annotation is not None and "Database" in ast.unparse(annotation)

    for item in node.body:
        if isinstance(item, ast.AnnAssign) and typed_database(item.annotation):
            return True
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            arguments = item.args.args + item.args.kwonlyargs
            return any(typed_database(argument.annotation) for argument in arguments)
    return False


COMPOSITION_ROOT = ("ui/app.py", "ui/context.py")  # where the one ``Services`` is built


def test_widgets_never_build_a_service():
    """Services are built once in ``desktop.services.Services``; a widget takes its service from the context."""
    import ast

    services = _service_classes()
    assert {"LetterQueries", "SigningService", "CaseActions", "DocumentService"} <= services  # the finder finds them
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name_of(node.func) in services and not (
                    _name_of(node.func) == "Services" and path.relative_to(ROOT).as_posix() in COMPOSITION_ROOT):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {_name_of(node.func)}")
    assert offenders == []


def test_only_the_prompt_object_opens_standard_dialogs():
    """Messages, questions and file choosers go through ``context.prompt`` (ui/widgets/prompts.py),
    so tests script answers instead of monkeypatching Qt."""
    import ast

    qt_dialogs = {"QMessageBox", "QInputDialog", "QFileDialog"}
    allowed = {"ui/widgets/prompts.py", "ui/qt.py"}  # the prompt object, and the module that re-exports Qt
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.relative_to(ROOT).as_posix() in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = node.id if isinstance(node, ast.Name) else getattr(node, "name", None)
            if name in qt_dialogs:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert offenders == []
