"""Texts that become the label of a menu entry, action, button or tab.

Qt reads « & » in such a label as the mark of its keyboard mnemonic: « Deadlines &
programmes » would show as « Deadlines _programmes », with Alt+P bound to it. A label
made from data (a page title, a record kind, a column name, a value typed by the user) or
from a translation that carries no mnemonic goes through :func:`literal` first.
"""

from __future__ import annotations


def literal(text: str) -> str:
    """``text`` shown as it is in a menu, action, button or tab label (every & doubled)."""
    return text.replace("&", "&&")


def shown(label: str) -> str:
    """What a label shows on screen: a single & (the mnemonic mark) removed, && as &."""
    out, chars, i = [], label, 0
    while i < len(chars):
        if chars[i] == "&" and i + 1 < len(chars):
            out.append(chars[i + 1])
            i += 2
            continue
        out.append(chars[i])
        i += 1
    return "".join(out)
