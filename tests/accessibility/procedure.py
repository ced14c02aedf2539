# SPDX-License-Identifier: MIT
"""The whole procedure of a new user, done through the accessibility tree only (issue 13):
create from a template, add a step and a condition, set a parameter, save, activate, find, copy,
delete, switch language; then the library is checked with `sequence-designer list --json`.

Usage: procedure.py APP WORKDIR. Runs inside an X server and a D-Bus session with the AT-SPI bus
(see run.sh). Every control is found by its role and name; every actionable control on each
screen visited must have a name."""

import json
import os
import subprocess
import sys
import time

import atspitree as t
import saved
import visits

BUTTON = ("push button", "toggle button")
EXIT_ON_REPLY = "Exit the sequence when the customer replies to any email"
ENTRY = ("text", "entry")
NAME = "A11y webinar follow-up"
expected = {}  # what the procedure set through the tree, checked in the saved sequence


def main():
    app_path, work = sys.argv[1], sys.argv[2]
    library = os.path.join(work, "library.sqlite")
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
               HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"))
    screens = {}
    session([app_path, "--language", "en", "--library", library], env,
            lambda app: run(app, screens, work))
    exported = check_library(app_path, library, env)
    saved.check(exported, expected)
    # The import preview: the exported file opened by a second start, replacing the sequence.
    before = saved.listed(app_path, library, env)[NAME]
    session([app_path, "--language", "en", "--library", library, exported], env,
            lambda app: visits.import_preview(app, screens))
    saved.check_replaced(saved.listed(app_path, library, env), NAME, before)
    print("Named controls / all controls, by screen:")
    unnamed = []
    for screen, (named, total, missing) in screens.items():
        print(f"  {screen}: {named}/{total}")
        unnamed += [f"{screen}: {m}" for m in missing]
    if unnamed:
        raise AssertionError("controls without a name:\n  " + "\n  ".join(unnamed))
    print("PASS: the procedure through the accessibility tree")


def session(command, env, steps):
    """Starts the program, runs `steps` on its tree, ends it; on a failure, prints the tree."""
    program = subprocess.Popen(command, env=env)
    app = t.application("Sequence Designer")
    try:
        t.activate(app)
        steps(app)
    except AssertionError:
        if program.poll() is not None:
            raise AssertionError(f"the program ended with exit code {program.returncode}")
        print("The tree when it failed (showing nodes):")
        t.dump(app)
        raise
    finally:
        program.terminate()
        program.wait(timeout=20)
    t.wait_until(lambda: not any(t.name(a) == "Sequence Designer"
                                 for a in t.pyatspi.Registry.getDesktop(0) if a is not None),
                 "the program gone from the bus")


