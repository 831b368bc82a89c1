"""How wide the interval behind a vague expression is: every tolerance factx uses lives here.

The README's "How values are compared" section documents these; change both together.
"""

# "about 30", "around $5 million", "some 200 people": ±10 % of the stated figure.
APPROX_TOLERANCE = 0.10

# "nearly $10 billion", "almost 40 %": up to 10 % below the figure, never above it.
NEARLY_TOLERANCE = 0.10

# "dozens", "hundreds", "thousands of": at least two of the unit, fewer than ten of it (ten thousand would
# be "tens of thousands"). Applied as value 2 × unit, interval [2 × unit, 10 × unit].
VAGUE_LOW_FACTOR = 2
VAGUE_HIGH_FACTOR = 10

# Days of the month covered by "early", "mid" and "late" ("late last month" → days 21 to the month's end).
EARLY_DAYS = (1, 10)
MID_DAYS = (11, 20)
LATE_DAYS = (21, 31)

# Months of the year covered by "early 2025", "mid-2025", "late 2025".
EARLY_MONTHS = (1, 4)
MID_MONTHS = (5, 8)
LATE_MONTHS = (9, 12)

# A plain integer of this size or more with trailing zeros ("15,000 people") is read as rounded to its
# last non-zero digit; smaller counts ("15 countries") are exact.
ROUNDED_FROM = 1000

# A bare weekday in a clause of unknown tense is taken as the nearest such day to publication, no more than
# this many days away.
NEAREST_WEEKDAY_SPAN = 3

# Lengths of time compare in one unit (years), each unit covering (shortest, mean, longest) days. A calendar
# month is 28 to 31 days and a year 365 or 366, so "six months" allows 168 to 186 days ("180 days" is
# compatible with it, "200 days" is not) and "18 months" / "a year and a half" both come to 547.875 days.
DURATION_DAYS = {
    "second": (1 / 86400, 1 / 86400, 1 / 86400),
    "minute": (1 / 1440, 1 / 1440, 1 / 1440),
    "hour": (1 / 24, 1 / 24, 1 / 24),
    "day": (1.0, 1.0, 1.0),
    "week": (7.0, 7.0, 7.0),
    "month": (28.0, 365.25 / 12, 31.0),
    "year": (365.0, 365.25, 366.0),
}

# A measure given right after another in another unit ("150 nautical miles (about 277km)") is the writer's
# conversion of it when the two are within this fraction of each other; conversions are rounded loosely
# ("2.96 pounds (1.35 kg)" is 1.343 kg), so this is wider than a figure's own rounding.
CONVERSION_TOLERANCE = 0.10
