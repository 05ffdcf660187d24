package node

import (
	"fmt"
	"os"
	"testing"

	"github.com/cerestack/cere/script"
)

// TestMain serves as a script worker when a node under test starts one:
// os.Executable is then this test binary, not cere.
func TestMain(m *testing.M) {
	if os.Getenv("CERE_SCRIPT_WORKER") == "1" {
		if err := script.ServeWorker(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}