def run(app, screens, work):
    # Home: a new sequence from the first template.
    t.find(app, BUTTON, "New sequence")
    t.visit(screens, "home", app)
    t.act(t.find(app, BUTTON, "New sequence"))
    t.act(t.find(app, BUTTON, "Use template"))
    template = t.find(app, ("list item", "push button"), "Webinar follow up")
    t.visit(screens, "template gallery", app)
    t.act(template)
    t.set_text(t.find(app, ENTRY, "Sequence name"), NAME)
    t.act(t.find(app, BUTTON, "Next"))

    # The designer: add a wait after the first step, then a condition after it.
    first = t.find(app, BUTTON, lambda n: n.startswith("Add a step after"))
    t.visit(screens, "designer", app)
    t.act(first)
    t.find(app, "page tab", "Conditions")
    t.visit(screens, "add dialog", app)
    t.act(t.find(app, "list item", "Set wait time"))
    t.gone(app, "dialog", "Add an action or other element")
    t.find(app, BUTTON, lambda n: n.startswith("Step ") and ": Set wait time" in n)
    visits.field_condition(app, screens, expected)
    t.find(app, BUTTON, lambda n: n.startswith("Add a step on the Yes path of"))
    visits.ab_test(app, screens, expected)

    # A parameter of the wait, in the side pane: its days, set through the value interface.
    t.act(t.find(app, BUTTON, lambda n: n.startswith("Step ") and ": Set wait time" in n))
    days = t.find(app, "spin button", "Days")
    t.visit(screens, "properties", app)
    t.set_value(days, 3)
    t.wait_until(lambda: t.find(app, BUTTON, lambda n: n.startswith("Step ") and ": Set wait time" in n)
                 .description.find("3") >= 0, "the wait of 3 days on its card")

    # The properties pane: a check box through its Toggle action; Escape closes the pane.
    t.act(t.find(app, BUTTON + ("check box",), "Properties"))  # (a checkable button)
    exit_on_reply = t.find(app, "check box", EXIT_ON_REPLY)
    t.visit(screens, "properties pane", app)
    t.toggle(exit_on_reply)
    expected["exitOnEmailReply"] = t.checked(exit_on_reply)
    visits.team_condition(app, screens, expected)
    t.key(0xff1b)  # Escape
    t.gone(app, "check box", EXIT_ON_REPLY)

    # The sequence's tags in the side pane, typed, taken when the field is left (Tab).
    t.act(t.find(app, BUTTON, "Sequence starts here"))
    tags = t.find(app, ENTRY, "Tags (comma-separated)")
    t.visit(screens, "side pane (sequence)", app)
    t.set_text(tags, "webinar, a11y")
    t.key(0xff09)  # Tab
    t.wait_until(lambda: not tags.getState().contains(t.pyatspi.STATE_FOCUSED), "the tags left")
    t.act(t.find(app, BUTTON + ("check box",), "Properties"))
    visits.tag_manager(app, screens, expected)
    t.key(0xff1b)  # Escape
    t.gone(app, "check box", EXIT_ON_REPLY)

    # Save, activate.
    save = t.find(app, BUTTON, "Save")
    t.act(save)
    t.gone(app, "label", lambda n: n.startswith("\u25CF "))  # the title's unsaved mark
    visits.save_as_template(app, screens, work)
    t.act(t.find(app, BUTTON, "Activate"))
    t.act(t.find(t.find(app, "dialog", "Activate the sequence?"), BUTTON, "Activate"))
    t.find(app, BUTTON, "Deactivate")

    # Back to the list; find it, copy it, delete the copy.
    t.act(t.find(app, BUTTON, "Back to the sequences"))
    t.set_text(t.find(app, ENTRY, "Search names and descriptions"), "A11y")
    t.wait_until(lambda: len(t.find_all(app, "table cell", NAME)) == 1, "the search")
    t.act(t.find(app, "table cell", NAME))
    t.act(t.find(app, BUTTON, "Create a copy"))
    copy_name = t.find(app, ENTRY, "Sequence name")
    t.visit(screens, "copy dialog", app)
    t.set_text(copy_name, NAME + " copy")
    t.act(t.find(app, BUTTON, "Save and close"))
    t.act(t.find(app, "table cell", NAME + " copy"))
    t.act(t.find(app, BUTTON, "Delete"))
    t.act(t.find(t.find(app, "dialog", lambda n: True), BUTTON, "Delete"))
    t.gone(app, "table cell", NAME + " copy")

    # Switch the language to Norwegian.
    t.act(t.find(app, BUTTON, "Menu"))
    t.act(t.find(app, "menu item", "Settings…"))
    t.find(app, "combo box", "Language")
    t.visit(screens, "settings", app)
    t.act(t.find(app, "combo box", "Language"))
    t.act(t.find(app, "list item", "Norsk bokmål"))
    t.find(app, BUTTON, "Lukk")


def check_library(app_path, library, env):
    out = subprocess.run([app_path, "list", "--json", "--library", library], env=env,
                         capture_output=True, text=True, check=True).stdout
    listed = json.loads(out)
    rows = listed if isinstance(listed, list) else listed.get("sequences", [])
    names = {row.get("name"): row for row in rows}
    if NAME not in names:
        raise AssertionError(f"'{NAME}' is not in the library: {out}")
    if NAME + " copy" in names:
        raise AssertionError("the deleted copy is still in the library")
    if sorted(names[NAME].get("tags", [])) != ["a11y", expected["tag"], "webinar"]:
        raise AssertionError(f"the tags typed in the side pane and checked in the tag manager "
                             f"were not saved: {out}")
    if names[NAME].get("status") != "active":
        raise AssertionError(f"'{NAME}' is not active: {out}")
    print(f"library: {json.dumps(names[NAME])}")
    exported = os.path.join(os.path.dirname(library), "exported.sequence.json")
    subprocess.run([app_path, "export", "--library", library, "--out", exported,
                    str(names[NAME]["id"])], env=env, check=True, capture_output=True)
    return exported


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print(f"FAIL: {failure}")
        sys.exit(1)
