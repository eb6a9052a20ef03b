package scoring

// vocabBuilder collects the entries of a Scorer's vocabulary while New
// loads the lexicons.
type vocabBuilder struct {
	m map[string]*vocabEntry
}

func newVocabBuilder() *vocabBuilder {
	return &vocabBuilder{m: make(map[string]*vocabEntry, 16384)}
}

// entry returns the entry of word, adding an empty one if needed.
func (b *vocabBuilder) entry(word string) *vocabEntry {
	e := b.m[word]
	if e == nil {
		e = &vocabEntry{}
		b.m[word] = e
	}
	return e
}
