"""The HTML report in a real browser: Debian's headless Chromium driven by selenium through chromedriver.

Nothing is downloaded here: the browser and its driver are the system packages `chromium` and
`chromium-driver` (`make browser` installs them; `make test` runs it first). Without them this test fails and
says so; it is never skipped, so CI cannot pass without having run it. With FACTX_SCREENSHOTS=DIR set, the
report's screenshot is also written to DIR/report.png (`docs/report.png` in the README is made that way).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.script import factx
from tests.test_report_html import write_articles

CHROMIUM = Path(os.environ.get("FACTX_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("FACTX_CHROMEDRIVER", "/usr/bin/chromedriver"))
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1400",
)
FIRE = {
    "harbour-post.txt": (
        "Fire at Harbour Mill\n\nPublished on March 3, 2025\n\n"
        "At least 12 people were killed when a fire swept through the Harbour Mill warehouse on Sunday, "
        "officials said. The damage was put at $4 million.\n"
    ),
    "city-news.txt": (
        "Warehouse blaze\n\nPublished on March 4, 2025\n\n"
        "Nine people were killed in the fire at the Harbour Mill warehouse, the fire department said on "
        "Monday. The owners estimated the damage at about $4 million.\n"
    ),
    "evening-star.txt": (
        "Harbour Mill fire: what we know\n\nPublished on March 4, 2025\n\n"
        "Twelve people were killed in Sunday's fire at the Harbour Mill warehouse, according to the mayor.\n"
    ),
}


def browser(user_data: Path):
    """A headless Chromium from the system packages, or a failure that says how to install it."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(
            f"{' and '.join(missing)} not found: the browser test needs Debian's chromium and "
            "chromium-driver; run `make browser` (or `apt-get install chromium chromium-driver`)",
            pytrace=False,
        )
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail("selenium is not installed: run `make install` (it is a dev dependency)", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={user_data}"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))


@pytest.fixture
def driver(tmp_path_factory):
    d = browser(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield d
    finally:
        d.quit()


def report(paths: list[str], folder: Path, *extra: str) -> tuple[Path, dict]:
    """The HTML report and the JSON table of the same run (the second comes from the mention cache)."""
    page, table = folder / "story.html", folder / "story.json"
    for fmt, out in (("html", page), ("json", table)):
        done = factx("reconcile", *paths, *extra, "-f", fmt, "-o", str(out), "-q")
        assert done.returncode == 0, done.stderr
    return page, json.loads(table.read_text(encoding="utf-8"))


def shown(driver) -> int:
    return int(driver.find_element("id", "shown-count").text)


def visible_rows(driver) -> list[tuple[str, str]]:
    rows = driver.find_elements("css selector", "#fact-table tbody tr")
    return [(r.get_attribute("id"), r.get_attribute("data-status")) for r in rows if r.is_displayed()]


def screenshot(driver, folder: Path, name: str) -> Path:
    path = folder / name
    assert driver.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
    wanted = os.environ.get("FACTX_SCREENSHOTS")
    if wanted:
        Path(wanted).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(wanted) / name))
    return path


@pytest.mark.model
def test_seeds_report_counts_filters_search_and_claim_links(driver, tmp_path):
    page, table = report([str(SEEDS)], tmp_path)
    facts = table["facts"]
    by_status = Counter(f["status"] for f in facts)
    driver.get(page.as_uri())
    assert driver.title.startswith(
        f"factx report: {len(facts)} facts from {len(table['documents'])} articles"
    )
    for status in ("conflict", "compatible", "agree", "single"):
        cell = driver.find_element("css selector", f'[data-status-count="{status}"]')
        assert int(cell.text) == by_status.get(status, 0), status
    assert shown(driver) == len(facts)
    conflicts = [f"fact-{f['id']}" for f in facts if f["status"] == "conflict"]
    assert conflicts, "the seeds have a conflict (gold: more than 15 vs 15 countries)"
    rows = visible_rows(driver)
    assert [r for r, _ in rows[: len(conflicts)]] == conflicts  # disagreements first
    screenshot(driver, tmp_path, "report.png")

    # keyboard: focus each status box but "conflict" and toggle it with the space bar
    from selenium.webdriver.common.keys import Keys

    for box in driver.find_elements("css selector", "input[name=status]"):
        if box.get_attribute("value") != "conflict":
            box.send_keys(Keys.SPACE)
    assert shown(driver) == by_status["conflict"]
    assert [r for r, _ in visible_rows(driver)] == conflicts
    assert {s for _, s in visible_rows(driver)} == {"conflict"}

    driver.find_element("id", "f-reset").click()
    time.sleep(0.1)
    assert shown(driver) == len(facts)

    word = "countries"
    expected = [
        f["id"]
        for f in facts
        if word in f["about"].lower() or any(word in c["sentence"].lower() for c in f["claims"])
    ]
    driver.find_element("id", "f-search").send_keys(word)
    assert shown(driver) == len(expected) > 0
    assert [r for r, _ in visible_rows(driver)] == [f"fact-{i}" for i in expected]

    # a claim's link scrolls to its marked words in the article
    first = next(f for f in facts if f["status"] == "conflict")["claims"][0]
    link = driver.find_element("css selector", f"#fact-{conflicts[0][5:]} a.claim")
    assert link.text == first["text"]
    link.click()
    time.sleep(0.3)
    target = driver.execute_script("return document.querySelector(':target')")
    assert target is not None and target.tag_name == "mark"
    assert target.text.startswith(first["text"])
    assert "k-count" in target.get_attribute("class")
    top, height = driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return [r.top, window.innerHeight];", target
    )
    assert 0 <= top < height  # on screen
    article = driver.execute_script("return arguments[0].closest('article').id", target)
    docs = [d["id"] for d in table["documents"]]
    assert article == f"doc{docs.index(first['doc'])}"


