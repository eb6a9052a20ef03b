package clean_test

import (
	"fmt"

	"github.com/tonalhq/tonal/pipeline/clean"
)

func ExampleCleaner_Clean() {
	c, err := clean.New()
	if err != nil {
		panic(err)
	}
	raw := "/head> Envoys Meet Again\n\nEnvoys met on <b>Monday</b> &amp; agreed to talk.\n\nAdvertisement\n\nPost a Comment"
	fmt.Printf("%q\n", c.Clean("Envoys Meet Again", raw))
	// Output: "Envoys met on Monday & agreed to talk."
}
