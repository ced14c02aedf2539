# SPDX-License-Identifier: MIT
"""Checks that what the procedure set through the accessibility tree is in the saved sequence:
the controls showed a change, and the document took it."""

import json
import subprocess


def check(exported, expected):
    """`exported`: the sequence exported from the library after the procedure saved it."""
    with open(exported, encoding="utf-8") as f:
        sequence = json.load(f)["sequences"][0]
    problems = []

    def want(what, actual, wanted):
        if actual != wanted:
            problems.append(f"{what}: {actual!r}, not {wanted!r}")

    want("options.exitOnEmailReply (check box)", sequence["options"].get("exitOnEmailReply"),
         expected["exitOnEmailReply"])
    assignment = sequence.get("assignment", {})
    want("assignment.to (radio button)", assignment.get("to"), expected["assignment"]["to"])
    want("assignment.condition.match (combo box)", assignment.get("condition", {}).get("match"),
         expected["assignment"]["match"])
    rules = assignment.get("condition", {}).get("rules", [])
    want("assignment.condition.rules[0].operator (combo box)",
         rules[0].get("operator") if rules else None, "isEmpty")
    steps = {s["type"]: s.get("params", {}) for s in sequence["steps"]}
    condition = steps.get("fieldCondition", {})
    want("fieldCondition.match (combo box)", condition.get("match"),
         expected["fieldCondition"]["match"])
    rules = condition.get("rules", [])
    want("fieldCondition.rules[0].field chosen (combo box)",
         bool(rules and rules[0].get("field")), True)
    want("fieldCondition.rules[0].operator (combo box)", rules[0].get("operator") if rules else None,
         expected["fieldCondition"]["operator"])
    ab = steps.get("abTest", {})
    want("abTest.versionA.name (text field)", ab.get("versionA", {}).get("name"),
         expected["abTest"]["versionA"])
    want("abTest.metric (combo box)", ab.get("metric"), expected["abTest"]["metric"])
    want("abTest.end.mode (radio button)", ab.get("end", {}).get("mode"), expected["abTest"]["end"])
    if problems:
        raise AssertionError("values set through the tree were not saved:\n  "
                             + "\n  ".join(problems) + "\n" + json.dumps(sequence, indent=1))
    print("saved: " + json.dumps({"assignment": assignment, "fieldCondition": condition,
                                  "abTest": ab}))


def listed(app_path, library, env):
    """The library's sequences by name, from `list --json`."""
    out = subprocess.run([app_path, "list", "--json", "--library", library], env=env,
                         capture_output=True, text=True, check=True).stdout
    rows = json.loads(out)
    rows = rows if isinstance(rows, list) else rows.get("sequences", [])
    return {row.get("name"): row for row in rows}


def check_replaced(rows, name, before):
    """After the import preview's Replace: still one `name`, with the same id, written again."""
    row = rows.get(name)
    if row is None or len([n for n in rows if n == name]) != 1:
        raise AssertionError(f"'{name}' is not in the library once after the import: {rows}")
    if row["id"] != before["id"] or row["modified"] == before["modified"]:
        raise AssertionError(f"the import did not replace '{name}': before {before}, after {row}")
