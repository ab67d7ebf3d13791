"""Drives translate-toolkit's XLIFF storage the way a CAT tool built on it would (used by TranslateToolkitTest).

  translate IN OUT LEAVES.json CHAPTER DEFAULT_STATE [UNIT=STATE ...]
      sets every unit's rich_target to its rich_source with each text leaf replaced by its translation
      from LEAVES.json[CHAPTER] (inline codes are copied untouched), sets the XLIFF 1.2 state, saves
  resave IN OUT
      re-sets every existing target from its own parsed rich form, keeps its state, saves

Exit 0 on success; 3 (with the missing leaves on stderr) when a source text has no translation.
"""
import copy
import json
import sys

from translate.storage import xliff
from translate.storage.placeables import StringElem
from translate.storage.placeables.xliff import G


def load(path):
    with open(path, "rb") as f:
        return xliff.xlifffile(f)


def save(store, path):
    with open(path, "wb") as f:
        store.serialize(f)


def translated(elem, leaves, missing):
    """A copy of a rich-text tree whose text leaves are translated; inline codes stay as they are."""
    if isinstance(elem, str):
        if elem and elem not in leaves:
            missing.append(elem)
        return leaves.get(elem, elem)
    if type(elem) is StringElem or isinstance(elem, G):
        clone = copy.copy(elem)
        clone.sub = [translated(s, leaves, missing) for s in elem.sub]
        return clone
    return copy.deepcopy(elem)


def unit_key(unit):
    return unit.getid().split("\x04")[-1]


def translate(args):
    src, out, leaves_file, chapter, default_state, *overrides = args
    with open(leaves_file, encoding="utf-8") as f:
        leaves = json.load(f)[chapter]
    states = dict(o.split("=", 1) for o in overrides)
    store = load(src)
    missing = []
    for unit in store.units:
        unit.rich_target = [translated(e, leaves, missing) for e in unit.rich_source]
        unit.set_state_n(xliff.xliffunit.statemap[states.get(unit_key(unit), default_state)])
    if missing:
        sys.stderr.write("no translation for these source texts:\n" + "\n".join(repr(m) for m in missing) + "\n")
        return 3
    save(store, out)
    print(f"{len(store.units)} units translated")
    return 0


def resave(args):
    src, out = args
    store = load(src)
    count = 0
    for unit in store.units:
        if unit.target:
            state = unit.get_state_n()
            unit.rich_target = copy.deepcopy(unit.rich_target)
            unit.set_state_n(state)
            count += 1
    save(store, out)
    print(f"{len(store.units)} units, {count} targets re-set")
    return 0


if __name__ == "__main__":
    command = {"translate": translate, "resave": resave}[sys.argv[1]]
    sys.exit(command(sys.argv[2:]))
