"""Great Expectations Data Docs for a run: the rulebook as an expectation suite.

Each rule is an expectation over the figures table: a per-rule column says
whether a figure was flagged, the expectation wants it False, the rule's
summary is the description and its doc the notes, and the flagged figures are
the unexpected rows, named by figure id. Rules below ``--fail-on`` get
``mostly=0``: their rows are listed but they cannot fail the suite, so GX's
verdict is the gate's verdict. Native expectations check the table contract.

GX is imported here only (it takes seconds to import). Document text is
untrusted and GX writes values into HTML unescaped, so every text value is
escaped before it reaches GX.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from checker.figures import COLUMNS
from checker.findings import SEVERITY_RANK
from checker.report import Report

SUITE = "tradecheck"


class DocsError(RuntimeError):
    """GX could not evaluate an expectation or write the site (exit 2)."""


@dataclass(frozen=True)
class DocsResult:
    index: Path
    success: bool
    evaluated: int
    failed: list[str]


def gx_table(report: Report) -> pd.DataFrame:
    """The figures table as GX sees it: text escaped, one flag column per rule."""
    frame = report.figures[COLUMNS].copy()
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].map(lambda v: html.escape(v) if isinstance(v, str) else v)
    frame["period_start"] = frame["period_start"].astype("datetime64[ns]")
    frame["period_end"] = frame["period_end"].astype("datetime64[ns]")
    flagged: dict[str, set[str]] = {}
    for finding in report.findings:
        flagged.setdefault(finding.code, set()).update(finding.figures)
    for rule in report.rules_run:
        frame[f"flag_{rule.code}"] = frame["id"].isin(flagged.get(rule.code, set()))
    return frame


def _expectations(report: Report, fail_on: str) -> list[Any]:
    import great_expectations as gx
    import pycountry

    from checker.rulebook import rules_dir

    E = gx.expectations
    threshold = SEVERITY_RANK.get(fail_on, 99)
    iso = sorted(c.alpha_3 for c in pycountry.currencies)
    contract = [
        E.ExpectColumnValuesToNotBeNull(column="id", description="Every figure has an id."),
        E.ExpectColumnValuesToBeUnique(column="id", description="Figure ids are unique in a run."),
        E.ExpectColumnValuesToBeInSet(column="kind", value_set=["money", "percent"], description="A figure is money or a percentage."),
        E.ExpectColumnValuesToNotBeNull(column="value", description="Every figure has a value."),
        E.ExpectColumnValuesToBeInSet(column="currency", value_set=iso, description="Currencies are ISO 4217 codes (null for percentages)."),
        E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="value_high",
            column_B="value_low",
            or_equal=True,
            ignore_row_if="either_value_is_missing",
            description="A figure's interval is not empty (high >= low).",
        ),
        E.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="period_end",
            column_B="period_start",
            or_equal=True,
            ignore_row_if="either_value_is_missing",
            description="A period ends on or after it starts.",
        ),
    ]
    rules = []
    for rule in report.rules_run:
        gating = SEVERITY_RANK[rule.severity] >= threshold
        rules.append(
            E.ExpectColumnValuesToBeInSet(
                column=f"flag_{rule.code}",
                value_set=[False],
                mostly=1.0 if gating else 0.0,
                description=html.escape(f"{rule.code} {rule.name} ({rule.severity}): {rule.summary}"),
                notes=html.escape(rule.doc),
                meta={"code": rule.code, "severity": rule.severity, "gating": gating, "rules": str(rules_dir().name)},
            )
        )
    return contract + rules


def _raised(result: Any) -> str | None:
    """GX reports a broken expectation as success=False with exception_info
    in one of two shapes; find it in either."""
    info = getattr(result, "exception_info", None) or {}
    if isinstance(info, dict):
        if info.get("raised_exception"):
            return str(info.get("exception_message") or "expectation raised")
        for value in info.values():
            if isinstance(value, dict) and value.get("raised_exception"):
                return str(value.get("exception_message") or "expectation raised")
    return None


def build_data_docs(report: Report, out_dir: Path, *, fail_on: str = "error", run_name: str = "tradecheck") -> DocsResult:
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    logging.getLogger("great_expectations.data_context.types.base").setLevel(logging.WARNING)
    out_dir = out_dir.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    context.update_data_docs_site(
        "local_site",
        {  # type: ignore[typeddict-unknown-key]
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(out_dir)},
        },
    )
    frame = gx_table(report)
    batch = context.data_sources.add_or_update_pandas("tradecheck").add_dataframe_asset("figures").add_batch_definition_whole_dataframe("run")
    suite = context.suites.add(gx.ExpectationSuite(name=SUITE, expectations=_expectations(report, fail_on)))
    validation = context.validation_definitions.add(gx.ValidationDefinition(name="figures", data=batch, suite=suite))
    checkpoint = context.checkpoints.add(
        gx.Checkpoint(
            name="tradecheck",
            validation_definitions=[validation],
            actions=[gx.checkpoint.UpdateDataDocsAction(name="docs", site_names=["local_site"])],
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": ["id"]},
        )
    )
    outcome = checkpoint.run(batch_parameters={"dataframe": frame}, run_id=gx.RunIdentifier(run_name=run_name))
    evaluated = 0
    failed: list[str] = []
    for validation_result in outcome.run_results.values():
        for result in validation_result.results:
            evaluated += 1
            problem = _raised(result)
            config = result.expectation_config
            if config is None:
                raise DocsError("GX returned a result without its expectation")
            if problem:
                raise DocsError(f"expectation {config.type} on {config.kwargs.get('column', '')} could not run: {problem}")
            if not result.success:
                failed.append(str((config.meta or {}).get("code") or config.kwargs.get("column") or config.type))
    index = out_dir / "index.html"
    if not index.is_file() or not any(out_dir.glob("validations/**/*.html")):
        raise DocsError(f"Data Docs were not written to {out_dir}")
    return DocsResult(index, bool(outcome.success), evaluated, sorted(failed))
