// Package article defines the item that flows through tonal's pipeline: one
// input record, the article read from it, its segmentation and its scores,
// or the reason it was rejected.
package article
