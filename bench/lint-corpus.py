#!/usr/bin/env python3
"""Writes N drafted sales messages of about 120 words each into DIR (seeded, repeatable).

Usage: bench/lint-corpus.py DIR [N] [SEED]
Half lean on the sender (I/we, our platform, meeting asks), half on the reader, mixed
sentence by sentence from the pools below, so both linters see realistic prose.
"""
import os
import random
import sys

OPENERS = [
    "Hi {name},", "Hello {name},", "Hey {name},", "Dear {name},", "Hi {{first_name}},",
]
SELF = [
    "I wanted to reach out because we are the leading provider of onboarding software for growing sales teams.",
    "Our award-winning platform helps companies like yours cut ramp time with automated coaching and call reviews.",
    "We have helped over 400 teams across North America, and our customers include three of the top banks.",
    "I hope this email finds you well and that the quarter is off to a strong start for everyone there.",
    "My name is Jo and I lead partnerships at Acme, where we specialize in revenue intelligence.",
    "We built our solution from the ground up to be seamless, robust and truly end to end.",
    "I'd love to show you how we do it in a quick demo, since I think it could really move the needle.",
    "Just checking in on my last email, as I know you must be very busy this time of year.",
    "I need to hit my quota this quarter, so my manager approved a special discount until Friday.",
    "Do you have 15 minutes this week for a quick call? You can grab time here: https://calendly.com/jo/15min",
]
READER = [
    "Your team hired twelve reps this spring, and new reps usually take three months to reach quota.",
    "When ramp runs long, your managers end up coaching on Fridays instead of closing their own deals.",
    "I noticed your post about moving the sales floor to a hybrid schedule; how is that going so far?",
    "Teams in your position often find that call reviews pile up faster than anyone can listen to them.",
    "If your best rep could coach the rest without extra meetings, what would that free up for you?",
    "Your Q3 plan mentioned doubling the mid-market segment, which usually means a wave of new hires.",
    "Would a one-page summary of how similar teams shortened ramp be useful for your planning?",
    "Is shortening ramp time on your list for this quarter, or is it a problem for next year?",
    "You and I could compare notes on what has worked for your managers so far.",
    "Congrats on the Series B, by the way; the new office in Austin looks great.",
]
CLOSES = ["Best,\nJo", "Thanks,\nJo Park\nAcme", "Cheers,\nJo", "-- \nJo Park | Acme | +1 555 0100"]
NAMES = ["Sam", "Priya", "José", "Anna", "Chen", "Zoë", "{FirstName}", "[Name]"]


def message(rng: random.Random, selfish: bool) -> str:
    lead, other = (SELF, READER) if selfish else (READER, SELF)
    sentences = []
    words = 0
    while words < 110:
        pool = lead if rng.random() < 0.75 else other
        sentence = rng.choice(pool)
        sentences.append(sentence)
        words += len(sentence.split())
    paragraphs = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    subject = "Subject: " + rng.choice(["Onboarding at Globex", "Quick question", "Ramp time", "Acme + Globex partnership opportunity"])
    opener = rng.choice(OPENERS).format(name=rng.choice(NAMES))
    return "\n\n".join([subject, opener] + paragraphs + [rng.choice(CLOSES)]) + "\n"


def main() -> None:
    directory = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    os.makedirs(directory, exist_ok=True)
    for index in range(count):
        with open(os.path.join(directory, f"msg-{index:05d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(message(rng, index % 2 == 0))


if __name__ == "__main__":
    main()
