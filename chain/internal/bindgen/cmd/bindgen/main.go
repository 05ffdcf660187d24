// Command bindgen writes chain/contracts.go from contracts/combined.json
// (make contracts runs it from the repository's root).
package main

import (
	"fmt"
	"os"

	"github.com/cerestack/cere/chain/internal/bindgen"
)

func main() {
	combined, err := os.ReadFile("contracts/combined.json")
	if err == nil {
		var src string
		if src, err = bindgen.Generate(combined, "chain"); err == nil {
			err = os.WriteFile("chain/contracts.go", []byte(src), 0o644)
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bindgen:", err)
		os.Exit(1)
	}
}
