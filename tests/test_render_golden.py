"""Golden files pin every format byte for byte; the JSON output follows the shipped schema.

Regenerate after an intended change with
``RECONCILE_UPDATE_GOLDEN=1 pytest tests/test_render_golden.py`` and review the diff of
``tests/golden/``.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from render_fixtures import three_source_report, two_source_report

from reconcile.render import render

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("RECONCILE_UPDATE_GOLDEN") == "1"

CASES = [
    ("two.table.txt", two_source_report, "table", {"width": 100}),
    ("two.explain.table.txt", two_source_report, "table", {"width": 100, "explain": True}),
    ("two.color.table.txt", two_source_report, "table", {"width": 100, "color": True}),
    ("two.csv", two_source_report, "csv", {}),
    ("two.json", two_source_report, "json", {}),
    ("two.md", two_source_report, "markdown", {}),
    ("two.html", two_source_report, "html", {}),
    ("three.table.txt", three_source_report, "table", {"width": 100}),
    ("three.csv", three_source_report, "csv", {}),
    ("three.md", three_source_report, "markdown", {}),
]


@pytest.mark.parametrize(("name", "build", "fmt", "kwargs"), CASES, ids=[c[0] for c in CASES])
def test_output_matches_golden_file(name, build, fmt, kwargs):
    text = render(build(), fmt, **kwargs)
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.read_bytes().decode("utf-8") == text


def _schema() -> dict:
    return json.loads(
        resources.files("reconcile").joinpath("schema/report.schema.json").read_text()
    )


@pytest.mark.parametrize("build", [two_source_report, three_source_report])
@pytest.mark.parametrize("only", [None, frozenset({"discrepancy"})])
def test_json_output_validates_against_the_shipped_schema(build, only):
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(json.loads(render(build(), "json", only=only)))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("findings", 0, "status"), "conflict"),
        (("summary", "unique"), -1),
        (("sources", 0, "statements", 0, "start"), "0"),
        (("version",), 2),
    ],
)
def test_schema_rejects_broken_reports(path, value):
    data = json.loads(render(two_source_report(), "json"))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(_schema()).validate(data)
