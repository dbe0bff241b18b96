"""Resolve the date phrases of a sentence against the document date.

News prose dates events relative to the publication date: "on Friday" in an
article of Friday 2016-10-21 is 2016-10-21; "last December" is 2015-12.
Without a document date, relative phrases give nothing (never an invented date).

Examples
--------
>>> import datetime as dt
>>> d = dt.date(2016, 10, 21)
>>> resolve_date("Friday", d), resolve_date("last December", d), resolve_date("Oct. 21, 2016", None)
(('2016-10-21', 'day'), ('2015-12-01', 'month'), ('2016-10-21', 'day'))
>>> resolve_date("Friday", None) is None
True
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Optional

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
_ABS = re.compile(r"(?P<mon>[a-z]+)\.? (?P<day>\d{1,2})(?:st|nd|rd|th)?,? (?P<year>\d{4})")
_ABS2 = re.compile(r"(?P<day>\d{1,2}) (?P<mon>[a-z]+)\.? (?P<year>\d{4})")
_ISO = re.compile(r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})")
_MONTH_YEAR = re.compile(r"(?P<mon>[a-z]+)\.? (?P<year>\d{4})")
_YEAR = re.compile(r"(?:in )?(?P<year>(?:19|20)\d{2})")
_MONTH_DAY = re.compile(r"(?P<mon>[a-z]+)\.? (?P<day>\d{1,2})(?:st|nd|rd|th)?|(?P<day2>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?P<mon2>[a-z]+)\.?")
#: Phrases that can only point after the time of writing, whatever the verb's tense says ("officials *meet
#: tomorrow*", "when he visits Washington *next month*"); "the next day" and "the following week" are a
#: narrative's own time, not the writer's.
_FORWARD = re.compile(
    r"(?:on |by |from )?(?:tomorrow(?: morning| afternoon| evening| night)?|tonight|the day after tomorrow"
    r"|later (?:today|this (?:week|month|year))"
    r"|next (?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|(?:this|the) coming (?:week|weeks|month|months|days|weekend|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)"
    r"|in the (?:coming|next) (?:few )?(?:days|weeks|months)"
    r"|in (?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?)(?:'|’)? time)")

Resolved = tuple[str, str]


def period(value: str, precision: Optional[str]) -> tuple[str, str]:
    """The first and last day of an ISO date read at its precision (``day``, ``month``, ``year``).

    What an edge's ``gb:firstDate``/``gb:lastDate`` are made of: a mention dated "November 2016"
    may be about any day of that month, so it spans the whole month, whatever day the raw date has.

    >>> period("2015-12-01", "month"), period("2016-02-17", "month"), period("2015-06-30", "year")
    (('2015-12-01', '2015-12-31'), ('2016-02-01', '2016-02-29'), ('2015-01-01', '2015-12-31'))
    >>> period("2016-10-21", "day"), period("2016-10-21", None)
    (('2016-10-21', '2016-10-21'), ('2016-10-21', '2016-10-21'))
    """
    if precision == "year":
        return f"{value[:4]}-01-01", f"{value[:4]}-12-31"
    if precision == "month":
        year, month = int(value[:4]), int(value[5:7])
        return f"{value[:7]}-01", f"{value[:7]}-{calendar.monthrange(year, month)[1]:02d}"
    return value[:10], value[:10]


def _month_date(year: int, month: int) -> Resolved:
    return dt.date(year, month, 1).isoformat(), "month"


def _month_day(month: int, day: int, doc_date: dt.date, which: str) -> Optional[Resolved]:
    """A day named without its year ("April 29") as the one of the years around the document date that is
    ``last`` (on or before it: what happened), ``next`` (on or after it: what is planned) or ``nearest``."""
    days = []
    for year in (doc_date.year - 1, doc_date.year, doc_date.year + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:  # 29 February of a common year
            continue
    if which == "last":
        days = [d for d in days if d <= doc_date]
    elif which == "next":
        days = [d for d in days if d >= doc_date]
    if not days:
        return None
    return min(days, key=lambda d: abs((d - doc_date).days)).isoformat(), "day"


def points_forward(text: str, doc_date: Optional[dt.date] = None) -> bool:
    """Whether a date phrase names a time after the document was written.

    "tomorrow", "next week" and "in the coming days" always do; a calendar date does when it falls after
    the document date ("April 29" in a story of 10 April 1987, read as the nearer of the two April 29ths).

    >>> d = dt.date(1987, 4, 10)
    >>> points_forward("tomorrow"), points_forward("next month"), points_forward("the next day")
    (True, True, False)
    >>> points_forward("next week's"), points_forward("last week's")
    (True, False)
    >>> points_forward("April 29", d), points_forward("on April 2", d), points_forward("April 29")
    (True, False, False)
    >>> points_forward("May 1987", d), points_forward("1987", d), points_forward("March 1987", d)
    (True, False, False)
    """
    t = " ".join(text.lower().replace(",", ", ").split()).strip(" ,.")
    t = re.sub(r"\s*(?:'|’)s?$", "", t)  # "next week's visit"
    if _FORWARD.fullmatch(t):
        return True
    if doc_date is None:
        return False
    bare = re.sub(r"^(on|in|by|from|at) ", "", t)
    m = _MONTH_DAY.fullmatch(bare)
    if m and (m.group("mon") or m.group("mon2")) in MONTHS:
        try:
            found = _month_day(MONTHS[m.group("mon") or m.group("mon2")], int(m.group("day") or m.group("day2")),
                               doc_date, "nearest")
        except ValueError:
            return False
        return found is not None and found[0] > doc_date.isoformat()
    resolved = resolve_date(t, None)  # only what names its own year: relative phrases are handled above
    if resolved is None:
        return False
    return period(*resolved)[0] > doc_date.isoformat()


def resolve_date(text: str, doc_date: Optional[dt.date], future: bool = False) -> Optional[Resolved]:
    """Resolve a date phrase to ``(ISO date, precision)``; precision is ``day``, ``month`` or ``year``.

    Parameters
    ----------
    text
        The phrase ("Friday", "last December", "Oct. 21, 2016", "yesterday").
    doc_date
        The document date; relative phrases need it.
    future
        The event is planned: a bare weekday or month points forward, not back.

    A date out of the calendar's range ("December 0000", "yesterday" in a document
    dated 0001-01-01) resolves to nothing.

    >>> resolve_date("December 0000", None), resolve_date("yesterday", dt.date(1, 1, 1))
    (None, None)
    """
    try:
        return _resolve(text, doc_date, future)
    except (ValueError, OverflowError):
        return None


def _resolve(text: str, doc_date: Optional[dt.date], future: bool) -> Optional[Resolved]:
    t = " ".join(text.lower().replace(",", ", ").split()).strip(" ,.")
    t = re.sub(r"^(on|in|since|until|by|from|during|at) ", "", t)
    for rx in (_ABS, _ABS2, _ISO):
        m = rx.fullmatch(t)
        if m:
            mon = m.group("mon")
            month = int(mon) if mon.isdigit() else MONTHS.get(mon)
            try:
                return dt.date(int(m.group("year")), month, int(m.group("day"))).isoformat(), "day"
            except (TypeError, ValueError):
                return None
    m = _MONTH_YEAR.fullmatch(t)
    if m and m.group("mon") in MONTHS:
        return _month_date(int(m.group("year")), MONTHS[m.group("mon")])
    m = _YEAR.fullmatch(t)
    if m:
        return f"{m.group('year')}-01-01", "year"
    if doc_date is None:
        return None
    m = _MONTH_DAY.fullmatch(t)
    if m and (m.group("mon") or m.group("mon2")) in MONTHS:
        return _month_day(MONTHS[m.group("mon") or m.group("mon2")], int(m.group("day") or m.group("day2")),
                          doc_date, "next" if future else "last")
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return doc_date.isoformat(), "day"
    if t in ("yesterday", "last night"):
        return (doc_date - dt.timedelta(days=1)).isoformat(), "day"
    if t == "tomorrow":
        return (doc_date + dt.timedelta(days=1)).isoformat(), "day"
    words = t.split()
    qualifier = words[0] if len(words) == 2 and words[0] in ("last", "next", "this", "early", "late") else None
    core = words[-1] if qualifier else t
    if core in WEEKDAYS:
        delta = (doc_date.weekday() - WEEKDAYS.index(core)) % 7
        if (future and qualifier != "last") or qualifier == "next":
            ahead = (WEEKDAYS.index(core) - doc_date.weekday()) % 7
            return (doc_date + dt.timedelta(days=ahead or 7 if qualifier == "next" else ahead)).isoformat(), "day"
        if qualifier == "last" and delta == 0:
            delta = 7
        return (doc_date - dt.timedelta(days=delta)).isoformat(), "day"
    if core in MONTHS and core not in ("may", "mar"):
        month = MONTHS[core]
        if (future and qualifier != "last") or qualifier == "next":
            later = month > doc_date.month or (month == doc_date.month and qualifier != "next")
            year = doc_date.year if later else doc_date.year + 1
        else:
            earlier = month < doc_date.month or (month == doc_date.month and qualifier != "last")
            year = doc_date.year if earlier else doc_date.year - 1
        return _month_date(year, month)
    if t == "next month":
        first = (doc_date.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return _month_date(first.year, first.month)
    if t == "next year":
        return f"{doc_date.year + 1}-01-01", "year"
    if t in ("last week", "last month", "last year", "this year", "this month"):
        if t == "last year":
            return f"{doc_date.year - 1}-01-01", "year"
        if t == "this year":
            return f"{doc_date.year}-01-01", "year"
        if t == "this month":
            return _month_date(doc_date.year, doc_date.month)
        if t == "last month":
            first = doc_date.replace(day=1) - dt.timedelta(days=1)
            return _month_date(first.year, first.month)
        return None
    return None
