"""Assertions for MLOps Lab's graded tests that carry the expected and the actual value.

The extension shows them as a diff in VS Code's Testing view. A plain ``assert`` works too; these only
add the two values to the report.
"""

import math


class ExpectationFailed(AssertionError):
    """An assertion that knows what was expected and what came out."""

    def __init__(self, what, expected, actual):
        super().__init__(f"{what}: expected {expected!r}, got {actual!r}")
        self.what = what
        self.expected = repr(expected)
        self.actual = repr(actual)


def expect_equal(actual, expected, what="value"):
    if actual != expected:
        raise ExpectationFailed(what, expected, actual)


def expect_close(actual, expected, tol=1e-6, what="value"):
    try:
        ok = math.isclose(float(actual), float(expected), rel_tol=0.0, abs_tol=tol)
    except (TypeError, ValueError):
        ok = False
    if not ok:
        raise ExpectationFailed(f"{what} (within {tol})", expected, actual)


def expect_true(condition, what):
    if not condition:
        raise ExpectationFailed(what, True, condition)
