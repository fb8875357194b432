"""Set a new round's date gold to the conventions the earlier rounds' gold holds (the dev majority):
"هذا الأسبوع" = the publication day, week precision; "الأسابيع/الأشهر الماضية/الأخيرة" = the publication day,
month precision; "الأيام الماضية/الأخيرة" (no number) = publication - 3, week precision. Only lines that gave
a date are touched (a null stays null: a future week, a duration). Prints each change, from the gold alone.

    python eval/dates/conventions.py OUT.jsonl ROUND_A.jsonl ROUND_B.jsonl
"""
import json, re, sys
from datetime import date, timedelta
RULES = [
    (re.compile(r"^(?:خلال\s+|في\s+)?(?:هذا|هذه)\s+ال[أا]سبوع$"), lambda p: (p, 2)),
    (re.compile(r"^(?:خلال\s+|في\s+)?ال(?:أسابيع|اسابيع|أشهر|اشهر|شهور)\s+(?:الماضية|الأخيرة|الاخيرة|الماضيه|الاخيره)$"), lambda p: (p, 3)),
    (re.compile(r"^(?:خلال\s+|في\s+)?ال(?:أيام|ايام)\s+(?:الماضية|الأخيرة|الاخيرة|القليلة الماضية)$"), lambda p: (p - timedelta(days=3), 2)),
]
def normalize(rows):
    changed = 0
    for r in rows:
        if r["event_date"] is None:
            continue
        for rx, value in RULES:
            if rx.match(r["text"].strip()):
                d, prec = value(date.fromisoformat(r["published"]))
                if (d.isoformat(), prec) != (r["event_date"], r["time_precision"]):
                    print(f"  {r['split']} {r['article_id']} {r['text']!r}: {r['event_date']} p{r['time_precision']} -> {d} p{prec}")
                    r["event_date"], r["time_precision"] = d.isoformat(), prec
                    r["note"] = (r["note"] + "; " if r["note"] else "") + "set to the earlier rounds' convention"
                    changed += 1
                break
    return changed
if __name__ == "__main__":
    out = sys.argv[1]
    rows = [json.loads(l) for f in sys.argv[2:] for l in open(f)]
    print("changed", normalize(rows), "of", len(rows))
    with open(out, "w") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
