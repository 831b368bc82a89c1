"""Invented multi-story feeds for the story-split, seam and cluster tests: three events, each reported by
three outlets in their own words, sharing names and figures within a story and nothing across stories."""

from __future__ import annotations

from pathlib import Path

STORIES = {
    "flood": [
        "Floods hit Porto Velho on Monday. The Madeira River rose 4.5 metres and 1,200 families left their "
        "homes, Governor Ana Lucena said. Rondonia asked Brasilia for $12 million.",
        "Governor Ana Lucena declared an emergency in Porto Velho after the Madeira River burst its banks. "
        "About 1,300 families were moved, and Rondonia wants $12 million from Brasilia.",
        "In Porto Velho, the Madeira River flood forced some 1,200 families out. Lucena said Rondonia "
        "needs $15 million; Brasilia has not answered.",
    ],
    "merger": [
        "Kestrel Foods will buy Alder Dairy for $2.3 billion, chief executive Tomas Brandt said in Oslo. "
        "Alder Dairy employs 4,000 people.",
        "Tomas Brandt told reporters in Oslo that Kestrel Foods agreed to pay $2.3 billion for Alder Dairy, "
        "which has 4,100 workers.",
        "Kestrel Foods is acquiring Alder Dairy in a $2.4 billion deal, Brandt said. Oslo analysts called "
        "the Alder Dairy price high.",
    ],
    "quake": [
        "A magnitude 5.8 earthquake struck near Kushiro on Hokkaido, the Japan Meteorological Agency said. "
        "Three people were hurt.",
        "The Japan Meteorological Agency put the Kushiro earthquake at magnitude 5.9. Hokkaido officials "
        "said four people were injured.",
        "Kushiro shook on Hokkaido: a 5.8 quake, the Japan Meteorological Agency reported, injuring three.",
    ],
}


def write_feed(folder: Path) -> dict[str, str]:
    """Write the articles as `<story>_<n>.txt` in `folder`, interleaved; returns each document id's story."""
    folder.mkdir(parents=True, exist_ok=True)
    truth = {}
    for n in range(3):
        for story, articles in STORIES.items():
            doc = f"{story}_{n}"
            (folder / f"{doc}.txt").write_text(articles[n] + "\n", encoding="utf-8")
            truth[doc] = story
    return truth
