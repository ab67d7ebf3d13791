"""Reads hyperfine's JSON results and writes the benchmark table (medians and ratios) to docs/benchmarks.md."""
import json
import pathlib
import platform
import subprocess
import sys

work, size, chapters, sentences, units, runs, out = sys.argv[1:8]
work = pathlib.Path(work)


def median(name):
    data = json.loads((work / f"{name}.json").read_text())["results"][0]
    return data["median"], data.get("memory_usage_byte") or data.get("max_rss") or None


rows = [
    ("Okapi Markdown filter, no segmentation (floor)", "floor-okapi-filter", None),
    ("Okapi filter + SRX + XLIFF writer (one JVM)", "okapi-filter-srx-xliff", "floor-okapi-filter"),
    ("tandem segment, all chapters from scratch", "tandem-segment", "floor-okapi-filter"),
    ("tandem segment, one chapter changed", "tandem-resegment-one", None),
    ("bare StAX write of the same units (floor)", "floor-stax-write", None),
    ("tandem export, all chapters", "tandem-export", "floor-stax-write"),
    ("bare StAX read of the translated XLIFF (floor)", "floor-stax-read", None),
    ("tandem import of all translated XLIFF (-Xmx256m)", "tandem-import", "floor-stax-read"),
    ("tandem check, all chapters", "tandem-check", None),
    ("Okapi extract + merge (one JVM)", "okapi-merge", None),
    ("tandem build, all chapters", "tandem-build", "okapi-merge"),
    ("po4a-updatepo (no sentence segmentation)", "po4a-updatepo", "floor-okapi-filter"),
    ("po4a-translate", "po4a-translate", None),
    ("translate-toolkit txt2po", "tt-txt2po", None),
    ("translate-toolkit po2txt", "tt-po2txt", None),
    ("translate-toolkit pofilter", "tt-pofilter", None),
]
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True,
                     text=True).stdout.strip()
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
lines = [
    f"### Corpus pipeline ({size}: {chapters} chapters × {sentences} sentences, {units} units)",
    "",
    f"Machine: {cpu}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores; "
    f"{platform.system()} {platform.release()}; {java}. Each figure is the median wall time of {runs} runs of a "
    "fresh process (JVM start included), measured with hyperfine in one run of `bench/run "
    f"{size}`.",
    "",
    "| what | median (s) | ratio | compared with |",
    "|---|---:|---:|---|",
]
for label, name, base in rows:
    t, _ = median(name)
    ratio = f"{t / median(base)[0]:.2f}×" if base else ""
    lines.append(f"| {label} | {t:.2f} | {ratio} | {dict((n, l) for l, n, b in rows).get(base, '')} |")
table = "\n".join(lines) + "\n"
print(table)
path = pathlib.Path(out)
text = path.read_text() if path.exists() else "# Benchmarks\n\n"
start = text.find(f"### Corpus pipeline ({size}:")
if start >= 0:
    end = text.find("\n### ", start + 1)
    text = text[:start] + table + (text[end + 1:] if end >= 0 else "")
else:
    text = text.rstrip("\n") + "\n\n" + table
path.write_text(text)
