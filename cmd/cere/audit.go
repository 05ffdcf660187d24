package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/cerestack/cere/audit"
	"github.com/spf13/cobra"
)

func newAuditCmd(g *globals) *cobra.Command {
	var workflow, rule, since string
	var failed bool
	var limit int
	cmd := &cobra.Command{
		Use:   "audit",
		Short: "List the node's audit trail of rule evaluations, newest first",
		Long: `List the node's audit trail of rule evaluations, newest first. Every
evaluation is counted; failures and a sample of successes are recorded in
full, each hash-chained to the one before (see 'cere audit verify').

--output json prints {"counts": {"evaluations", "matched", "failed",
"recorded"}, "records": [{"seq", "time", "trace_id", "workflow", "version",
"rule", "event", "matched", "conditions", "duration_ms", "error", "prev",
"hash"}]}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			q := url.Values{"limit": {strconv.Itoa(limit)}}
			for k, v := range map[string]string{"workflow": workflow, "rule": rule, "since": since} {
				if v != "" {
					q.Set(k, v)
				}
			}
			if failed {
				q.Set("failed", "true")
			}
			var res struct {
				Counts  audit.Counts   `json:"counts"`
				Records []audit.Record `json:"records"`
			}
			if err := c.Do(cmd.Context(), http.MethodGet, "/api/v1/audit?"+q.Encode(), nil, &res); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if g.output == "json" {
				return printJSON(out, res)
			}
			fmt.Fprintf(out, "%d evaluations, %d matched, %d failed, %d recorded\n",
				res.Counts.Evaluations, res.Counts.Matched, res.Counts.Failed, res.Counts.Recorded)
			tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "SEQ\tTIME\tWORKFLOW\tRULE\tEVENT\tMATCHED\tMS\tERROR")
			for _, r := range res.Records {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%v\t%.3f\t%s\n", r.Seq, r.Time.Local().Format(time.DateTime), r.Workflow, r.Rule, r.Event, r.Matched, r.DurationMS, r.Error)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&workflow, "workflow", "", "only this workflow")
	cmd.Flags().StringVar(&rule, "rule", "", "only this rule")
	cmd.Flags().StringVar(&since, "since", "", "only since a duration ago (1h) or a time (RFC 3339)")
	cmd.Flags().BoolVar(&failed, "failed", false, "only failures")
	cmd.Flags().IntVar(&limit, "limit", 100, "at most this many records")
	cmd.AddCommand(&cobra.Command{
		Use:   "verify",
		Short: "Check the audit trail's hash chain; exit 1 if a record was changed or removed",
		Long: `Check the audit trail's hash chain; exit 1 if a record was changed or removed.

--output json prints {"ok", "checked", "problem", "broken_at"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			var v audit.Verification
			if err := c.Do(cmd.Context(), http.MethodPost, "/api/v1/audit/verify", nil, &v); err != nil {
				return err
			}
			if g.output == "json" {
				if err := printJSON(cmd.OutOrStdout(), v); err != nil {
					return err
				}
			} else if v.OK {
				fmt.Fprintf(cmd.OutOrStdout(), "ok: %d records, every link holds\n", v.Checked)
			}
			if !v.OK {
				return errors.New("audit trail broken: " + v.Problem)
			}
			return nil
		},
	})
	return cmd
}

func newErrorsCmd(g *globals) *cobra.Command {
	var kind string
	cmd := &cobra.Command{
		Use:   "errors",
		Short: "List error groups: errors of rules, scripts, agents and the node, by fingerprint",
		Long: `List error groups, most recent first: the errors and panics of rules,
scripts, agents and the node, grouped by kind, location and normalised
message, with counts, first and last seen, the workflows affected and a
sample.

--output json prints an array of {"fingerprint", "kind", "location",
"message", "count", "first_seen", "last_seen", "workflows", "sample_error",
"sample_stack", "sample_event"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			var groups []audit.Group
			path := "/api/v1/errors"
			if kind != "" {
				path += "?kind=" + url.QueryEscape(kind)
			}
			if err := c.Do(cmd.Context(), http.MethodGet, path, nil, &groups); err != nil {
				return err
			}
			return printList(cmd.OutOrStdout(), g.output == "json", groups, "No errors.",
				"COUNT\tLAST SEEN\tKIND\tLOCATION\tMESSAGE", func(gr audit.Group) string {
					msg, _ := json.Marshal(gr.Message)
					return fmt.Sprintf("%d\t%s\t%s\t%s\t%s", gr.Count, gr.LastSeen.Local().Format(time.DateTime), gr.Kind, gr.Location, msg)
				})
		},
	}
	cmd.Flags().StringVar(&kind, "kind", "", "only this kind: rule, script, agent or node")
	return cmd
}
