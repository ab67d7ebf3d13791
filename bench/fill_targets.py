"""Copies exported XLIFF files with every target set to a copy of its source, as a translated file."""
import pathlib
import re
import sys

src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
dst.mkdir(parents=True, exist_ok=True)
unit = re.compile(r"(<source>(.*?)</source>)(\s*<target[^>]*>.*?</target>)?", re.S)
for f in sorted(src.glob("*.xlf")):
    text = f.read_text(encoding="utf-8")
    text = unit.sub(lambda m: m.group(1) + '<target state="translated">' + m.group(2) + "</target>", text)
    (dst / f.name).write_text(text, encoding="utf-8")
