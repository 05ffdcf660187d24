package main

import (
	"os"

	"github.com/cerestack/cere/script"
	"github.com/spf13/cobra"
)

// newScriptWorkerCmd is the process a node runs the scripts of owners other
// than its operators in (script.Workers): it reads evaluations on stdin
// and answers on stdout. Hidden: only a node starts it.
func newScriptWorkerCmd() *cobra.Command {
	return &cobra.Command{
		Use:    "script-worker",
		Short:  "Run scripts for a node, over stdin and stdout",
		Hidden: true,
		Args:   noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return script.ServeWorker(os.Stdin, os.Stdout)
		},
	}
}
