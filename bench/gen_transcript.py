#!/usr/bin/env python3
"""Writes a valid coach transcript with about N answers for bench/run.

The transcript follows docs/transcripts.md (format 1): a header line, then
one compact JSON object per line with sorted keys and no escaped slashes.
It answers bench/prompts/benchgoals.yaml: a name, then rounds of the `goal`
group (title, deadline, measure, "another?"), then the closing question, so
the answer count is 2 + 4 * rounds.

The header (script hash, locale) is copied from a transcript that coach
itself started over the same prompts (--header-from), so a replay sees an
unchanged script.

    gen_transcript.py --answers 4000 --header-from START.jsonl \
        --session 20260105-080000-be04 --out transcript.jsonl
"""

import argparse
import datetime as dt
import json

OFFSET = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2026, 1, 5, 9, 0, 0, tzinfo=OFFSET)
STEP = dt.timedelta(seconds=5)

TITLES = [
    "Get AWS certified by June {y}",
    "Give {k} talks about Swift performance at meetups",
    "Mentor {k} junior engineers through their first release",
    "Publish {k} blog posts on distributed tracing",
    "Lead the migration of the billing service to Postgres",
    "Read {k} books on management and write a note on each",
    "Reduce our build time by {k} percent this year",
    "Learn enough Go to review the platform team's pull requests",
]
MEASURES = [
    "certificate in my profile",
    "{k} talks given, tracked in a spreadsheet",
    "monthly check-ins with each mentee",
    "{k} posts published on the team blog",
    "all traffic on the new database, zero rollback",
    "a note per book in my wiki",
    "CI dashboard median under {k} minutes",
    "{k} reviews approved without rework",
]


def iso(moment):
    """ISO 8601 to the second with the UTC offset, as coach writes it."""
    return moment.isoformat(timespec="seconds")


def line(obj):
    """One transcript line: compact, sorted keys, '/' unescaped, UTF-8."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"


def deadline(round_number, now):
    """A deadline phrase and the day coach reads from it, after `now`."""
    kind = round_number % 3
    if kind == 0:
        weeks = 4 + round_number % 40
        return f"in {weeks} weeks", (now.date() + dt.timedelta(weeks=weeks)).isoformat()
    if kind == 1:
        return "end of Q3 2031", "2031-09-30"
    day = dt.date(2030, 1, 1) + dt.timedelta(days=round_number % 700)
    return day.isoformat(), day.isoformat()


def generate(answers, header, session, out):
    rounds = max(1, (answers - 2) // 4)
    header = dict(header, session=session, started=iso(START))
    clock = [START]

    def tick():
        clock[0] += STEP
        return iso(clock[0])

    count = 0
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(line(header))

        def qa(key, question, text, value):
            nonlocal count
            f.write(line({"at": tick(), "key": key, "text": question, "type": "asked"}))
            f.write(line({"at": tick(), "key": key, "text": text, "type": "answered",
                          "value": value}))
            count += 1

        f.write(line({"at": tick(), "text": "Benchmark: many goals in one session.",
                      "type": "said"}))
        qa("benchgoals.name", "What should I call you?", "Ada", "Ada")
        for r in range(1, rounds + 1):
            k = 2 + r % 9
            title = TITLES[r % len(TITLES)].format(k=k, y=2030 + r % 3)
            qa(f"benchgoals.title#{r}", f"Goal {r}: what do you want to achieve?", title, title)
            phrase, day = deadline(r, clock[0])
            qa(f"benchgoals.deadline#{r}", "By when?", phrase, day)
            measure = MEASURES[r % len(MEASURES)].format(k=k)
            qa(f"benchgoals.measure#{r}", "How will you track it?", measure, measure)
            more = r < rounds
            qa(f"benchgoals.goal#{r}", "Another goal, Ada?", "yes" if more else "no", more)
        qa("benchgoals.summary", "Which of these goals matters most?",
           "the certification", "the certification")
        f.write(line({"at": tick(), "finished": True, "type": "ended"}))
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, required=True)
    parser.add_argument("--header-from", required=True,
                        help="a transcript coach started over bench/prompts")
    parser.add_argument("--session", required=True, help="session id, YYYYMMDD-HHMMSS-xxxx")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    with open(args.header_from, encoding="utf-8") as f:
        header = json.loads(f.readline())
    print(generate(args.answers, header, args.session, args.out))


if __name__ == "__main__":
    main()
