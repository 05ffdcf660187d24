package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

func newDocsCmd() *cobra.Command {
	return &cobra.Command{
		Use:    "docs",
		Short:  "Print the CLI reference in Markdown (the README's last section)",
		Hidden: true,
		Args:   noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return writeReference(cmd.OutOrStdout(), cmd.Root())
		},
	}
}

// writeReference writes every visible command's help as Markdown, depth first.
func writeReference(w io.Writer, c *cobra.Command) error {
	if c.Hidden || c.Name() == "help" || c.Name() == "completion" {
		return nil
	}
	if _, err := fmt.Fprintf(w, "### %s\n\n%s\n\n```\n%s```\n\n", c.CommandPath(), strings.TrimSpace(longOrShort(c)), c.UsageString()); err != nil {
		return err
	}
	for _, sub := range c.Commands() {
		if err := writeReference(w, sub); err != nil {
			return err
		}
	}
	return nil
}

func longOrShort(c *cobra.Command) string {
	if c.Long != "" {
		return c.Long
	}
	return c.Short
}
