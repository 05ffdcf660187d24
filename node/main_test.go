package node

import (
	"os"
	"testing"

	"github.com/cerestack/cere/script"
)

// TestMain serves as a script worker when a node under test starts one:
// os.Executable is then this test binary, not cere.
func TestMain(m *testing.M) {
	script.ServeIfWorker()
	os.Exit(m.Run())
}
