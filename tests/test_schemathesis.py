"""schemathesis over the OpenAPI description: no input makes the API answer 5xx, and every
documented response matches its schema.  Bounded (a few dozen examples per operation)
so that it runs in .ci/run; `SCHEMATHESIS_EXAMPLES=500 pytest tests/test_schemathesis.py`
explores further."""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from uncac_kg.api.app import create_app
from uncac_kg.graph.store.embedded import GraphStore
from uncac_kg.settings import Settings

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "25"))


def _operations(app: FastAPI) -> dict[str, Any]:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    return {op.label: op for op in (result.ok() for result in schema.get_all_operations())}


_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# The operations' labels ("GET /path"), read from the OpenAPI document of an app over an empty
# store at collection time (cheap: every test process collects this module); the fixture below
# checks that schemathesis finds these operations and no other.
LABELS = sorted(f"{method.upper()} {path}"
                for path, operations in create_app(Settings(store="unused"), store=GraphStore.open(None))
                .openapi()["paths"].items() for method in operations if method in _METHODS)


@pytest.fixture(scope="module")
def operations(corpus: GraphStore) -> dict[str, Any]:
    found = _operations(create_app(Settings(store="unused", query_timeout=10), store=corpus))
    assert sorted(found) == LABELS, "the operations schemathesis finds are those of the OpenAPI document"
    return found


@pytest.mark.parametrize("label", LABELS)
def test_no_server_errors(operations: dict[str, Any], label: str) -> None:
    operation = operations[label]

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def check(case: Any) -> None:
        response = case.call()
        case.validate_response(response, checks=[not_a_server_error])

    check()
