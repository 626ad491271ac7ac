"""rules/*.yaml -> Rule specs; selection by code prefix; safe message templates.

One rule, one place: a YAML entry holds code, name, kind, category, severity,
summary, message, suggestion, params, doc and pass/fail examples. Templates
are filled with plain field names only ("{gap_pct}"); attribute and index
access in a template is rejected, so rule text can never reach into objects.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.lexicon import load_yaml, rules_dir

CATEGORIES = ("malformed", "conflict", "arithmetic", "period", "direction", "plausibility", "reference")
SEVERITIES = ("info", "warning", "error")
CODE_RE = re.compile(r"^TC\d{3}$")
REQUIRED = ("code", "name", "kind", "category", "severity", "summary", "message", "doc")


class RuleError(ValueError):
    """A rule pack or configuration that cannot be used (exit 2)."""


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    kind: str
    category: str
    severity: str
    summary: str
    message: str
    doc: str
    suggestion: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    pack: str = ""

    def with_params(self, **overrides: Any) -> Rule:
        unknown = set(overrides) - set(self.params)
        if unknown:
            raise RuleError(f"{self.code}: unknown parameter(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(self.params))}")
        params = dict(self.params)
        for key, value in overrides.items():
            if type(value) is not type(params[key]) and not (isinstance(params[key], float) and isinstance(value, int)):
                raise RuleError(f"{self.code}: parameter {key} must be {type(params[key]).__name__}, got {value!r}")
            params[key] = value
        return Rule(**{**self.__dict__, "params": params})


_FORMATTER = string.Formatter()


def render(template: str, values: dict[str, Any]) -> str:
    """Fill a template whose fields were checked to be plain names at load time
    (template_fields), so the fast built-in str.format_map is safe here."""
    try:
        text = template.format_map(values)
    except KeyError as exc:
        raise RuleError(f"template uses unknown field {exc}") from None
    # One line, single plain spaces (a folded YAML template, a surface wrapped over two lines).
    # Split and join always: ~2 us a message, where a regex scan to see whether any change is needed took ~17 us.
    return " ".join(text.split())


def template_fields(template: str) -> set[str]:
    """The fields of a template; any that is not a plain name is an error."""
    fields = set()
    for _, name, spec, conversion in _FORMATTER.parse(template):
        if name is None:
            continue
        if conversion or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) or (spec and not re.fullmatch(r"[<>^]?\d*(?:\.\d+)?[fd%s]?", spec)):
            raise RuleError(f"template field {{{name}}} is not a plain name")
        fields.add(name)
    return fields


def _rule_from(entry: Any, pack: str) -> Rule:
    if not isinstance(entry, dict):
        raise RuleError(f"{pack}: each rule must be a mapping")
    missing = [k for k in REQUIRED if not entry.get(k)]
    where = f"{pack}: rule {entry.get('code', '?')}"
    if missing:
        raise RuleError(f"{where}: missing {', '.join(missing)}")
    unknown = set(entry) - set(REQUIRED) - {"suggestion", "params", "examples"}
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    if not CODE_RE.match(str(entry["code"])):
        raise RuleError(f"{where}: code must look like TC123")
    if entry["category"] not in CATEGORIES:
        raise RuleError(f"{where}: category must be one of {', '.join(CATEGORIES)}")
    if entry["severity"] not in SEVERITIES:
        raise RuleError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    for key in ("message", "suggestion"):
        if entry.get(key):
            template_fields(str(entry[key]))  # fails early on a malformed template
    return Rule(
        code=str(entry["code"]),
        name=str(entry["name"]),
        kind=str(entry["kind"]),
        category=str(entry["category"]),
        severity=str(entry["severity"]),
        summary=str(entry["summary"]).strip(),
        message=str(entry["message"]).strip(),
        doc=str(entry["doc"]).strip(),
        suggestion=str(entry.get("suggestion") or "").strip(),
        params=dict(entry.get("params") or {}),
        examples=dict(entry.get("examples") or {}),
        pack=pack,
    )


def load_rules(folder: Path | None = None) -> list[Rule]:
    """Every rule in the packs, sorted by code; codes must be unique."""
    from checker.kinds import KINDS

    folder = folder or rules_dir()
    rules: dict[str, Rule] = {}
    for path in sorted(folder.glob("*.yaml")):
        try:
            data = load_yaml(path)
        except Exception as exc:  # yaml errors carry their own position
            raise RuleError(f"{path.name}: not valid YAML: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
            raise RuleError(f"{path.name}: expected a mapping with a 'rules' list")
        for entry in data["rules"]:
            rule = _rule_from(entry, path.name)
            if rule.code in rules:
                raise RuleError(f"{path.name}: code {rule.code} already used in {rules[rule.code].pack}")
            if rule.kind not in KINDS:
                raise RuleError(f"{path.name}: rule {rule.code} has unknown kind {rule.kind!r}")
            rules[rule.code] = rule
    return [rules[c] for c in sorted(rules)]


def select_rules(rules: list[Rule], select: list[str] | None = None, ignore: list[str] | None = None) -> tuple[list[Rule], list[tuple[Rule, str]]]:
    """Rules to run and (rule, reason) skipped, by code prefix ("TC2", "TC101")."""
    for prefix in (select or []) + (ignore or []):
        if not re.fullmatch(r"TC\d{0,3}", prefix) or not any(r.code.startswith(prefix) for r in rules):
            raise RuleError(f"no rule code starts with {prefix!r}")
    chosen: list[Rule] = []
    skipped: list[tuple[Rule, str]] = []
    for rule in rules:
        if select and not any(rule.code.startswith(p) for p in select):
            skipped.append((rule, "not selected"))
        elif ignore and any(rule.code.startswith(p) for p in ignore):
            skipped.append((rule, "ignored"))
        else:
            chosen.append(rule)
    return chosen, skipped


def rule_doc(rule: Rule) -> str:
    """A rule's documentation, generated from its YAML entry."""
    lines = [f"{rule.code} {rule.name}", "", f"  {rule.summary}", ""]
    lines += [f"  category: {rule.category}    severity: {rule.severity}    kind: {rule.kind}    pack: {rule.pack}", ""]
    lines += ["  " + line if line else "" for line in rule.doc.splitlines()]
    if rule.params:
        lines += ["", "  Parameters (defaults):"]
        lines += [f"    {key}: {value}" for key, value in rule.params.items()]
    for outcome, title in (("fail", "Flagged"), ("pass", "Not flagged")):
        examples = rule.examples.get(outcome) or []
        if examples:
            lines += ["", f"  {title}:"]
            for example in examples:
                date = f" (dated {example['date']})" if example.get("date") else ""
                lines.append(f"    - {' '.join(str(example['text']).split())}{date}")
    return "\n".join(lines) + "\n"
