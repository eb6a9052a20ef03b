// Package brat reads brat standoff annotation files (.ann): text-bound
// annotations (T), events (E) and annotator notes (#). Offsets in a .ann
// file count Unicode code points of the matching .txt file, end-exclusive;
// a discontinuous annotation lists its pieces joined by ";".
package brat
