import datetime as dt

import pytest

from graphbuilder.temporal import resolve_date

FRI = dt.date(2016, 10, 21)


@pytest.mark.parametrize("text, expected", [
    ("Friday", ("2016-10-21", "day")),
    ("on Friday", ("2016-10-21", "day")),
    ("Monday", ("2016-10-17", "day")),
    ("yesterday", ("2016-10-20", "day")),
    ("last December", ("2015-12-01", "month")),
    ("July", ("2016-07-01", "month")),
    ("Oct. 21, 2016", ("2016-10-21", "day")),
    ("21 October 2016", ("2016-10-21", "day")),
    ("March 2014", ("2014-03-01", "month")),
    ("2014", ("2014-01-01", "year")),
])
def test_past_dates(text, expected):
    assert resolve_date(text, FRI) == expected


def test_future_points_forward():
    assert resolve_date("Monday", FRI, future=True) == ("2016-10-24", "day")
    assert resolve_date("next Friday", FRI) == ("2016-10-28", "day")


def test_no_document_date_never_invents_one():
    assert resolve_date("Friday", None) is None
    assert resolve_date("last December", None) is None
    assert resolve_date("the need", FRI) is None
