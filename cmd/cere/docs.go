package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// The CLI reference lives in the README between these markers.
const (
	referenceStart = "<!-- cli-reference:start -->\n"
	referenceEnd   = "<!-- cli-reference:end -->"
)

func newDocsCmd() *cobra.Command {
	var update string
	cmd := &cobra.Command{
		Use:    "docs",
		Short:  "Print the CLI reference in Markdown, or write it into a README",
		Hidden: true,
		Args:   noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if update == "" {
				return writeReference(cmd.OutOrStdout(), cmd.Root())
			}
			readme, err := os.ReadFile(update)
			if err != nil {
				return err
			}
			var ref bytes.Buffer
			if err := writeReference(&ref, cmd.Root()); err != nil {
				return err
			}
			out, err := spliceReference(string(readme), ref.String())
			if err != nil {
				return fmt.Errorf("%s: %w", update, err)
			}
			return os.WriteFile(update, []byte(out), 0o644)
		},
	}
	cmd.Flags().StringVar(&update, "update", "", "README file whose CLI reference section to rewrite")
	return cmd
}

// spliceReference replaces what stands between the markers in readme.
func spliceReference(readme, ref string) (string, error) {
	start := strings.Index(readme, referenceStart)
	end := strings.Index(readme, referenceEnd)
	if start < 0 || end < start {
		return "", fmt.Errorf("no %q ... %q section", strings.TrimSpace(referenceStart), referenceEnd)
	}
	return readme[:start+len(referenceStart)] + "\n" + ref + readme[end:], nil
}

// writeReference writes every visible command's help as Markdown, depth first.
func writeReference(w io.Writer, c *cobra.Command) error {
	if !c.HasParent() {
		// Cobra adds these when it executes; add them here so the reference
		// is the same whether or not it runs inside an execution.
		c.InitDefaultHelpCmd()
		c.InitDefaultCompletionCmd()
	}
	if c.Hidden || c.Name() == "help" || c.Name() == "completion" {
		return nil
	}
	long := c.Long
	if long == "" {
		long = c.Short
	}
	if _, err := fmt.Fprintf(w, "### %s\n\n%s\n\n```\n%s```\n\n", c.CommandPath(), strings.TrimSpace(long), c.UsageString()); err != nil {
		return err
	}
	for _, sub := range c.Commands() {
		if err := writeReference(w, sub); err != nil {
			return err
		}
	}
	return nil
}
