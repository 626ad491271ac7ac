"""tradecheck command line: thin click commands around the library.

stdout carries only the report; messages go to stderr. Exit codes: 0 clean,
1 findings at or above --fail-on, 2 usage, configuration or input error.
"""

from __future__ import annotations

import datetime as dt
import sys

import click

from checker import __version__

FORMATS_CHECK = ("auto", "text", "json", "sarif", "junit", "github", "html")
FAIL_ON = ("error", "warning", "info", "never")


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _config(select: tuple[str, ...], ignore: tuple[str, ...], date: dt.date | None, max_file_size: float | None, config_path: str | None, jobs: int | None):  # type: ignore[no-untyped-def]
    """Settings from the configuration file, overridden by the options given."""
    from pathlib import Path

    from checker.config import ConfigError, load, override

    try:
        settings = load(Path(config_path) if config_path else None)
    except ConfigError as exc:
        _fail(str(exc))
    split = [p.strip().upper() for s in select for p in s.split(",") if p.strip()]
    skip = [p.strip().upper() for s in ignore for p in s.split(",") if p.strip()]
    size = int(max_file_size * 1024 * 1024) if max_file_size else None
    return override(settings, select=split, ignore=skip, date=date, max_file_size=size, jobs=jobs)


def _fail(message: str) -> None:
    click.echo(f"tradecheck: error: {message}", err=True)
    sys.exit(2)


