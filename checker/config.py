"""Run configuration: which rules, with which parameters, over which inputs.

Read from ``[tool.tradecheck]`` in the nearest pyproject.toml (from the
current folder upwards) or from ``--config FILE`` (a pyproject.toml, or a
tradecheck.toml whose keys stand at the top). Command-line options win.

    [tool.tradecheck]
    select = ["TC1", "TC2"]        # code prefixes
    ignore = ["TC102"]
    fail-on = "warning"            # error | warning | info | never
    max-file-size = 32             # MB
    date = "2025-02-25"            # for documents that state no date
    [tool.tradecheck.severity]
    TC202 = "error"
    [tool.tradecheck.params.TC202]
    band = 0.15

Unknown keys and bad values are errors that name the key (exit 2).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.documents import DEFAULT_MAX_BYTES

FAIL_ON = ("error", "warning", "info", "never")
SEVERITIES = ("info", "warning", "error")


class ConfigError(ValueError):
    """A configuration that cannot be used (exit 2)."""


@dataclass(frozen=True)
class Config:
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    params: dict[str, dict[str, Any]] = field(default_factory=dict)  # code -> param overrides
    severity: dict[str, str] = field(default_factory=dict)  # code -> severity override
    date: dt.date | None = None  # document date for files that carry none
    max_file_size: int = DEFAULT_MAX_BYTES
    fail_on: str = "error"
    reference: str | None = None  # CSV of official figures
    fx: str | None = None  # CSV of exchange rates over the shipped ones
    jobs: int = 1  # processes that extract figures (0: one per core)
    source: str | None = None  # where the settings came from, for messages


def _codes(where: str, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key} must be a list of rule code prefixes, got {value!r}")
    return [v.strip().upper() for v in value]


def parse(settings: dict[str, Any], where: str) -> Config:
    """Check and convert one [tool.tradecheck] table."""
    known = {"select", "ignore", "fail-on", "max-file-size", "date", "severity", "params", "reference", "fx", "jobs"}
    unknown = sorted(set(settings) - known)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} in [tool.tradecheck] (known: {', '.join(sorted(known))})")
    config: dict[str, Any] = {"source": where}
    for key in ("select", "ignore"):
        if key in settings:
            config[key] = _codes(where, key, settings[key])
    if "fail-on" in settings:
        if settings["fail-on"] not in FAIL_ON:
            raise ConfigError(f"{where}: fail-on must be one of {', '.join(FAIL_ON)}, got {settings['fail-on']!r}")
        config["fail_on"] = settings["fail-on"]
    if "max-file-size" in settings:
        size = settings["max-file-size"]
        if not isinstance(size, (int, float)) or isinstance(size, bool) or size <= 0:
            raise ConfigError(f"{where}: max-file-size must be a positive number of MB, got {size!r}")
        config["max_file_size"] = int(size * 1024 * 1024)
    if "jobs" in settings:
        jobs = settings["jobs"]
        if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 0:
            raise ConfigError(f"{where}: jobs must be a whole number of processes (0: one per core), got {jobs!r}")
        config["jobs"] = jobs
    if "date" in settings:
        value = settings["date"]
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value)
            except ValueError:
                raise ConfigError(f"{where}: date must be YYYY-MM-DD, got {settings['date']!r}") from None
        if not isinstance(value, dt.date):
            raise ConfigError(f"{where}: date must be YYYY-MM-DD, got {value!r}")
        config["date"] = value
    if "reference" in settings:
        if not isinstance(settings["reference"], str):
            raise ConfigError(f"{where}: reference must be the path of a CSV file, got {settings['reference']!r}")
        config["reference"] = str(Path(where).parent / settings["reference"])
    if "fx" in settings:
        if not isinstance(settings["fx"], str):
            raise ConfigError(f"{where}: fx must be the path of a CSV file, got {settings['fx']!r}")
        config["fx"] = str(Path(where).parent / settings["fx"])
    severity = settings.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(f'{where}: severity must be a table of CODE = "error|warning|info"')
    for code, level in severity.items():
        if level not in SEVERITIES:
            raise ConfigError(f"{where}: severity.{code} must be one of {', '.join(SEVERITIES)}, got {level!r}")
    config["severity"] = {str(k).upper(): v for k, v in severity.items()}
    params = settings.get("params", {})
    if not isinstance(params, dict) or not all(isinstance(v, dict) for v in params.values()):
        raise ConfigError(f"{where}: params must hold one table per rule code ([tool.tradecheck.params.TC202])")
    config["params"] = {str(k).upper(): dict(v) for k, v in params.items()}
    return Config(**config)


def load(path: Path | None = None, start: Path | None = None) -> Config:
    """Settings from ``path``, or from the nearest pyproject.toml above ``start``."""
    if path is None:
        folder = (start or Path.cwd()).resolve()
        for candidate in [folder, *folder.parents]:
            if (candidate / "pyproject.toml").is_file():
                path = candidate / "pyproject.toml"
                break
        else:
            return Config()
        explicit = False
    else:
        explicit = True
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        settings = data.get("tool", {}).get("tradecheck")
        if settings is None:
            if explicit:
                raise ConfigError(f"{path}: no [tool.tradecheck] table")
            return Config()
    else:
        settings = data.get("tool", {}).get("tradecheck", data)
    if not isinstance(settings, dict):
        raise ConfigError(f"{path}: [tool.tradecheck] must be a table")
    return parse(settings, str(path))


def override(config: Config, **options: Any) -> Config:
    """Command-line options over file settings (None and empty mean 'not given')."""
    given = {k: v for k, v in options.items() if v not in (None, [], ())}
    return dataclasses.replace(config, **given)
