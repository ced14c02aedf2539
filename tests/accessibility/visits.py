# SPDX-License-Identifier: MIT
"""The screens of the procedure past the basic path (issue 13): the condition builders (a field
condition step's, a team assignment's), the A/B test's editor, the tag manager and Save as
template, each counted and used through the tree only. What each sets is noted in `expected` and
checked in the saved sequence by procedure.py."""

import glob
import os

import atspitree as t

BUTTON = ("push button", "toggle button")
ENTRY = ("text", "entry")
ADD_DIALOG = "Add an action or other element"


def card(name):
    """The name test of a card of this step type ("Step 3 of 9: Set wait time, …")."""
    return lambda n: n.startswith("Step ") and f": {name}" in n


def choose(app, combo, item):
    """Sets a combo box as a screen reader user does: opens it (focus, Space), then presses the
    entry of its list."""
    t.act(combo)
    t.act(t.find(app, ("list item", "menu item"), item))
    t.gone(app, ("list item", "menu item"), item)


def choose_first(app, combo):
    """Opens a combo box and presses the first named entry of its list (the entries that were
    not there before it opened); returns that name."""
    before = {t.name(n) for n in t.find_all(app, ("list item", "menu item"))}
    t.act(combo)
    entry = t.find(app, ("list item", "menu item"), lambda n: n.strip() != "" and n not in before)
    chosen = t.name(entry)
    t.act(entry)
    t.gone(app, ("list item", "menu item"), chosen)
    return chosen


def add_step(app, after, tab, entry):
    """Presses the + named `after`, then the entry of the Add dialog's `tab`."""
    t.act(t.find(app, BUTTON, after))
    dialog = t.find(app, "dialog", ADD_DIALOG)
    t.act(t.find(dialog, "page tab", tab))
    item = t.find(dialog, "list item", entry)
    t.wait_until(lambda: t.enabled(item), f"'{entry}' allowed there")
    t.act(item)
    t.gone(app, "dialog", ADD_DIALOG)


def field_condition(app, screens, expected):
    """A field condition after the wait: match "any", one rule on the first field."""
    add_step(app, "Add a step after Set wait time", "Conditions", "Field value")
    t.act(t.find(app, BUTTON, card("Field value")))
    choose(app, t.find(app, "combo box", "Match"), "Any of them")
    t.act(t.find(app, BUTTON, "Add a rule"))
    field = t.find(app, "combo box", "Rule 1: field")
    t.visit(screens, "condition builder", app)
    choose_first(app, field)
    choose(app, t.find(app, "combo box", "Rule 1: operator"), "is empty")
    expected["fieldCondition"] = {"match": "any", "operator": "isEmpty"}


def ab_test(app, screens, expected):
    """An A/B test after the first email: version A's name, the metric, the end at a date."""
    add_step(app, lambda n: n.startswith("Add a step after") and "Set wait time" not in n,
             "Steps", "A/B test")
    t.act(t.find(app, BUTTON, card("A/B test")))
    name = t.find(app, ENTRY, "Version A: Name")
    t.visit(screens, "A/B test editor", app)
    t.set_text(name, "Short subject")
    t.key(0xff09)  # Tab: the name is taken when the field is left
    choose_first(app, t.find(app, "combo box", "Version A: Template"))
    choose_first(app, t.find(app, "combo box", "Version B: Template"))
    choose(app, t.find(app, "combo box", "Winning metric"), "Link clicks")
    t.toggle(t.find(app, "radio button", "At a date and time"))
    expected["abTest"] = {"versionA": "Short subject", "metric": "clicks", "end": "at"}


def team_condition(app, screens, expected):
    """In the properties pane: the owning team, with a condition on its members."""
    t.toggle(t.find(app, "radio button", "Owning team"))
    t.act(t.find(app, BUTTON, "Define a condition"))
    match = t.find(app, "combo box", "Members for whom")
    t.visit(screens, "team condition builder", app)
    choose(app, match, "any of these holds")
    choose_first(app, t.find(app, "combo box", "Rule 1: field"))
    choose(app, t.find(app, "combo box", "Rule 1: operator"), "is empty")
    expected["assignment"] = {"to": "owningTeam", "match": "any"}
    t.act(t.find(app, BUTTON, "Done"))


def tag_manager(app, screens, expected):
    """From the properties pane: a new tag, checked for the sequence."""
    t.act(t.find(app, BUTTON, "Manage tags…"))
    dialog = t.find(app, "dialog", "Tag manager")
    t.set_text(t.find(dialog, ENTRY, "New tag at the top level"), "follow-up")
    t.act(t.find(dialog, BUTTON, "Add"))
    check = t.find(dialog, "check box", "Tag the sequence with follow-up")
    t.visit(screens, "tag manager", app)
    t.toggle(check)
    expected["tag"] = "follow-up"
    t.act(t.find(dialog, BUTTON, "Close"))
    t.gone(app, "dialog", "Tag manager")


def save_as_template(app, screens, work):
    """Share ▸ Save as template…: the title typed, saved to the user's templates folder."""
    t.act(t.find(app, BUTTON, "Share"))
    t.act(t.find(app, "menu item", "Save as template…"))
    dialog = t.find(app, "dialog", "Save as template")
    title = t.find(dialog, ENTRY, "Title")
    t.visit(screens, "save as template", app)
    t.set_text(title, "A11y template")
    t.act(t.find(dialog, BUTTON, "Save"))
    t.gone(app, "dialog", "Save as template")
    t.wait_until(lambda: template_file(work), "the template file in the templates folder")


def template_file(work):
    for path in glob.glob(os.path.join(work, "**", "*.json"), recursive=True):
        with open(path, encoding="utf-8") as f:
            if '"A11y template"' in f.read():
                return path
    return None


def import_preview(app, screens):
    """The import preview of a file given on the command line, into the library that has it:
    its problems shown, "Replace" chosen for the id already there, counted, then Import."""
    dialog = t.find(app, "dialog", "Import sequences")
    t.act(t.find(dialog, BUTTON, lambda n: n.endswith("problem") or n.endswith("problems")))
    choose(app, t.find(dialog, "combo box", "Same id in the library"), "Replace")
    t.visit(screens, "import preview", app)
    t.act(t.find(dialog, BUTTON, "Import"))
    t.act(t.find(dialog, BUTTON, "Close"))
    t.gone(app, "dialog", "Import sequences")
