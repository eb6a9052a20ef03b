package scoring

import (
	"math"
	"testing"
)

// TestVaderAgreement compares tonal's compound score with the human
// ratings of the VADER ground-truth sets: Pearson r per set must match
// the published govader figures (datasets README) to two decimals, and it
// prints the 3-class accuracy and macro-F1 on the NYT editorial snippets.
func TestVaderAgreement(t *testing.T) {
	published := map[string]float64{ // govader's r, from ../shared/datasets/README.md
		"tweets_GroundTruth.txt":               0.873,
		"movieReviewSnippets_GroundTruth.txt":  0.423,
		"amazonReviewSnippets_GroundTruth.txt": 0.590,
	}
	s := newTestScorer(t)
	var sc Scores
	for _, name := range []string{"tweets_GroundTruth.txt", "movieReviewSnippets_GroundTruth.txt", "amazonReviewSnippets_GroundTruth.txt", "nytEditorialSnippets_dev.txt"} {
		snips := vaderSnippets(t, name)
		xs := make([]float64, len(snips))
		ys := make([]float64, len(snips))
		for i, sn := range snips {
			s.Score(sn.text, &sc)
			xs[i], ys[i] = sc.Compound, sn.rating
		}
		r := pearson(xs, ys)
		acc, f1 := threeClass(xs, ys)
		t.Logf("%-38s n=%5d  r=%.3f  3-class accuracy %.3f  macro-F1 %.3f", name, len(snips), r, acc, f1)
		if want, ok := published[name]; ok && math.Abs(r-want) > 0.006 {
			t.Errorf("%s: r = %.3f, published %.3f", name, r, want)
		}
	}
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var sx, sy, sxx, syy, sxy float64
	for i := range x {
		sx += x[i]
		sy += y[i]
		sxx += x[i] * x[i]
		syy += y[i] * y[i]
		sxy += x[i] * y[i]
	}
	cov := sxy - sx*sy/n
	return cov / math.Sqrt((sxx-sx*sx/n)*(syy-sy*sy/n))
}

// threeClass scores compound >= 0.05 / <= -0.05 against ratings > 0 / < 0
// (0 neutral), as the datasets README defines, returning accuracy and
// macro-F1.
func threeClass(compound, rating []float64) (acc, macroF1 float64) {
	class := func(v, lo, hi float64) int {
		switch {
		case v >= hi:
			return 2
		case v <= lo:
			return 0
		}
		return 1
	}
	var conf [3][3]float64
	for i := range compound {
		conf[class(rating[i], -1e-12, 1e-12)][class(compound[i], -0.05, 0.05)]++
	}
	var correct, total float64
	for g := range 3 {
		var tp, fp, fn float64
		for p := range 3 {
			total += conf[g][p]
			if g == p {
				correct += conf[g][p]
			}
		}
		tp = conf[g][g]
		for k := range 3 {
			if k != g {
				fn += conf[g][k]
				fp += conf[k][g]
			}
		}
		if tp > 0 {
			prec, rec := tp/(tp+fp), tp/(tp+fn)
			macroF1 += 2 * prec * rec / (prec + rec) / 3
		}
	}
	return correct / total, macroF1
}
