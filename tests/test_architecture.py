"""The house as the README draws it: no import circles, and the rule packages never import each other."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "quotex"
RULE_PACKAGES = ("attribution", "resolve", "entities", "values")


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    """Module -> the quotex modules it imports (type-checking imports count: they are dependencies too)."""
    modules = {module_name(p): p for p in SRC.rglob("*.py")}
    found: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("quotex"):
                for alias in node.names:  # "from quotex.values import calendar" imports a submodule
                    sub = f"{node.module}.{alias.name}"
                    targets.add(sub if sub in modules else node.module)
            elif isinstance(node, ast.Import):
                targets.update(a.name for a in node.names if a.name.startswith("quotex"))
        found[name] = {t for t in targets if t in modules and t != name}
    return found


def test_no_import_circles() -> None:
    graph = imports()
    state: dict[str, int] = {}
    circles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in graph[node]:
            if state.get(target) == 1:
                circles.append(path[path.index(target) :] + [target] if target in path else [node, target])
            elif target not in state:
                visit(target, path + [target])
        state[node] = 2

    for module in graph:
        if module not in state:
            visit(module, [module])
    assert not circles, "\n".join(" -> ".join(c) for c in circles)


def test_rule_packages_are_siblings_over_the_document_layer() -> None:
    for module, targets in imports().items():
        package = module.split(".")[1] if module.count(".") else ""
        if package not in RULE_PACKAGES:
            continue
        others = {t.split(".")[1] for t in targets if t.count(".")} - {package}
        assert others <= {"document", "schema", "extensions", "errors"}, f"{module} imports {others}"
