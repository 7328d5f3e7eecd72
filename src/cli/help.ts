/** The text of `whosaid --help`. */
export const HELP = `Usage: whosaid [options] [FILE|DIR|-]...

Find who said what in English news text: for each claim, the source, the
cue ("said", "according to") and the content.

Input
  FILE            an article (one file = one article)
  DIR             every .txt, .md, .html and extension-less file below it
                  (recursively, in name order; hidden files are skipped)
                  .md/.markdown and .html/.htm/.xhtml files are read as
                  Markdown and HTML: markup stays out of the results, and
                  offsets point into the file as written
  -  or nothing   read standard input
  -i, --input K   text (default): each file is one article
                  ndjson: each line is a record {"id": ..., "text": "..."};
                  one result line per record, in input order

Output
  -f, --format F  text (default for articles): a readable list per article
                  json: one document {"files"|"records": [...]}
                  ndjson (default for --input ndjson): one line per article
                  or record; in both, each sentence's text is written once,
                  in "sentences", and an attribution's sentence is offsets
                  csv: one row per attribution (RFC 4180, CRLF), with the
                  path or id as document
                  html: one self-contained annotated page, a section per
                  article or record
  --sources       who was quoted instead: each source with its kind,
                  gender, anonymity, claims and channels, and the shares
                  (anonymous, by kind, by gender), per article or record and
                  for the whole run; as text, json or csv

Processing
  -j, --jobs N    worker threads (default: processors - 1, at least 1)
  --categories L  only these cue categories, comma-separated (speech,
                  writing, report, statement, belief, stance, intention,
                  evidence, refusal)
  --no-refusals   leave out "declined to comment" and the like
  --keep-boilerplate
                  search reader-comment threads too (by default they are
                  left out and listed in "skipped")
  --compact       JSON/NDJSON without repeated text (sentence, mentions)
  --fields L      only these attribution fields, comma-separated (cue,
                  content, mode, source, via, rule, category, lemma,
                  confidence, sentence, paragraph, negated); implies
                  --compact

Other
  -q, --quiet     no progress line and no summary on stderr
  -h, --help      show this help
  -v, --version   show the version

NDJSON records: blank lines are skipped (line numbers still count). A line
that is not JSON, has no string "text", or fails, gives an error record
{"id", "path", "line", "error"} in its place ("id" when known, "path" when
reading a file); the run goes on. A record without "id" gets "id": null.

Files that are missing, broken links, binary or unreadable give an error
entry and the run goes on. gzip input is read decompressed. Files over 8
million characters are read in parts (one entry per part, "part": N).

Exit status: 0 all records succeeded, 1 some failed (or the output could
not be written), 2 usage error.
`
