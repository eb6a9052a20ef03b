// Package pipeline runs tonal's stages over a stream of articles:
//
//	ingest → clean → segment → score → tables
//
// The Runner owns all concurrency: one goroutine reads records into
// batches, a bounded pool of workers runs the stages on whole batches, and
// one goroutine hands the batches to the sink in input order. The number of
// batches in flight is bounded, so memory does not grow with the input, and
// the output is the same whatever the number of workers. Stages are plain
// types with a Process method; they never start goroutines.
package pipeline
