package scoring

// Valence is a VADER-compatible polarity score.
type Valence struct {
	// Compound is the normalised sum of valences, in [-1, 1].
	Compound float64
	// Pos, Neu and Neg are the shares of positive, neutral and negative
	// sentiment; they sum to 1 (or are all 0 for text without words).
	Pos, Neu, Neg float64
}

// Tone holds GDELT Global Knowledge Graph style tone percentages.
type Tone struct {
	// Tone is PositivePct - NegativePct.
	Tone float64
	// PositivePct and NegativePct are the shares of words with positive and
	// negative valence, times 100.
	PositivePct, NegativePct float64
	// PolarityPct is the share of words found in the tone dictionary, times 100.
	PolarityPct float64
	// ActivityPct is the share of active verbs, times 100.
	ActivityPct float64
	// SelfGroupPct is the share of pronouns, times 100.
	SelfGroupPct float64
}

// Scores are all the scores tonal computes for one unit of text.
type Scores struct {
	Valence
	Tone
	// Words is the number of word tokens the scores were computed over.
	Words int
	// Dims holds, per dimension of the scorer that produced the scores,
	// the weighted matches per 100 words (see Scorer.Dimensions).
	Dims []float64
	// CooperationConflict is a net index in [-1, 1]: positive when
	// cooperation outweighs conflict.
	CooperationConflict float64
}
