package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/cerestack/cere/node/api"
	"github.com/coder/websocket"
	"github.com/spf13/cobra"
)

func newTailCmd(g *globals) *cobra.Command {
	var topics []string
	var count int
	cmd := &cobra.Command{
		Use:   "tail",
		Short: "Follow the node's live stream of decisions and actions",
		Long: `Follow the node's live stream (GET /api/v1/stream, a WebSocket) until
interrupted, or until --count messages arrived.

Topics (globs; repeat --topic or separate with commas; default all):
execution.started, execution.finished, step.started, step.finished,
rule.evaluated, deploy, error. The node sends a client at most 1,000
messages a second; when it drops some (over that rate, or when this client
reads too slowly), a line says how many.

--output json prints one JSON object per message: {"topic", "time",
"workflow", "version", "trace_id", "node", "event", "data"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			u, err := url.Parse(g.apiURL)
			if err != nil {
				return usageError{fmt.Errorf("--api: %v", err)}
			}
			u.Scheme = strings.Replace(u.Scheme, "http", "ws", 1)
			u.Path = strings.TrimSuffix(u.Path, "/") + "/api/v1/stream"
			q := url.Values{}
			for _, t := range topics {
				q.Add("topic", t)
			}
			u.RawQuery = q.Encode()
			ctx, cancel := context.WithCancel(cmd.Context())
			defer cancel()
			c, err := g.client()
			if err != nil {
				return err
			}
			// The stream's request is signed (or carries the token) as any other.
			req, err := http.NewRequest(http.MethodGet, u.String(), nil)
			if err != nil {
				return usageError{fmt.Errorf("--api: %v", err)}
			}
			if err := c.Authenticate(req, nil); err != nil {
				return err
			}
			conn, _, err := websocket.Dial(ctx, u.String(), &websocket.DialOptions{HTTPHeader: req.Header})
			if err != nil {
				return fmt.Errorf("stream: %w", err)
			}
			defer conn.CloseNow()
			conn.SetReadLimit(16 << 20)
			out := cmd.OutOrStdout()
			seen := 0
			for {
				_, data, err := conn.Read(ctx)
				if err != nil {
					if websocket.CloseStatus(err) == websocket.StatusGoingAway || ctx.Err() != nil {
						return nil
					}
					return fmt.Errorf("stream: %w", err)
				}
				var b api.StreamBatch
				if err := json.Unmarshal(data, &b); err != nil {
					return fmt.Errorf("stream: %w", err)
				}
				if b.Subscribed != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "following %s\n", strings.Join(b.Subscribed, ", "))
				}
				if b.Dropped > 0 && g.output != "json" {
					fmt.Fprintf(out, "… %d messages dropped (over 1,000 a second, or read too slowly: narrow the topics to see more)\n", b.Dropped)
				}
				for _, m := range b.Messages {
					if g.output == "json" {
						line, _ := json.Marshal(m)
						fmt.Fprintln(out, string(line))
					} else {
						data, _ := json.Marshal(m.Data)
						fmt.Fprintf(out, "%s  %-18s %s v%d %s %s %s\n", m.Time.Format("15:04:05.000"), m.Topic, m.Workflow, m.Version, m.Node, shortID(m.TraceID), data)
					}
					seen++
					if count > 0 && seen >= count {
						conn.Close(websocket.StatusNormalClosure, "")
						return nil
					}
				}
			}
		},
	}
	cmd.Flags().StringSliceVar(&topics, "topic", nil, "topics to follow (globs, as execution.*)")
	cmd.Flags().IntVar(&count, "count", 0, "stop after this many messages (0: never)")
	return cmd
}

func shortID(s string) string {
	if len(s) > 8 {
		return s[:8]
	}
	return s
}
