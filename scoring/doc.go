// Package scoring computes the tone of a unit of text: VADER-compatible
// valence, GDELT-style tone percentages and lexicon-driven tone dimensions
// such as encouraging, threat and hedging.
package scoring
