"""JUnit XML: a test suite per document, a test case per rule; a rule's
findings in that document are its failures (errors for error severity).
A clean document is a suite of passing cases, so CI dashboards show green."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from checker.findings import Finding
from checker.report import Report


def render(report: Report, *, fail_on: str = "error", color: bool = False) -> str:
    by_doc_rule: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in report.findings:
        doc = finding.locations[0].doc if finding.locations else ""
        by_doc_rule[(doc, finding.code)].append(finding)
    root = ET.Element("testsuites", name="tradecheck")
    total = failed = 0
    for document in report.documents:
        suite = ET.SubElement(root, "testsuite", name=document.path)
        suite_failures = 0
        for rule in report.rules_run:
            case = ET.SubElement(suite, "testcase", classname=document.path, name=f"{rule.code} {rule.name}")
            findings = by_doc_rule.get((document.path, rule.code), [])
            if findings:
                suite_failures += 1
            for finding in findings:
                loc = finding.locations[0]
                tag = "failure"
                element = ET.SubElement(case, tag, type=finding.severity, message=f"{loc.label}: {finding.message}")
                element.text = f"{loc.doc}:{loc.line}:{loc.col} {finding.code} {finding.message}\nsuggestion: {finding.suggestion}"
        suite.set("tests", str(len(report.rules_run)))
        suite.set("failures", str(suite_failures))
        suite.set("errors", "0")
        total += len(report.rules_run)
        failed += suite_failures
    for problem in report.problems:
        if problem.level != "error":
            continue
        suite = ET.SubElement(root, "testsuite", name=problem.path, tests="1", failures="0", errors="1")
        case = ET.SubElement(suite, "testcase", classname=problem.path, name="read document")
        ET.SubElement(case, "error", type="input", message=problem.message)
        total += 1
    root.set("tests", str(total))
    root.set("failures", str(failed))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
