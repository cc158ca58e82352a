#!/usr/bin/env python3
"""Runs two Python date parsers over the deadline phrases `coach` is tested on.

The phrases and their expected days (for today = 2026-11-25) are in
Tests/CoachCoreTests/Fixtures/deadline-phrases.tsv; the Swift test
DeadlinePhraseFixtureTests prints the Swift parser's score on the same file.
A parser is right only when it gives exactly the expected day, or gives no
day where the phrase names none. Each parser gets its fairest settings:
future dates preferred, the same relative base, day-first for ambiguous
numeric dates (the convention `coach` documents). dateparser is scored twice:
as it comes, and with a helping hand that moves a parse of a bare month or
year to the period's last day ("by March 2027" is 2027-03-31), using the
period dateparser itself reports.

Another file of the same shape can be given instead, such as the blind sets
(Tests/CoachCoreTests/Fixtures/heldout/ and blind2/). For a file under a
folder named "blind" no phrase is ever printed, -v or not: that set must be
read only as a total, so nobody tunes on it.

Usage: pip install dateparser parsedatetime &&
       python3 bench/deadline_compare.py [-v] [--today YYYY-MM-DD] [--month-first]
                                         [FIXTURE.tsv]

--today sets the day the phrases count from (default 2026-11-25; the third
blind set, Fixtures/blind3/, was written for 2026-12-02). --month-first reads
ambiguous numeric dates month first, for a set labelled under en_US
(Fixtures/blind5/), as `coach` does under that locale; parsedatetime reads
them month first either way (its en_US default).
"""

import datetime
import pathlib
import sys
import warnings

warnings.filterwarnings("ignore")

TODAY = datetime.datetime(2026, 11, 25, 12, 0, 0)
DATE_ORDER = "DMY"
FIXTURE = (pathlib.Path(__file__).resolve().parent.parent
           / "Tests/CoachCoreTests/Fixtures/deadline-phrases.tsv")


def rows(fixture):
    lines = fixture.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines if "\t" in line]


def with_dateparser(snap_to_period_end):
    import calendar

    from dateparser.date import DateDataParser

    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": TODAY,
        "DATE_ORDER": DATE_ORDER,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parser = DateDataParser(languages=["en"], settings=settings)

    def parse(phrase):
        data = parser.get_date_data(phrase)
        d = data.date_obj
        if d is None:
            return "none"
        # dateparser says when only a month or a year was named ("March
        # 2027", "2027"); such a parse has no time of day, while a relative
        # one ("in 6 months") carries the base's noon. Snap the former to
        # the period's end, as `coach` reads "by March 2027".
        absolute = (d.hour, d.minute) == (0, 0)
        if snap_to_period_end and absolute and data.period == "month":
            d = d.replace(day=calendar.monthrange(d.year, d.month)[1])
        elif snap_to_period_end and absolute and data.period == "year":
            d = d.replace(month=12, day=31)
        return d.date().isoformat()

    return parse


def with_parsedatetime():
    import parsedatetime

    cal = parsedatetime.Calendar(version=parsedatetime.VERSION_CONTEXT_STYLE)

    def parse(phrase):
        result, ctx = cal.parseDT(phrase, sourceTime=TODAY)
        return result.date().isoformat() if ctx.hasDate else "none"

    return parse


def main():
    global TODAY, DATE_ORDER
    args = [a for a in sys.argv[1:] if a != "-v"]
    if "--month-first" in args:
        DATE_ORDER = "MDY"
        args.remove("--month-first")
    if "--today" in args:
        at = args.index("--today")
        day = datetime.date.fromisoformat(args[at + 1])
        TODAY = datetime.datetime(day.year, day.month, day.day, 12, 0, 0)
        del args[at:at + 2]
    fixture = pathlib.Path(args[0]) if args else FIXTURE
    blind = any(part.startswith("blind") for part in fixture.resolve().parts)
    verbose = "-v" in sys.argv and not blind
    data = rows(fixture)
    print(f"{fixture.name} ({fixture.parent.name}): {len(data)} phrases,"
          f" today {TODAY.date().isoformat()}")
    parsers = [
        ("dateparser", lambda: with_dateparser(False)),
        ("dateparser+period-end", lambda: with_dateparser(True)),
        ("parsedatetime", with_parsedatetime),
    ]
    for name, make in parsers:
        parse = make()
        right = 0
        for phrase, expected in data:
            try:
                got = parse(phrase)
            except Exception as error:  # a crash counts as wrong
                got = f"error: {error}"
            if got == expected:
                right += 1
            elif verbose:
                print(f"  {name} wrong: {phrase!r}: got {got}, want {expected}")
        print(f"{name}: {right}/{len(data)} right ({100 * right / len(data):.1f}%)")


if __name__ == "__main__":
    main()
