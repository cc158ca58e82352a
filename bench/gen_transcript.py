#!/usr/bin/env python3
"""Writes a valid coach transcript with about N answers for bench/run.

The transcript follows docs/transcripts.md (format 1): a header line, then
one compact JSON object per line with sorted keys and no escaped slashes.
It answers the benchgoals script it writes with --script: a name, then
rounds of the `goal_1`, `goal_2`, ... groups (title, deadline, measure,
"another?"; a group holds 100 rounds, the parser's limit, and the next one
runs only after a full one), then the closing question: about 2 + 4 *
rounds answers. With --input it writes the same answers as lines for a live
session over a pipe; with --says, a script of N say steps.

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


ROUNDS = 100  # a group's most rounds (ScriptParser.maxRounds)


def script(groups):
    """benchgoals.yaml with `groups` groups of up to ROUNDS rounds each.

    A group holds at most ROUNDS rounds (the parser's limit), so a long
    session runs through several: goal_1, goal_2, ...
    """
    out = [
        "# Written by bench/gen_transcript.py for bench/run: repeating groups of",
        "# SMART goals, with the shapes a long real session has (a checked goal,",
        "# a date, a text, the group's \"another?\" question) and a count() after.",
        "id: benchgoals",
        "title: Benchmark goals",
        "summary: Long repeating groups for bench/run; not a coaching script.",
        "steps:",
        '  - say: "Benchmark: many goals in one session."',
        "  - id: name",
        '    ask: "What should I call you?"',
        "    type: text",
        "    plan: profile.name",
    ]
    # The date and the measure fill no SMART part of the goal (no plan:
    # goal.deadline / goal.measure), so the walk asks them whatever the
    # title says and a live run's answers line up.
    for g in range(1, groups + 1):
        out += [f"  - group: goal_{g}"]
        if g > 1:  # only after a full group
            out += [f"    when: count(goal_{g - 1}) > {ROUNDS - 1}"]
        out += [
            "    min: 1",
            f"    max: {ROUNDS}",
            '    more: "Another goal, {name}?"',
            "    steps:",
            f"      - id: title_{g}",
            '        ask: "Goal {round}: what do you want to achieve?"',
            "        type: text",
            "        check: smart",
            "        followup: false",
            "        plan: goal.title",
            f"      - id: deadline_{g}",
            '        ask: "By when?"',
            "        type: date",
            f"      - id: measure_{g}",
            '        ask: "How will you track it?"',
            "        type: text",
        ]
    out += [
        "  - id: summary",
        '    ask: "Which of these goals matters most?"',
        "    type: text",
        "    when: count(goal_1) > 1",
    ]
    return "\n".join(out) + "\n"


def says(count):
    """A script of `count` say steps and one question."""
    out = ["id: says", "title: Many says", "summary: A long script for bench/run.", "steps:"]
    out += [f'  - say: "Line {i}."' for i in range(count)]
    out += ["  - id: done", '    ask: "Done?"', "    type: text"]
    return "\n".join(out) + "\n"


def groups_for(answers):
    """Groups the script needs for about `answers` answers."""
    return max(1, -(-max(1, (answers - 2) // 4) // ROUNDS))


def answers_of(answers, unique=False):
    """(key, question, text, value) of about `answers` answers, in order.

    The titles repeat (eight templates and a few numbers), as a person's
    goals resemble each other; with `unique` every title is new (it ends
    with its round), so no analysis of one goal's words serves another.
    """
    rounds = max(1, (answers - 2) // 4)
    if rounds % ROUNDS == 0:
        rounds -= 1  # a full last group would let the next one in
    yield "benchgoals.name", "What should I call you?", "Ada", "Ada"
    clock = START
    for r in range(1, rounds + 1):
        g, n = (r - 1) // ROUNDS + 1, (r - 1) % ROUNDS + 1
        k = 2 + r % 9
        title = TITLES[r % len(TITLES)].format(k=k, y=2030 + r % 3)
        if unique:
            title += f" (goal {r})"
        yield f"benchgoals.title_{g}#{n}", f"Goal {n}: what do you want to achieve?", title, title
        phrase, day = deadline(r, clock)
        yield f"benchgoals.deadline_{g}#{n}", "By when?", phrase, day
        measure = MEASURES[r % len(MEASURES)].format(k=k)
        yield f"benchgoals.measure_{g}#{n}", "How will you track it?", measure, measure
        if n < ROUNDS:  # a full group asks no more
            more = r < rounds
            yield f"benchgoals.goal_{g}#{n}", "Another goal, Ada?", "yes" if more else "no", more
    yield ("benchgoals.summary", "Which of these goals matters most?", "the certification",
           "the certification")


def generate(answers, header, session, out, unique=False):
    header = dict(header, session=session, started=iso(START))
    clock = [START]

    def tick():
        clock[0] += STEP
        return iso(clock[0])

    count = 0
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(line(header))
        f.write(line({"at": tick(), "text": "Benchmark: many goals in one session.",
                      "type": "said"}))
        for key, question, text, value in answers_of(answers, unique):
            f.write(line({"at": tick(), "key": key, "text": question, "type": "asked"}))
            f.write(line({"at": tick(), "key": key, "text": text, "type": "answered",
                          "value": value}))
            count += 1
        f.write(line({"at": tick(), "finished": True, "type": "ended"}))
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, required=True)
    parser.add_argument("--header-from", help="a transcript coach started over bench/prompts")
    parser.add_argument("--session", help="session id, YYYYMMDD-HHMMSS-xxxx")
    parser.add_argument("--out", help="the transcript to write")
    parser.add_argument("--script", help="write benchgoals.yaml for --answers here")
    parser.add_argument("--input", help="write the answers, one a line, here (a live run)")
    parser.add_argument("--says", help="write a script of --answers say steps here")
    parser.add_argument("--unique-goals", action="store_true",
                        help="make every goal title new (no analysis is reused)")
    args = parser.parse_args()
    if args.script:
        with open(args.script, "w", encoding="utf-8") as f:
            f.write(script(groups_for(args.answers)))
    if args.says:
        with open(args.says, "w", encoding="utf-8") as f:
            f.write(says(args.answers))
    if args.input:
        with open(args.input, "w", encoding="utf-8") as f:
            count = 0
            for _, _, text, _ in answers_of(args.answers, args.unique_goals):
                f.write(text + "\n")
                count += 1
        print(count)
    if args.out:
        with open(args.header_from, encoding="utf-8") as f:
            header = json.loads(f.readline())
        print(generate(args.answers, header, args.session, args.out, args.unique_goals))


if __name__ == "__main__":
    main()
