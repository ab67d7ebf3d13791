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


FILTER = "floor-okapi-filter|floor-okapi-filter-c1"
WRITE = "floor-stax-write|floor-stax-write-c1"
READ = "floor-stax-read|floor-stax-read-c1"
MERGE = "okapi-merge|okapi-merge-c1"
rows = [
    ("java -version (a bare JVM)", "java-version", None),
    ("tandem --version", "tandem-version", None),
    ("tandem status (the sample workspace)", "tandem-status-sample", None),
    ("Okapi Markdown filter, no segmentation (floor)", "floor-okapi-filter", None),
    ("the same with tandem's JVM flags (C1 only)", "floor-okapi-filter-c1", None),
    ("Okapi filter + SRX + XLIFF writer (one JVM, the Tikal way)", "okapi-filter-srx-xliff", FILTER),
    ("**tandem segment**, all chapters from scratch", "tandem-segment", FILTER),
    ("**tandem segment**, one chapter of 100 changed", "tandem-resegment-one", "+tandem-version"),
    ("bare StAX write of the same units (floor)", "floor-stax-write", None),
    ("the same with tandem's JVM flags", "floor-stax-write-c1", None),
    ("**tandem export**, all chapters", "tandem-export", WRITE),
    ("bare StAX read of the translated XLIFF (floor)", "floor-stax-read", None),
    ("the same with tandem's JVM flags", "floor-stax-read-c1", None),
    ("**tandem import** of all translated XLIFF (-Xmx256m)", "tandem-import", READ),
    ("**tandem segment**, one chapter changed, every segment translated", "tandem-resegment-one-translated",
     "+tandem-version"),
    ("**tandem check**, all chapters, 10,000-concept glossary", "tandem-check", None),
    ("Okapi extract + merge (one JVM)", "okapi-merge", None),
    ("the same with tandem's JVM flags", "okapi-merge-c1", None),
    ("**tandem build**, all chapters", "tandem-build", MERGE),
    ("po4a-updatepo (no sentence segmentation)", "po4a-updatepo", FILTER),
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
    "fresh process (JVM start included; the three start-up rows: 20 runs after 3 warm-up runs), measured with "
    f"hyperfine in one run of `bench/run {size}`. Each ratio divides tandem's time by a peer's: the peer run "
    "as shipped (default JVM flags), and the same peer with tandem's JVM flags (`-XX:TieredStopAtLevel=1 "
    "-XX:+UseSerialGC`).",
    "",
    "| what | median (s) | ratio to the peer as shipped | ratio to the peer with tandem's JVM flags | peer |",
    "|---|---:|---:|---:|---|",
]
labels = dict((n, l) for l, n, b in rows)

for label, name, base in rows:
    t, _ = median(name)
    if base is None:
        lines.append(f"| {label} | {t:.2f} | | | |")
    elif base.startswith("+"):
        b = median(base[1:])[0]
        lines.append(f"| {label} | {t:.2f} | +{t - b:.2f} s over `tandem --version` | | |")
    else:
        shipped, tuned = base.split("|")
        lines.append(f"| {label} | {t:.2f} | {t / median(shipped)[0]:.2f}× | {t / median(tuned)[0]:.2f}× | "
                     f"{labels[shipped].replace(' (floor)', '')} |")
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
