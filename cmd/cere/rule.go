package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/cerestack/cere/internal/document"
	"github.com/cerestack/cere/node/api"
	"github.com/cerestack/cere/rules"
	"github.com/spf13/cobra"
)

func newRuleCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rule",
		Short: "Work with Rule Service rules",
		Args:  noArgs,
	}
	var event string
	test := &cobra.Command{
		Use:   "test FILE",
		Short: "Evaluate a rule on an event, against the node's history",
		Long: `Evaluate a rule on an event, on the node, against its event history.

FILE holds a rule as YAML or JSON: {"id", "event" (a type glob), and one of
"conditions" (declarative: all / any / not of {"fact", "operator", "value"},
history facts such as "history.count" with "params"), "expression" (a
JavaScript expression) or "script" (a JavaScript function body returning a
boolean)}. A .js FILE is a function body. Exits 1 when the rule fails to
compile or evaluate; a rule that does not match exits 0.

--output json prints {"matched", "error", "duration_ms", "trace": [{"at",
"fact", "value", "operator", "expected", "matched"}]}.`,
		Args: exactlyOne("FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			var rule rules.Rule
			if strings.EqualFold(filepath.Ext(args[0]), ".js") {
				rule = rules.Rule{ID: strings.TrimSuffix(filepath.Base(args[0]), filepath.Ext(args[0])), Script: string(src)}
			} else if err := document.Decode(args[0], src, &rule); err != nil {
				return err
			}
			req := api.RuleTest{Rule: rule}
			if event != "" {
				if err := json.Unmarshal([]byte(event), &req.Event); err != nil {
					return usageError{fmt.Errorf("--event: not a JSON object: %v", err)}
				}
			}
			return dryRun(cmd, g, "/api/v1/rules/test", req,
				func(r *api.RuleResult) string { return r.Error },
				func(out io.Writer, res *api.RuleResult) error {
					fmt.Fprintf(out, "matched: %v (%.3f ms)\n", res.Matched, res.DurationMS)
					tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
					for _, s := range res.Trace {
						v, _ := json.Marshal(s.Value)
						want, _ := json.Marshal(s.Expected)
						fmt.Fprintf(tw, "  %s\t%s = %s\t%s %s\t%v\n", s.At, s.Fact, v, s.Operator, want, s.Matched)
					}
					return tw.Flush()
				})
		},
	}
	test.Flags().StringVar(&event, "event", "", "the event, as a JSON object (a CloudEvent)")
	cmd.AddCommand(test)
	return cmd
}
