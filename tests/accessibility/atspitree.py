# SPDX-License-Identifier: MIT
"""Finds and uses the controls of a running program through the AT-SPI accessibility tree, as a
screen reader does: only by role and name, never by object names or coordinates."""

import os
import shutil
import subprocess
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


def activate(app):
    """Gives the program's window the keyboard, as a window manager does when it opens (Xvfb has
    none): without it the window is not active and its shortcuts do not answer."""
    frame = find(app, "frame", lambda n: True)
    subprocess.run(["xdotool", "search", "--name", name(app), "windowfocus", "--sync"],
                   check=True, capture_output=True, timeout=TIMEOUT)
    wait_until(lambda: frame.getState().contains(pyatspi.STATE_ACTIVE), "the window active")


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


def action_names(node):
    action = node.queryAction()
    return [action.getName(i) for i in range(action.nActions)]


def do_action(node, action_name):
    names = action_names(node)
    if action_name not in names:
        raise AssertionError(f"'{name(node)}' ({role(node)}) has no {action_name} action: {names}")
    try:
        node.queryAction().doAction(names.index(action_name))
    except GLib.GError:
        # The action closed the dialog holding the control before Qt replied; what it did is
        # checked by the caller.
        pass


def act(node):
    """Presses the control as a screen reader does: its Press action, which must do what a
    click does. A control without one (a combo box, a text field) gets the focus and Space."""
    names = action_names(node)
    if "Press" in names:
        do_action(node, "Press")
        return
    if "SetFocus" not in names:
        raise AssertionError(f"'{name(node)}' ({role(node)}) has no action: {names}")
    do_action(node, "SetFocus")
    wait_until(lambda: node.getState().contains(pyatspi.STATE_FOCUSED), f"the focus on '{name(node)}'",
               timeout=5)
    key(0x20)  # space


def toggle(node):
    """Toggles a check box or radio button through its Toggle action and waits for the state."""
    was = checked(node)
    do_action(node, "Toggle")
    wait_until(lambda: checked(node) != was, f"'{name(node)}' toggled", timeout=10)


def checked(node):
    try:
        return node.getState().contains(pyatspi.STATE_CHECKED)
    except Exception:
        return False


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
    while not answered(check):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def answered(check):
    """check(), or False while the program does not answer (busy, or the node went away)."""
    try:
        return check()
    except GLib.GError:
        return False


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


def audit(root, timeout=5):
    """(named, all, unnamed descriptions) over the showing actionable nodes below `root`.

    The screen may still be changing when it is audited (rows made or remade just after the
    control the procedure waited for): an audit during which a node went away is taken again,
    and so is one that found unnamed controls, until `timeout`; a control that stays unnamed is
    reported."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = audit_once(root)
        except GLib.GError:  # a node went away while it was read
            result = None
        if result is not None and (not result[2] or time.monotonic() > deadline):
            return result
        if result is None and time.monotonic() > deadline:
            raise AssertionError("the screen kept changing while it was audited")
        time.sleep(0.2)


def audit_once(root):
    # (A combo box's text field is part of the combo box, named by it.)
    seen = [n for n in nodes(root) if showing(n) and actionable(n)
            and not (role(n) == "text" and n.parent and role(n.parent) == "combo box")]
    # node.name, not name(): a node that went away raises here rather than reading as unnamed.
    unnamed = [f"{role(n)} in '{n.parent.name if n.parent else ''}' showing "
               f"{[name(c) for c in nodes(n) if c is not n and name(c)][:2]}" for n in seen
               if not (n.name or "").strip()]
    return len(seen) - len(unnamed), len(seen), unnamed


def visit(screens, screen, app):
    """Counts the named controls of a screen into `screens`, and saves a picture of it."""
    screens[screen] = audit(app)
    shot(screen)


def shot(screen):
    """The X screen as SD_SCREENSHOT_DIR/a11y-SCREEN.xwd when that is set and xwd (x11-apps) is
    installed: for looking at, never an assertion."""
    folder = os.environ.get("SD_SCREENSHOT_DIR")
    if not folder or not shutil.which("xwd"):
        return
    os.makedirs(folder, exist_ok=True)
    out = os.path.join(folder, "a11y-" + screen.replace(" ", "-").replace("/", "") + ".xwd")
    subprocess.run(["xwd", "-root", "-silent", "-out", out], check=False, timeout=TIMEOUT)


def dump(root, depth=0):
    if depth > 0 and not showing(root):
        return
    print("  " * depth + f"[{role(root)}] {name(root)!r}")
    for i in range(root.childCount):
        child = root.getChildAtIndex(i)
        if child is not None:
            dump(child, depth + 1)
