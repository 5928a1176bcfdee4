#!/usr/bin/env python3
"""The care-home example scaled to 150 staff (each employee four times over, two more) and its
demand curve and budget scaled with it, hard rules as heavy penalties: a unit of the issue's largest size for the review page's
render time. Writes the ImportUnit request body (unit id "large") to stdout."""
import copy, json, pathlib, sys

root = pathlib.Path(__file__).resolve().parents[2]
base = json.loads((root / "examples" / "care-home-solbacken.json").read_text(encoding="utf-8"))
problem = copy.deepcopy(base)
problem["name"] = "Storbacken (150 medarbetare, exempel)"
employees, pay, wishes, unavailable = [], [], [], []
copies = [("", 0), ("b", 1), ("c", 2), ("d", 3)]
for suffix, shift in copies:
    for e in base["employees"]:
        n = copy.deepcopy(e)
        n["id"] = e["id"] + suffix
        n["name"] = e["name"] + (f" {suffix.upper()}" if suffix else "")
        employees.append(n)
    pay += [dict(p, employee=p["employee"] + suffix) for p in base["cost"]["pay"]]
    wishes += [dict(w, employee=w["employee"] + suffix) for w in base["wishes"]]
    unavailable += [dict(u, employee=u["employee"] + suffix) for u in base["unavailability"]]
for i in range(150 - len(employees)):
    extra = copy.deepcopy(base["employees"][i])
    extra["id"] = base["employees"][i]["id"] + "e"
    extra["name"] = base["employees"][i]["name"] + " E"
    employees.append(extra)
    pay.append(dict(next(p for p in base["cost"]["pay"] if p["employee"] == base["employees"][i]["id"]), employee=extra["id"]))
problem["employees"], problem["wishes"], problem["unavailability"], problem["pins"] = employees, wishes, unavailable, []
problem["cost"]["pay"] = pay
problem["cost"]["budget"] = base["cost"]["budget"] * 16
for pattern in problem["demandCurve"]["patterns"]:
    pattern["minimum"] *= 4
    pattern["ideal"] *= 4
for rule in problem["rulePack"]["rules"]:
    if rule["id"] == "max-weekends":
        rule.setdefault("parameters", {})["defaultMaximum"] = 8
    # Hard rules as heavy penalties: at this size on two shared cores the search finds no roster obeying them
    # all within minutes, and the page's render time does not depend on the roster's quality.
    if rule.pop("hard", False):
        rule["weight"] = 10000
problem["period"]["days"] = 112
json.dump({"unitId": "large", "problem": problem}, sys.stdout, ensure_ascii=False)
