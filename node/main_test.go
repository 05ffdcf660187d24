package node

import (
	"os"
	"testing"

	"github.com/cerestack/cere/script"
)

// TestMain serves as a script worker when a node under test starts one:
// os.Executable is then this test binary, not cere; and as the throwaway
// wallets' process when TestThrowawayWallets starts it.
func TestMain(m *testing.M) {
	script.ServeIfWorker()
	serveIfAttack()
	os.Exit(m.Run())
}
