"""Print who said what from the JSONL output of `quotex run`.

usage: python examples/show_quotes.py out/demo/articles.jsonl
"""

import json
import sys


def main(path: str) -> None:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if "error" in record:
                print(f"[{record.get('id')}] error: {record['error']}")
                continue
            for quote in record.get("quotes", []):
                speaker = quote["speaker"]
                who = f"{speaker['name'] or speaker['text']} ({speaker['text']})" if speaker else "(nobody)"
                print(f"[{record['id']}] {who}: {quote['text'][:80]}")


if __name__ == "__main__":
    main(sys.argv[1])
