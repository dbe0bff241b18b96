import datetime as dt

import pytest

from graphbuilder.temporal import points_forward, resolve_date

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


def test_a_day_without_its_year_is_the_last_one_or_the_next_one():
    d = dt.date(1987, 4, 10)
    assert resolve_date("April 29", d) == ("1986-04-29", "day")
    assert resolve_date("April 29", d, future=True) == ("1987-04-29", "day")
    assert resolve_date("on April 2", d) == ("1987-04-02", "day")
    assert resolve_date("29 April", d, future=True) == ("1987-04-29", "day")
    assert resolve_date("April 29", None) is None
    assert resolve_date("February 29", dt.date(1987, 4, 10)) is None  # no such day in the years around


def test_next_month_and_next_year():
    assert resolve_date("next month", dt.date(2016, 12, 20)) == ("2017-01-01", "month")
    assert resolve_date("next year", dt.date(2016, 12, 20)) == ("2017-01-01", "year")


@pytest.mark.parametrize("text, doc_date, expected", [
    ("tomorrow", None, True), ("next week", None, True), ("in the coming days", None, True),
    ("later this month", None, True), ("in two weeks' time", None, True), ("next Tuesday", None, True),
    ("the next day", None, False), ("the following week", None, False), ("last week", None, False),
    ("April 29", "1987-04-10", True), ("April 2", "1987-04-10", False), ("April 29", None, False),
    ("May 1987", "1987-04-10", True), ("1988", "1987-04-10", True), ("March 1987", "1987-04-10", False),
    ("Oct. 21, 2016", "2016-10-21", False), ("Oct. 22, 2016", "2016-10-21", True),
])
def test_points_forward(text, doc_date, expected):
    assert points_forward(text, dt.date.fromisoformat(doc_date) if doc_date else None) is expected
