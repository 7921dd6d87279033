#!/usr/bin/env python3
"""Sanity checks for the evaluation corpus gold files (tests/corpus/*.gold.json).

Checks: valid JSON; one object per file naming an existing document; only the fact
types and field names of shared/spec/facts.md; canonical agency/system ids; valid ISO
dates (start <= end); no duplicate keys; and corpus-wide consistency of the JHA
network chair per year (EASO/EUAA and EMCDDA/EUDA count as one agency).
Prints gold fact counts per type.
"""
import collections, datetime, glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
AGENCIES = {"CEPOL", "EASO", "EUAA", "EIGE", "EMCDDA", "EUDA", "eu-LISA", "Eurojust", "Europol", "FRA", "Frontex"}
SYSTEMS = {"SIS", "VIS", "Eurodac", "EES", "ETIAS", "ECRIS-TCN", "e-CODEX", "ESP", "sBMS", "CIR", "MID"}
SAME = {"EUAA": "EASO", "EUDA": "EMCDDA"}
FIELDS = {
    "published": {"date"},
    "network_presidency": {"agency", "year"},
    "council_presidency": {"member_state", "start", "end"},
    "meeting": {"start", "end", "place", "kind", "chair_or_host"},
    "system_operated_by": {"system", "agency"},
    "mentions_agency": {"agency"},
    "mentions_system": {"system"},
    "person_role": {"person", "role", "organisation"},
    "priority": {"topic"},
}
KEYS = {
    "published": ("date",), "network_presidency": ("agency", "year"),
    "council_presidency": ("member_state", "start"), "meeting": ("start", "place"),
    "system_operated_by": ("system", "agency"), "mentions_agency": ("agency",),
    "mentions_system": ("system",), "person_role": ("person",), "priority": ("topic",),
}
errors = []
def err(f, msg): errors.append(f"{os.path.basename(f)}: {msg}")
def iso(f, v, what):
    try:
        d = datetime.date.fromisoformat(v)
        if d.isoformat() != v: raise ValueError
        return d
    except Exception:
        err(f, f"bad ISO date in {what}: {v!r}")

counts = collections.Counter(); optional = collections.Counter()
chairs = collections.defaultdict(set)
gold_files = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
docs = sorted(p for p in glob.glob(os.path.join(HERE, "c[0-9][0-9][0-9]_*")) if not p.endswith(".gold.json"))
for f in gold_files:
    try:
        data = json.load(open(f, encoding="utf-8"))
    except Exception as e:
        err(f, f"invalid JSON: {e}"); continue
    if not isinstance(data, list) or len(data) != 1:
        err(f, "must be a JSON array with one object"); continue
    obj = data[0]
    name = obj.get("document", obj.get("file"))
    if set(obj) - {"document", "file", "facts"}: err(f, f"extra keys {set(obj)}")
    if not name or not os.path.exists(os.path.join(HERE, name)):
        err(f, f"document {name!r} does not exist")
    if name and os.path.basename(f) != name.rsplit(".", 1)[0] + ".gold.json":
        err(f, "gold file name does not match document name")
    seen = set()
    for fact in obj.get("facts", []):
        t = fact.get("type")
        if t not in FIELDS: err(f, f"unknown type {t!r}"); continue
        got = set(fact) - {"type", "optional"}
        if got != FIELDS[t]: err(f, f"{t}: fields {sorted(got)} != {sorted(FIELDS[t])}")
        if "optional" in fact and fact["optional"] is not True: err(f, "optional must be true")
        for k in ("agency",):
            if k in fact and fact[k] not in AGENCIES: err(f, f"non-canonical agency {fact[k]!r}")
        if "system" in fact and fact["system"] not in SYSTEMS: err(f, f"non-canonical system {fact['system']!r}")
        for k in ("date", "start", "end"):
            if k in fact: iso(f, fact[k], f"{t}.{k}")
        if t in ("meeting", "council_presidency") and fact.get("start") and fact.get("end") and fact["start"] > fact["end"]:
            err(f, f"{t}: start after end")
        if t == "network_presidency":
            if not isinstance(fact["year"], int): err(f, "year must be int")
            if not fact.get("optional"):
                chairs[fact["year"]].add((SAME.get(fact["agency"], fact["agency"]), os.path.basename(f)))
        if t == "council_presidency" and (len(fact["member_state"]) != 2 or not fact["member_state"].isupper()):
            err(f, "member_state must be ISO alpha-2")
        if t == "meeting":
            c = fact["chair_or_host"]
            if not (c is None or isinstance(c, str) or (isinstance(c, list) and c and all(isinstance(x, str) for x in c))):
                err(f, "bad chair_or_host")
            if fact["place"] is not None and not isinstance(fact["place"], str): err(f, "bad place")
        key = (t,) + tuple(str(fact.get(k)).casefold() for k in KEYS[t])
        if key in seen: err(f, f"duplicate key {key}")
        seen.add(key)
        counts[t] += 1
        if fact.get("optional"): optional[t] += 1
    if sum(1 for x in obj.get("facts", []) if x.get("type") == "published") > 1: err(f, "more than one published")
for d in docs:
    if not os.path.exists(d.rsplit(".", 1)[0] + ".gold.json"): errors.append(f"{os.path.basename(d)}: no gold file")
for y, s in sorted(chairs.items()):
    if len({a for a, _ in s}) > 1: errors.append(f"network chair conflict for {y}: {sorted(s)}")

print(f"documents: {len(docs)}  gold files: {len(gold_files)}")
print(f"{'type':22} {'facts':>6} {'optional':>9}")
for t in FIELDS:
    print(f"{t:22} {counts[t]:6d} {optional[t]:9d}")
print(f"{'total':22} {sum(counts.values()):6d} {sum(optional.values()):9d}")
print("network chairs:", {y: sorted({a for a, _ in s}) for y, s in sorted(chairs.items())})
if errors:
    print("\nERRORS:"); print("\n".join(errors)); sys.exit(1)
print("OK")