def _common(func):  # type: ignore[no-untyped-def]
    options = [
        click.option("--date", callback=_date, help="Document date (YYYY-MM-DD) for files that do not state one."),
        click.option("--max-file-size", type=click.FloatRange(min=0.001), default=None, help="Largest document read, in MB [default: 32]."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Settings file [default: nearest pyproject.toml]."),
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=None, help="Processes that extract figures; 0: one per core [default: 1]."),
        click.option(
            "--stdin-filename",
            default="<stdin>",
            show_default=True,
            help="Name of the document read from standard input (the path -); its suffix picks the format (.html, .pdf, .csv).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


class _Guarded(click.Group):
    """A bug must not print a wall of traceback into a CI log: one line that
    says what failed and where, exit 2 (set TRADECHECK_DEBUG=1 for the traceback)."""

    def invoke(self, ctx: click.Context) -> object:
        import os

        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("TRADECHECK_DEBUG"):
                raise
            import traceback

            frame = traceback.extract_tb(exc.__traceback__)[-1]
            where = f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}"
            click.echo(f"tradecheck: internal error: {type(exc).__name__}: {str(exc)[:200]} (at {where}; please report it, "
                       "with TRADECHECK_DEBUG=1 for the traceback)", err=True)  # fmt: skip
            sys.exit(2)


@click.group(cls=_Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tradecheck")
def main() -> None:
    """Check trade figures in documents: malformed numbers, conflicts, inconsistencies."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS_CHECK),
    default="auto",
    show_default=True,
    help="Report format; auto: GitHub annotations under GitHub Actions, else text.",
)
@click.option("--baseline", "baseline", type=click.Path(dir_okay=False), help="Known findings (from --write-baseline) pass; new ones fail.")
@click.option("--reference", "reference", type=click.Path(dir_okay=False), help="CSV of official figures to compare claims with.")
@click.option("--fx", "fx_file", type=click.Path(dir_okay=False), help="CSV of exchange rates (currency, year, per_usd) over the shipped table.")
@click.option("--write-baseline", "write_baseline_to", type=click.Path(dir_okay=False), help="Record today's findings as the baseline.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None, help="Lowest severity that makes the exit code 1 [default: error].")
@click.option("--select", multiple=True, help="Run only rules whose code starts with these (comma-separated, e.g. TC1,TC202).")
@click.option("--ignore", multiple=True, help="Skip rules whose code starts with these.")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: only on a terminal).")
@_common
def check(
    paths: tuple[str, ...], fmt: str, baseline: str | None, reference: str | None, fx_file: str | None, write_baseline_to: str | None, fail_on: str,
    select: tuple[str, ...], ignore: tuple[str, ...], color: bool | None, date: dt.date | None, max_file_size: float | None,
    config_path: str | None, jobs: int | None, stdin_filename: str,
) -> None:  # fmt: skip
    """Check documents (files, folders, or - for standard input) and report findings."""
    import os
    from pathlib import Path

    from checker.baseline import BaselineError, apply_baseline, load_baseline, write_baseline
    from checker.config import override
    from checker.fx import FxError
    from checker.pipeline import check as run_check
    from checker.reference import ReferenceError
    from checker.reporters import get_reporter, resolve_format
    from checker.rulebook import RuleError

    config = _config(select, ignore, date, max_file_size, config_path, jobs)
    config = override(config, reference=reference, fx=fx_file)
    fail_on = fail_on or config.fail_on
    try:
        known = load_baseline(Path(baseline)) if baseline else None
        report = run_check(list(paths), config, progress=_progress(), stdin_name=stdin_filename)
    except (RuleError, BaselineError, ReferenceError, FxError) as exc:
        _fail(str(exc))
        return
    _end_progress()
    for problem in report.problems:
        click.echo(f"tradecheck: {problem.level}: {problem}", err=True)
    if write_baseline_to:
        write_baseline(report, Path(write_baseline_to))
        click.echo(f"tradecheck: wrote {len(report.findings)} findings to {write_baseline_to}", err=True)
    if known is not None:
        apply_baseline(report, known)
    use_color = sys.stdout.isatty() if color is None else color
    click.echo(get_reporter(resolve_format(fmt, dict(os.environ)))(report, fail_on=fail_on, color=use_color), nl=False)
    sys.exit(2 if report.input_failed() else 0 if write_baseline_to else report.exit_code(fail_on))


def _progress():  # type: ignore[no-untyped-def]
    """A one-line progress note on stderr, only on a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(path: str) -> None:
        sys.stderr.write(f"\r\x1b[Kchecking {path[-70:]}")
        sys.stderr.flush()

    return show


def _end_progress() -> None:
    if sys.stderr.isatty():  # the progress line is only ever drawn on a terminal
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(("jsonl", "csv")), default="jsonl", show_default=True)
@_common
def extract(
    paths: tuple[str, ...], fmt: str, date: dt.date | None, max_file_size: float | None, config_path: str | None, jobs: int | None, stdin_filename: str
) -> None:
    """Print the figures table of documents (JSON lines or CSV)."""
    from checker import fx
    from checker.figures import COLUMNS, to_jsonl
    from checker.pipeline import extract_documents, read_all

    config = _config((), (), date, max_file_size, config_path, jobs)
    documents, problems = read_all(list(paths), config, stdin_name=stdin_filename)
    for problem in problems:
        click.echo(f"tradecheck: {problem.level}: {problem}", err=True)
    try:
        table = fx.to_usd(extract_documents(documents, config.jobs), fx.load_rates(config.fx))[COLUMNS]
    except fx.FxError as exc:
        _fail(str(exc))
        return
    if fmt == "csv":
        click.echo(table.to_csv(index=False, lineterminator="\n"), nl=False)
    else:
        click.echo(to_jsonl(table), nl=False)
    sys.exit(2 if any(p.level == "error" for p in problems) else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="out/docs", show_default=True, help="Folder for the Data Docs site.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None, help="Rules at or above this severity can fail the suite [default: error].")
@_common
def docs(
    paths: tuple[str, ...], out_dir: str, fail_on: str | None, date: dt.date | None, max_file_size: float | None, config_path: str | None, jobs: int | None,
    stdin_filename: str,
) -> None:  # fmt: skip
    """Build Great Expectations Data Docs for documents (needs the docs extra)."""
    from pathlib import Path

    from checker.pipeline import check as run_check
    from checker.rulebook import RuleError

    try:
        from checker.reporters.gx_docs import DocsError, build_data_docs
    except ImportError:
        _fail("Great Expectations is not installed: pip install 'tradecheck[docs]'")
        return
    config = _config((), (), date, max_file_size, config_path, jobs)
    fail_on = fail_on or config.fail_on
    try:
        report = run_check(list(paths), config, stdin_name=stdin_filename)
    except RuleError as exc:
        _fail(str(exc))
        return
    for problem in report.problems:
        click.echo(f"tradecheck: {problem.level}: {problem}", err=True)
    try:
        result = build_data_docs(report, Path(out_dir), fail_on=fail_on)
    except DocsError as exc:
        _fail(str(exc))
        return
    verdict = "passed" if result.success else "failed: " + ", ".join(result.failed)
    click.echo(f"{result.index}")
    click.echo(f"tradecheck: {result.evaluated} expectations, suite {verdict}", err=True)
    sys.exit(2 if report.input_failed() else 0 if result.success else 1)


@main.command(name="rules")
def rules_command() -> None:
    """List the rule catalogue."""
    from checker.rulebook import RuleError, load_rules

    try:
        rules = load_rules()
    except RuleError as exc:
        _fail(str(exc))
    for rule in rules:
        click.echo(f"{rule.code}  {rule.name:<32} {rule.severity:<8} {rule.category:<12} {rule.summary}")


@main.command(name="rule")
@click.argument("code")
def rule_command(code: str) -> None:
    """Show one rule's documentation and examples."""
    from checker.rulebook import RuleError, load_rules, rule_doc

    try:
        rules = {r.code: r for r in load_rules()}
    except RuleError as exc:
        _fail(str(exc))
    rule = rules.get(code.upper())
    if rule is None:
        _fail(f"no rule {code!r}; `tradecheck rules` lists them")
        return
    click.echo(rule_doc(rule), nl=False)


if __name__ == "__main__":
    main()
