"""Settings are declared once (``settings.py``): every setting is documented in the README's
table and the CLI's help, is read from its environment variable, and a bad value is refused
with a message naming the variable or option."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from uncac_kg.cli import build_parser
from uncac_kg.settings import Settings, declared, default_store, table

from helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_field_is_declared_with_a_variable_and_help() -> None:
    names = [f.name for f in dataclasses.fields(Settings)]
    assert [name for name, _, _ in declared()] == names
    variables = [how.env for _, how, _ in declared()]
    assert len(set(variables)) == len(variables)
    for name, how, shown in declared():
        assert how.env == "UNCAC_KG_" + name.upper() or name in {"query_endpoint", "update_endpoint",
                                                                  "store_endpoint"}, name
        assert how.help and shown, name


def test_the_readme_table_is_the_declared_one() -> None:
    assert table() in README, "README.md: the settings table differs from settings.table(); paste it again"


@pytest.mark.slow
def test_the_cli_help_names_every_variable() -> None:
    help_text = build_parser().format_help()
    for _, how, _ in declared():
        assert how.env in help_text
        if how.option:
            assert how.option in help_text or how.option in _serve_help()


def _serve_help() -> str:
    return subprocess.run([sys.executable, "-m", "uncac_kg", "serve", "--help"], capture_output=True,
                          text=True, check=True).stdout


def test_every_variable_is_read() -> None:
    # A value for each variable that differs from its default, as text and as read.
    given = {"store": "/elsewhere", "query_endpoint": "http://h/q", "update_endpoint": "http://h/u",
             "store_endpoint": "http://h/s", "base_iri": "urn:x/", "host": "0.0.0.0", "port": "9",
             "recurrence_threshold": "0.5", "assets": "/a", "query_timeout": "7", "http_workers": "3",
             "query_workers": "5", "query_memory": "1000", "max_rows": "10", "max_result_bytes": "11",
             "max_request_bytes": "12", "cors_origins": "http://a, http://b", "cors_methods": "get,post"}
    assert set(given) == {name for name, _, _ in declared()}
    env = {how.env: given[name] for name, how, _ in declared()}
    settings = Settings.from_env(env)
    for name, how, _ in declared():
        assert getattr(settings, name) == how.read(given[name]), name
    assert settings.cors_origins == ("http://a", "http://b") and settings.cors_methods == ("GET", "POST")
    assert Settings.from_env({"HOME": "/h"}).store == str(default_store({"HOME": "/h"}))


def test_options_override_the_environment() -> None:
    settings = Settings.from_env({"UNCAC_KG_PORT": "9000"}, port=9001, host=None)
    assert settings.port == 9001 and settings.host == "127.0.0.1"


@pytest.mark.parametrize(("env", "options", "named"), [
    ({"UNCAC_KG_PORT": "http"}, {}, "UNCAC_KG_PORT"),
    ({"UNCAC_KG_RECURRENCE_THRESHOLD": "2"}, {}, "UNCAC_KG_RECURRENCE_THRESHOLD"),
    ({"UNCAC_KG_QUERY_TIMEOUT": "-1"}, {}, "UNCAC_KG_QUERY_TIMEOUT"),
    ({"UNCAC_KG_MAX_ROWS": "many"}, {}, "UNCAC_KG_MAX_ROWS"),
    ({"UNCAC_KG_BASE_IRI": "relative/"}, {}, "UNCAC_KG_BASE_IRI"),
    ({}, {"http_workers": 0}, "--workers"),
    ({}, {"port": 70000}, "--port"),
])
def test_bad_values_name_the_variable_or_option(env: dict[str, str], options: dict[str, object],
                                                named: str) -> None:
    with pytest.raises(ValueError, match=named):
        Settings.from_env(env, **options)


@pytest.mark.slow
def test_the_cli_reports_a_bad_setting_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "uncac_kg", "stats"], capture_output=True, text=True,
                            env={"HOME": str(tmp_path), "UNCAC_KG_QUERY_TIMEOUT": "soon"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "uncac-kg: error: UNCAC_KG_QUERY_TIMEOUT='soon': not a number"]
