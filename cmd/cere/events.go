package main

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/spf13/cobra"
)

func newEventsCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "events",
		Short: "Read the node's event history",
		Args:  noArgs,
	}
	var typ, since, until string
	var limit int
	list := &cobra.Command{
		Use:   "list",
		Short: "List recorded events, newest first",
		Long: `List the events this node recorded (ingested or emitted), newest first.

--output json prints a JSON array of CloudEvents 1.0: {"specversion", "id",
"source", "type", "time", "datacontenttype", "data"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			q := url.Values{}
			if typ != "" {
				q.Set("type", typ)
			}
			if since != "" {
				q.Set("since", since)
			}
			if until != "" {
				q.Set("until", until)
			}
			q.Set("limit", strconv.Itoa(limit))
			var events []api.Event
			if err := c.Do(cmd.Context(), http.MethodGet, "/api/v1/events?"+q.Encode(), nil, &events); err != nil {
				return err
			}
			return printList(cmd.OutOrStdout(), g.output == "json", events, "No events.",
				"TIME\tTYPE\tSOURCE\tID\tDATA", func(e api.Event) string {
					return fmt.Sprintf("%s\t%s\t%s\t%s\t%s", e.Time.Local().Format(time.DateTime), e.Type, e.Source, e.ID, e.Data)
				})
		},
	}
	list.Flags().StringVar(&typ, "type", "", "only events of this type")
	list.Flags().StringVar(&since, "since", "", "only events since a duration ago (5m) or a time (RFC 3339)")
	list.Flags().StringVar(&until, "until", "", "only events before a duration ago (1m) or a time (RFC 3339)")
	list.Flags().IntVar(&limit, "limit", 100, "at most this many events")
	cmd.AddCommand(list, newTailCmd(g))
	return cmd
}
