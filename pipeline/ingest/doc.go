// Package ingest reads news archives — JSONL dumps and folders of text
// files, plain or gzip-compressed — and yields one article.Article per input
// record, in input order. Records it cannot read come out as rejects rather
// than errors, so every record is accounted for; only I/O errors on the
// inputs themselves stop a run.
package ingest