@pytest.mark.model
def test_the_fire_story_shows_its_conflict_and_sorts(driver, tmp_path):
    folder = tmp_path / "fire"
    folder.mkdir()
    for name, text in FIRE.items():
        (folder / name).write_text(text, encoding="utf-8")
    page, table = report([str(folder)], tmp_path)
    driver.get(page.as_uri())
    conflicts = {f"fact-{f['id']}" for f in table["facts"] if f["status"] == "conflict"}
    assert conflicts
    for row in conflicts:
        assert driver.find_element("id", row).is_displayed()
    # every article is on the page, each claim's words marked in it
    articles = driver.find_elements("css selector", "article")
    assert len(articles) == 3
    marked = {m.get_attribute("textContent") for m in driver.find_elements("css selector", "article mark.m")}
    assert {c["text"] for f in table["facts"] for c in f["claims"]} <= marked
    # sorting by sources: the order of the rows follows the counts
    driver.find_element("css selector", 'button[data-sort="sources"]').click()
    sources = [
        int(r.get_attribute("data-sources")) for r in driver.find_elements("css selector", "tbody tr.fact")
    ]
    assert sources == sorted(sources)
    header = driver.find_element("css selector", 'button[data-sort="sources"]').find_element("xpath", "..")
    assert header.get_attribute("aria-sort") == "ascending"
    # the kind filter
    select = driver.find_element("id", "f-kind")
    from selenium.webdriver.support.ui import Select

    Select(select).select_by_value("money")
    money = [f for f in table["facts"] if f["kind"] == "money"]
    assert shown(driver) == len(money)
    screenshot(driver, tmp_path, "fire.png")


def test_300_articles_render_and_filter_quickly(driver, tmp_path):
    write_articles(tmp_path / "in", 300)
    page, table = report([str(tmp_path / "in")], tmp_path, "-m", "blank")
    started = time.monotonic()
    driver.get(page.as_uri())
    loaded = time.monotonic() - started
    assert len(driver.find_elements("css selector", "article")) == 300
    assert shown(driver) == len(table["facts"])
    started = time.monotonic()
    driver.find_element("id", "f-search").send_keys("shelters")
    expected = [f for f in table["facts"] if any("shelters" in c["sentence"] for c in f["claims"])]
    assert shown(driver) == len(expected) > 0
    filtered = time.monotonic() - started
    assert loaded < 20 and filtered < 10, (loaded, filtered)  # generous: a shared 2-core machine


DATASETTE_METADATA = {
    "databases": {
        "story": {
            "tables": {
                "facts": {"facets": ["status", "kind", "unit"]},
                "claims": {"facets": ["outlet", "qualifier"]},
                "mentions": {"facets": ["kind", "label"]},
            }
        }
    }
}


@pytest.mark.model
@pytest.mark.screenshots
def test_datasette_screenshot(driver, tmp_path):
    db, metadata = tmp_path / "story.db", tmp_path / "metadata.json"
    done = factx("reconcile", str(SEEDS), "-f", "sqlite", "-o", str(db), "-q")
    assert done.returncode == 0, done.stderr
    metadata.write_text(json.dumps(DATASETTE_METADATA), encoding="utf-8")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    datasette = Path(sys.executable).with_name("datasette")
    server = subprocess.Popen(
        [str(datasette), "serve", str(db), "-m", str(metadata), "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/story/facts"
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.2)
        driver.get(url)
        assert "status" in driver.page_source and "conflict" in driver.page_source
        screenshot(driver, tmp_path, "datasette.png")
    finally:
        server.terminate()
        server.wait(timeout=10)
