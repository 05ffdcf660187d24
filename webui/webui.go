// Package webui owns the node's dashboard: static files embedded in the
// binary (no build step) and served by the node's HTTP server. It reads
// everything it shows from the JSON API, like any other client.
package webui

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed static
var static embed.FS

// Handler serves the dashboard.
func Handler() http.Handler {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return http.FileServerFS(sub)
}
