"""JUnit XML, for CI systems that show test reports (Jenkins, GitLab,
Azure): one test suite per file, one failing test case per finding (named
by its code, at ``line:column``), a passing one for a clean file, an error
for a file that could not be read."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

# Characters XML 1.0 cannot hold, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", value))


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", value))


def _suite(result) -> str:
    path = _attr(result.path)
    if result.error:
        return (
            f'  <testsuite name={path} tests="1" failures="0" errors="1">\n'
            f'    <testcase name="notelint" classname={path}>\n'
            f"      <error message={_attr(result.error)}/>\n    </testcase>\n  </testsuite>\n"
        )
    if not result.diagnostics:
        return (
            f'  <testsuite name={path} tests="1" failures="0" errors="0">\n'
            f'    <testcase name="notelint" classname={path}/>\n  </testsuite>\n'
        )
    cases = []
    for d in result.diagnostics:
        line, column = result.source.position(d.start)
        cases.append(
            f'    <testcase name={_attr(f"{d.code} {d.name}")} classname={path} line="{line}">\n'
            f"      <failure message={_attr(d.message)} type={_attr(d.severity.label)}>"
            f"{_text(f'{result.path}:{line}:{column}: {d.code} {d.message}')}</failure>\n"
            f"    </testcase>\n"
        )
    count = len(result.diagnostics)
    return f'  <testsuite name={path} tests="{count}" failures="{count}" errors="0">\n{"".join(cases)}  </testsuite>\n'


def render_file(result, options) -> str:
    return _suite(result)


def report(results, options, fragments=None):
    """The document: its counts over every file, then each file's suite
    (``fragments``: rendered by the workers of --jobs)."""
    tests = sum(max(1, len(r.diagnostics)) for r in results)
    failures = sum(len(r.diagnostics) for r in results)
    errors = sum(1 for r in results if r.error)
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<testsuites name="notelint" tests="{tests}" failures="{failures}" errors="{errors}">\n'
    )
    for index, result in enumerate(results):
        yield fragments[index] if fragments else _suite(result)
    yield "</testsuites>\n"
