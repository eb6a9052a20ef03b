package scoring_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/tonalhq/tonal/scoring"
)

func ExampleScorer_Score() {
	s, err := scoring.New()
	if err != nil {
		log.Fatal(err)
	}
	var sc scoring.Scores
	s.Score("The talks were not a failure; officials called them a breakthrough.", &sc)
	fmt.Printf("compound %.4f pos %.3f neu %.3f neg %.3f words %d\n", sc.Compound, sc.Pos, sc.Neu, sc.Neg, sc.Words)
	fmt.Printf("tone %.2f positive %.2f%% negative %.2f%%\n", sc.Tone.Tone, sc.PositivePct, sc.NegativePct)
	// Output:
	// compound 0.4023 pos 0.213 neu 0.787 neg 0.000 words 11
	// tone -9.09 positive 0.00% negative 9.09%
}

func ExampleScorer_Columns() {
	s, err := scoring.New()
	if err != nil {
		log.Fatal(err)
	}
	var sc scoring.Scores
	s.Score("Rebels threatened to attack.", &sc)
	for _, c := range s.Columns() {
		if strings.HasPrefix(c.Name, "dim_") {
			// Dimension values follow the lexicons' weights.
			fmt.Printf("%s>0 %v\n", c.Name, c.Get(&sc) > 0)
			continue
		}
		fmt.Printf("%s=%.3f\n", c.Name, c.Get(&sc))
	}
	// Output:
	// compound=-0.785
	// pos=0.000
	// neu=0.112
	// neg=0.888
	// tone=-75.000
	// positive_pct=0.000
	// negative_pct=75.000
	// polarity_pct=75.000
	// activity_pct=25.000
	// self_group_pct=0.000
	// dim_conflict>0 true
	// dim_cooperation>0 false
	// dim_encouraging>0 false
	// dim_hedging>0 false
	// dim_threat>0 true
	// cooperation_conflict=-1.000
}

func ExampleScorer_Combine() {
	s, err := scoring.New()
	if err != nil {
		log.Fatal(err)
	}
	sentences := []string{"Troops clashed on the border.", "Both sides later agreed to resume talks."}
	parts := make([]scoring.Scores, len(sentences))
	for i, x := range sentences {
		s.Score(x, &parts[i])
	}
	var para scoring.Scores
	s.Combine(&para, parts)
	fmt.Printf("words %d compound %.4f cooperation_conflict %.3f\n", para.Words, para.Compound, para.CooperationConflict)
	// Output:
	// words 12 compound 0.1594 cooperation_conflict 0.333
}

func ExampleParseLexicon() {
	_, err := scoring.ParseLexicon("threat.tsv", strings.NewReader("# name: threat\n# version: 1\n# definition: danger\nThreat\t1\nwarn*\t0\n"))
	fmt.Println(err)
	// Output:
	// threat.tsv:4: term "Threat" is not lower case
	// threat.tsv:5: weight "0" is not a positive number
}
