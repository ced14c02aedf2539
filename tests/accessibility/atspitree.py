# SPDX-License-Identifier: MIT
"""Finds and uses the controls of a running program through the AT-SPI accessibility tree, as a
screen reader does: only by role and name, never by object names or coordinates."""

import time

import pyatspi
from gi.repository import GLib

TIMEOUT = 20
CONTROL_KEYCODE = 37  # Control_L in the X server's default keymap (Xvfb)

# The roles a screen reader user acts on; each must have a name.
ACTIONABLE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "menu item",
    "page tab", "list item", "text", "entry", "spin button", "table cell", "column header",
    "slider",
}


def nodes(root):
    """Every showing node below `root`, depth first (defunct ones skipped)."""
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        try:
            children = [node.getChildAtIndex(i) for i in range(node.childCount)]
        except Exception:  # a node that went away while walking
            continue
        stack.extend(c for c in reversed(children) if c is not None)


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return ""


def name(node):
    try:
        return node.name or ""
    except Exception:
        return ""


def enabled(node):
    try:
        return node.getState().contains(pyatspi.STATE_ENABLED)
    except Exception:
        return False


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def application(app_name, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and name(app) == app_name:
                return app
        time.sleep(0.2)
    raise AssertionError(f"the program '{app_name}' did not appear on the AT-SPI bus")


def matches(node, roles, wanted):
    if role(node) not in roles or not showing(node):
        return False
    actual = name(node)
    return wanted(actual) if callable(wanted) else actual == wanted


def find(root, roles, wanted, timeout=TIMEOUT):
    """The first showing node of one of `roles` whose name is `wanted` (or satisfies it)."""
    roles = {roles} if isinstance(roles, str) else set(roles)
    deadline = time.monotonic() + timeout
    while True:
        for node in nodes(root):
            if matches(node, roles, wanted):
                return node
        if time.monotonic() > deadline:
            raise AssertionError(f"no showing {sorted(roles)} named {wanted!r}")
        time.sleep(0.2)


def find_all(root, roles, wanted=lambda n: True):
    roles = {roles} if isinstance(roles, str) else set(roles)
    return [n for n in nodes(root) if matches(n, roles, wanted)]


def gone(root, roles, wanted, timeout=TIMEOUT):
    roles = {roles} if isinstance(roles, str) else set(roles)
    deadline = time.monotonic() + timeout
    while any(matches(n, roles, wanted) for n in nodes(root)):
        if time.monotonic() > deadline:
            raise AssertionError(f"{sorted(roles)} {wanted!r} still shown")
        time.sleep(0.2)


def act(node):
    """Presses the control as a screen reader user does: the focus to it, then Space. (Qt 6.4's
    Press action does nothing on a Qt Quick Controls button; only an item's own
    Accessible.onPressAction answers it, as the canvas's cards and "+" do.)"""
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if "SetFocus" not in names:
        if "Press" not in names:
            raise AssertionError(f"'{name(node)}' ({role(node)}) has no action: {names}")
        try:
            action.doAction(names.index("Press"))
        except GLib.GError:
            # The press closed the dialog holding the item before Qt replied; what the press
            # did is checked by the caller.
            pass
        return
    action.doAction(names.index("SetFocus"))
    wait_until(lambda: node.getState().contains(pyatspi.STATE_FOCUSED), f"the focus on '{name(node)}'",
               timeout=5)
    key(0x20)  # space


def key(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def set_text(node, text):
    """Replaces the text of an entry as a user does: the focus to it, select all, type. (Qt 6.4
    offers no EditableText interface on a Qt Quick TextField.)"""
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("SetFocus"))
    wait_until(lambda: node.getState().contains(pyatspi.STATE_FOCUSED), f"the focus on '{name(node)}'",
               timeout=5)
    pyatspi.Registry.generateKeyboardEvent(CONTROL_KEYCODE, None, pyatspi.KEY_PRESS)
    pyatspi.Registry.generateKeyboardEvent(ord("a"), None, pyatspi.KEY_SYM)
    pyatspi.Registry.generateKeyboardEvent(CONTROL_KEYCODE, None, pyatspi.KEY_RELEASE)
    pyatspi.Registry.generateKeyboardEvent(0, text, pyatspi.KEY_STRING)
    wait_until(lambda: node.queryText().getText(0, -1) == text, f"the text '{text}'", timeout=10)


def set_value(node, value):
    node.queryValue().currentValue = value


def wait_until(check, what, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def actionable(node):
    if role(node) in ACTIONABLE:
        return True
    try:
        action = node.queryAction()
        return any(action.getName(i) in ("Press", "Toggle") for i in range(action.nActions))
    except NotImplementedError:
        return False
    except Exception:
        return False


def audit(root):
    """(named, all, unnamed descriptions) over the showing actionable nodes below `root`."""
    # (A combo box's text field is part of the combo box, named by it.)
    seen = [n for n in nodes(root) if showing(n) and actionable(n)
            and not (role(n) == "text" and n.parent and role(n.parent) == "combo box")]
    unnamed = [f"{role(n)} in '{name(n.parent) if n.parent else ''}'" for n in seen
               if not name(n).strip()]
    return len(seen) - len(unnamed), len(seen), unnamed


def dump(root, depth=0):
    if depth > 0 and not showing(root):
        return
    print("  " * depth + f"[{role(root)}] {name(root)!r}")
    for i in range(root.childCount):
        child = root.getChildAtIndex(i)
        if child is not None:
            dump(child, depth + 1)
